/**
 * The desktop's key per data file (ADR 0014), kept encrypted by the operating system through Electron's
 * safeStorage in the user data folder (`keys/<hash of the data file's path>.bin`). Where the system offers only a
 * weak store (Linux without a keyring: safeStorage's 'basic_text'), the key is not kept there: the passphrase from
 * CASUSAUDIT_PASSPHRASE (scrypt, salt beside the data file) is used if one is set, otherwise the renderer asks for
 * the passphrase (db/api/dataKey.ts). Electron-free, so the tests run it under Node.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { harnessKeyFor, writeFileAtomic } from '../db/keyFile';
import { dataKeyFromHex, newDataKey, type DataKey } from '../db/keys';
import { isPlainSqlite } from '../db/sqlite';

/** What the app uses of Electron's safeStorage (its synchronous API: the async one is not in Electron 40). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export type DesktopKey =
  | { store: 'safeStorage'; key: DataKey | null; created: boolean }
  /** No strong store: the passphrase's key if one was given (null otherwise: plain files only, an encrypted one is refused). */
  | { store: 'passphrase' | 'none'; key: DataKey | null; created: boolean };

/** Where the key for `dataFile` is kept: one file per data file, named by a hash of its full path. */
export function keyStorePath(userData: string, dataFile: string): string {
  const id = crypto.createHash('sha256').update(path.resolve(dataFile)).digest('hex').slice(0, 32);
  return path.join(userData, 'keys', `${id}.bin`);
}

const isNewFile = (file: string) => !fs.existsSync(file) || fs.statSync(file).size === 0;

/** Whether safeStorage protects the key with the system's own store (not Linux's plain-text fallback). */
export function strongStore(safe: SafeStorageLike, platform: NodeJS.Platform = process.platform): boolean {
  if (!safe.isEncryptionAvailable()) return false;
  return !(platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text');
}

/**
 * The key for `dataFile`: the one kept for it, else a new one for a new or plain file (kept before anything is
 * encrypted with it; a plain file is encrypted as the backend opens it), else none: an encrypted file without its
 * key goes to recovery, untouched.
 */
export function desktopKeyFor(
  dataFile: string,
  userData: string,
  safe: SafeStorageLike,
  passphrase: string | undefined,
  platform: NodeJS.Platform = process.platform,
): DesktopKey {
  if (!strongStore(safe, platform)) {
    if (passphrase === undefined) return { store: 'none', key: null, created: false };
    return { store: 'passphrase', ...harnessKeyFor(dataFile, passphrase) };
  }
  const stored = keyStorePath(userData, dataFile);
  if (fs.existsSync(stored)) {
    const key = dataKeyFromHex(safe.decryptString(fs.readFileSync(stored)));
    return { store: 'safeStorage', key, created: false };
  }
  if (!isNewFile(dataFile) && !isPlainSqlite(dataFile)) return { store: 'safeStorage', key: null, created: false };
  const key = newDataKey();
  keepDesktopKey(dataFile, userData, safe, key);
  return { store: 'safeStorage', key, created: true };
}

/** Keeps `key` for `dataFile` in safeStorage (a recovery code typed by the user); nothing without a strong store. */
export function keepDesktopKey(dataFile: string, userData: string, safe: SafeStorageLike, key: DataKey): void {
  if (!strongStore(safe)) return;
  const stored = keyStorePath(userData, dataFile);
  fs.mkdirSync(path.dirname(stored), { recursive: true, mode: 0o700 });
  writeFileAtomic(stored, safe.encryptString(key.hex));
}
