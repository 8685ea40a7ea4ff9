/** The backup screen's actions (make one now, save a copy, restore one) with their busy, error and notice state. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, ExportedDatabase, RestoreResult } from '../../../shared/domain/storage';
import { ApiCallError, call } from '../../api/client';
import { downloadBytes, downloadUrl } from '../../lib/download';
import { localIsoDate } from '../../../shared/domain/dates';

export type Notice =
  | { kind: 'created'; backup: BackupInfo }
  | { kind: 'restored'; result: RestoreResult }
  | { kind: 'exported'; name: string; bytes: number }
  | { kind: 'exportedTo'; path: string; bytes: number };

export type Busy = 'create' | 'export' | 'restore' | null;

const UNUSABLE = new Set(['database_damaged', 'database_foreign', 'database_too_new']);

function downloadBase64(base64: string, fileName: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBytes(bytes, fileName, 'application/vnd.sqlite3');
}

/** `reload` asks for the list of backups again; it is called after every action, whether it worked or not. */
export function useBackupActions(reload: () => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [restoreError, setRestoreError] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = async (what: 'create' | 'export' | 'restore', fn: () => Promise<Notice | null>) => {
    setBusy(what);
    setError(null);
    setRestoreError(false);
    try {
      const n = await fn();
      if (n) setNotice(n);
    } catch (err) {
      setNotice(null);
      if (what === 'restore' && err instanceof ApiCallError && UNUSABLE.has(err.error.code)) setRestoreError(true);
      else setError(err);
    } finally {
      setBusy(null);
      void reload();
    }
  };

  const createNow = () => run('create', async () => ({ kind: 'created', backup: await call('createBackup', {}) }));

  /** `plain`: an unencrypted copy, asked for only after the warning (PlainCopyDialog). */
  const exportCopy = (plain = false) =>
    run('export', async () => {
      const result: ExportedDatabase = await call('exportDatabase', plain ? { plain: true } : {});
      if (result.delivery === 'cancelled') return null;
      if (result.delivery === 'saved') return { kind: 'exportedTo', path: result.path, bytes: result.bytes };
      const name = t(plain ? 'backup.plainCopyFileName' : 'backup.exportFileName', { date: localIsoDate() });
      if (result.delivery === 'link') downloadUrl(result.url, name);
      else downloadBase64(result.base64, name);
      return { kind: 'exported', name, bytes: result.bytes };
    });

  /** `confirmation`: previewRestore's token, needed when something signed goes back. */
  const restore = (backup: BackupInfo, confirmation: string | null) =>
    run('restore', async () => ({
      kind: 'restored',
      result: await call('restoreBackup', { id: backup.id, ...(confirmation ? { confirmation } : {}) }),
    }));

  return { busy, error, restoreError, notice, createNow, exportCopy, restore };
}
