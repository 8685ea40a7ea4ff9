/**
 * The desktop's keys for the backend (ADR 0014): the data file's key from safeStorage (electron/keyStore.ts), how a
 * recovery code typed in the recovery screen is kept, and on a system without a keyring the passphrase mode, in
 * which the renderer asks for the file's passphrase before anything is opened. What the user must know about a new
 * key (that losing it loses the data, and its recovery code) is said by the renderer, in both shells alike.
 */
import { safeStorage } from 'electron';
import type { BackendOptions } from '../db/backend';
import type { DataKey } from '../db/keys';
import { desktopKeyFor, keepDesktopKey } from './keyStore';

/** The key options for the backend on `dataFile`. */
export function desktopKeys(
  dataFile: string,
  userData: string,
): Pick<BackendOptions, 'key' | 'keyForFreshFile' | 'keys'> {
  const found = desktopKeyFor(dataFile, userData, safeStorage, process.env.CASUSAUDIT_PASSPHRASE);
  const stored = found.store === 'safeStorage';
  return {
    key: found.key,
    // Recovery's "start fresh" after a missing key: a new key for the new file, kept first.
    keyForFreshFile: () => (stored ? desktopKeyFor(dataFile, userData, safeStorage, undefined).key : null),
    keys: {
      mode: stored ? 'stored' : 'passphrase',
      keep: (key: DataKey) => keepDesktopKey(dataFile, userData, safeStorage, key),
      created: found.created,
    },
  };
}
