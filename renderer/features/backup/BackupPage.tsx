/**
 * "Back-up en herstel": the backups kept beside the data file, making one now, restoring one after a clear
 * confirmation (a backup of the current state is made first), and saving a copy of the whole database.
 */
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/storage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useBackupActions, type Busy, type Notice } from './useBackupActions';
import './backup.css';

// In the list, seconds tell apart backups made in the same minute (e.g. a restore and the backup just before it).
const whenExact = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );

function BackupNotice({ notice, locale, onHome }: { notice: Notice; locale: string; onHome: () => void }) {
  const { t } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, locale);
  return (
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
  );
}

function BackupTable({
  backups,
  busy,
  locale,
  onRestore,
}: {
  backups: BackupInfo[];
  busy: Busy;
  locale: string;
  onRestore: (backup: BackupInfo) => void;
}) {
  const { t } = useTranslation();
  return (
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
            <td>{whenExact(b.createdAt, locale)}</td>
            <td>{t(`backup.kind.${b.kind}`)}</td>
            <td className="num">{formatBytes(b.bytes, locale)}</td>
            <td>
              <button
                type="button"
                className="btn btn--small"
                disabled={busy !== null}
                aria-label={t('backup.restoreLabel', { date: whenExact(b.createdAt, locale) })}
                onClick={() => onRestore(b)}
              >
                {t('backup.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BackupPage({ onHome }: { onHome: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data: backups, error: listError, reload } = useApi('listBackups', {});
  const { data: startup } = useApi('getStartupState', {});
  const { busy, error, restoreError, notice, confirming, setConfirming, createNow, exportCopy, restore } =
    useBackupActions(reload);

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
        {notice && <BackupNotice notice={notice} locale={locale} onHome={onHome} />}
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
        <BackupTable backups={backups} busy={busy} locale={locale} onRestore={setConfirming} />
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
            <p>{t('backup.confirmText', { date: formatDateTime(confirming.createdAt, locale) })}</p>
            <p>{t('backup.confirmSafety')}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
