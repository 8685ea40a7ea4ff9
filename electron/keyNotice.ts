/**
 * The desktop's start with encryption (ADR 0014): the key for the data file from safeStorage (electron/keyStore.ts),
 * and once the window is there, the plain words the user needs: a new key means that losing it loses the data
 * (with an offer to save a recovery code), and a system without a keyring means the data is not encrypted here.
 */
import { dialog, safeStorage, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import type { DataKey } from '../db/keys';
import { recoveryCode } from '../db/keys';
import type { translate } from '../shared/i18n/translate';
import { desktopKeyFor } from './keyStore';

type T = ReturnType<typeof translate>;
let pending: { kind: 'created'; key: DataKey } | { kind: 'weak' } | null = null;

/** The key to open `dataFile` with; remembers what to tell the user once the window is shown. */
export function desktopKey(dataFile: string, userData: string): DataKey | null {
  const found = desktopKeyFor(dataFile, userData, safeStorage, process.env.CASUSAUDIT_PASSPHRASE);
  if (found.created && found.key) pending = { kind: 'created', key: found.key };
  else if (found.store === 'none') pending = { kind: 'weak' };
  return found.key;
}

/**
 * The keys for the backend: the file's own, and for recovery's "start fresh" after a missing key a new one for the
 * new file (kept first), with the notice about it shown at once.
 */
export function desktopKeys(dataFile: string, userData: string, owner: () => BrowserWindow | null, t: () => T) {
  const keyForFreshFile = () => {
    const key = desktopKey(dataFile, userData);
    setImmediate(() => void showKeyNotice(owner(), t()));
    return key;
  };
  return { key: desktopKey(dataFile, userData), keyForFreshFile };
}

/** Says once what the user must know about the key (nothing when there is nothing new to say). */
export async function showKeyNotice(owner: BrowserWindow | null, t: T): Promise<void> {
  const notice = pending;
  pending = null;
  if (!notice || !owner) return;
  if (notice.kind === 'weak') {
    await dialog.showMessageBox(owner, {
      type: 'warning',
      message: t('desktop.keyWeakTitle'),
      detail: t('desktop.keyWeak'),
    });
    return;
  }
  const { response } = await dialog.showMessageBox(owner, {
    type: 'info',
    message: t('desktop.keyCreatedTitle'),
    detail: t('desktop.keyCreated'),
    buttons: [t('desktop.keyLater'), t('desktop.keySaveCode')],
    defaultId: 1,
    cancelId: 0,
  });
  if (response !== 1) return;
  const saved = await dialog.showSaveDialog(owner, {
    title: t('desktop.keySaveCode'),
    defaultPath: 'casusaudit-herstelcode.txt',
  });
  if (saved.canceled || !saved.filePath) return;
  fs.writeFileSync(saved.filePath, `${t('desktop.keyCodeFile')}\n\n${recoveryCode(notice.key)}\n`, { mode: 0o600 });
}
