/**
 * "Back-up en herstel": the backups kept beside the data file, making one now, restoring one after a clear
 * confirmation (a backup of the current state is made first), and saving a copy of the whole database.
 */
import { downloadBytes } from '../../lib/download';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, ExportedDatabase, RestoreResult } from '../../../shared/domain/storage';
import { ApiCallError, call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import './backup.css';

type Notice =
  | { kind: 'created'; backup: BackupInfo }
  | { kind: 'restored'; result: RestoreResult }
  | { kind: 'exported'; name: string; bytes: number }
  | { kind: 'exportedTo'; path: string; bytes: number };

const UNUSABLE = new Set(['database_damaged', 'database_foreign', 'database_too_new']);

function downloadBase64(base64: string, fileName: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBytes(bytes, fileName, 'application/vnd.sqlite3');
}

export function BackupPage({ onHome }: { onHome: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data: backups, error: listError, reload } = useApi('listBackups', {});
  const { data: startup } = useApi('getStartupState', {});
  const [busy, setBusy] = useState<'create' | 'export' | 'restore' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restoreError, setRestoreError] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const when = (iso: string) => formatDateTime(iso, locale);
  // In the list, seconds tell apart backups made in the same minute (e.g. a restore and the backup just before it).
  const whenExact = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );

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

  const exportCopy = () =>
    run('export', async () => {
      const result: ExportedDatabase = await call('exportDatabase', {});
      if (result.delivery === 'cancelled') return null;
      if (result.delivery === 'saved') return { kind: 'exportedTo', path: result.path, bytes: result.bytes };
      const name = t('backup.exportFileName', { date: new Date().toISOString().slice(0, 10) });
      downloadBase64(result.base64, name);
      return { kind: 'exported', name, bytes: result.bytes };
    });

  const restore = (backup: BackupInfo) =>
    run('restore', async () => {
      try {
        return { kind: 'restored', result: await call('restoreBackup', { id: backup.id }) };
      } finally {
        setConfirming(null);
      }
    });

  return (
    <section aria-labelledby="backup-title" className="backup">
      <h1 id="backup-title" tabIndex={-1}>
        {t('backup.title')}
      </h1>
      <p>{t('backup.intro')}</p>
      {startup && <p className="muted small break">{t('backup.where', { path: startup.path })}</p>}

      <div className="backup__actions">
        <button type="button" className="btn btn--primary" onClick={() => void createNow()} disabled={busy !== null}>
          {busy === 'create' ? t('backup.creating') : t('backup.createNow')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void exportCopy()}
          disabled={busy !== null}
          aria-describedby="backup-export-hint"
        >
          {busy === 'export' ? t('backup.exporting') : t('backup.export')}
        </button>
      </div>
      <p id="backup-export-hint" className="muted small">
        {t('backup.exportHint')}
      </p>

      <div role="status" aria-live="polite">
        {notice && (
          <div className="banner banner--ok">
            {notice.kind === 'created' && t('backup.created', { date: when(notice.backup.createdAt) })}
            {notice.kind === 'exported' &&
              t('backup.exported', { name: notice.name, size: formatBytes(notice.bytes, locale) })}
            {notice.kind === 'exportedTo' &&
              t('backup.exportedTo', { path: notice.path, size: formatBytes(notice.bytes, locale) })}
            {notice.kind === 'restored' && (
              <>
                <p className="banner__line">{t('backup.restored', { date: when(notice.result.restored.createdAt) })}</p>
                {notice.result.safetyBackup && (
                  <p className="banner__line">
                    {t('backup.restoredSafety', { date: when(notice.result.safetyBackup.createdAt) })}
                  </p>
                )}
                <button type="button" className="btn btn--small" onClick={onHome}>
                  {t('backup.toAudits')}
                </button>
              </>
            )}
          </div>
        )}
      </div>
      {restoreError && (
        <div className="banner banner--error" role="alert">
          {t('backup.restoreFailed')}
        </div>
      )}
      <ErrorBanner error={error ?? listError} />

      <h2>{t('backup.listTitle')}</h2>
      {backups && backups.length === 0 && <p className="muted">{t('backup.empty')}</p>}
      {backups && backups.length > 0 && (
        <table className="table backup__table">
          <caption className="visually-hidden">{t('backup.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup.columnDate')}</th>
              <th scope="col">{t('backup.columnKind')}</th>
              <th scope="col" className="num">
                {t('backup.columnSize')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('backup.columnAction')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id}>
                <td>{whenExact(b.createdAt)}</td>
                <td>{t(`backup.kind.${b.kind}`)}</td>
                <td className="num">{formatBytes(b.bytes, locale)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={busy !== null}
                    aria-label={t('backup.restoreLabel', { date: whenExact(b.createdAt) })}
                    onClick={() => setConfirming(b)}
                  >
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={t('backup.confirmTitle')}
        confirmLabel={busy === 'restore' ? t('backup.restoring') : t('backup.confirmYes')}
        busy={busy === 'restore'}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void restore(confirming)}
      >
        {confirming && (
          <>
            <p>{t('backup.confirmText', { date: when(confirming.createdAt) })}</p>
            <p>{t('backup.confirmSafety')}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
