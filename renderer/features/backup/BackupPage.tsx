/**
 * "Back-up en herstel": the backups kept beside the data file, making one now, restoring one after a clear
 * confirmation that shows what would go back (a backup of the current state is made first), the history of
 * restores, and saving a copy of the whole database.
 */
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { BackupTable } from './BackupTable';
import { KeySection } from './KeySection';
import { PlainBackups } from './PlainBackups';
import { CopyActions } from './CopyActions';
import { RestoreDialog } from './RestoreDialog';
import { RestoreHistory } from './RestoreHistory';
import { RetentionReminder, RetentionSetting } from './RetentionSetting';
import { MatrixSetting } from './MatrixSetting';
import { useBackupActions, type Notice } from './useBackupActions';
import { useRestorePreview } from './useRestorePreview';
import './backup.css';

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
          <p className="banner__line">{t('backup.restoredRecorded')}</p>
          <button type="button" className="btn btn--small" onClick={onHome}>
            {t('backup.toAudits')}
          </button>
        </>
      )}
    </div>
  );
}

export function BackupPage({ onHome, onOpenRetention }: { onHome: () => void; onOpenRetention: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data: backups, error: listError, reload } = useApi('listBackups', {});
  const { data: history, reload: reloadHistory } = useApi('listRestoreHistory', {});
  const { data: startup } = useApi('getStartupState', {});
  const retention = useApi('getRetention', {});
  const encryption = useApi('getBackupEncryption', {});
  const encrypted = encryption.data?.dataFileEncrypted === true;
  const { busy, error, restoreError, notice, createNow, exportCopy, restore } = useBackupActions(() => {
    reload();
    reloadHistory();
  });
  const reloadBackups = () => {
    reload();
    encryption.reload();
  };
  const confirm = useRestorePreview();

  return (
    <section aria-labelledby="backup-title" className="backup">
      <h1 id="backup-title" tabIndex={-1}>
        {t('backup.title')}
      </h1>
      <p>{t('backup.intro')}</p>
      <RetentionReminder setting={retention.data} />
      {startup && <p className="muted small break">{t('backup.where', { path: startup.path })}</p>}

      <CopyActions busy={busy} encrypted={encrypted} onCreate={createNow} onExport={exportCopy} />

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
      <PlainBackups count={encryption.data?.plainBackups ?? 0} onChanged={reloadBackups} />
      {backups && backups.length === 0 && <p className="muted">{t('backup.empty')}</p>}
      {backups && backups.length > 0 && (
        <BackupTable backups={backups} busy={busy} locale={locale} onRestore={confirm.open} markPlain={encrypted} />
      )}
      <p className="muted small">{t('backup.keptNote')}</p>

      <RetentionSetting retention={retention} onOpenRetention={onOpenRetention} />
      <MatrixSetting />
      <RestoreHistory entries={history} />

      <KeySection keyState={startup?.key} />

      <RestoreDialog
        backup={confirm.confirming}
        preview={confirm.preview}
        previewError={confirm.previewError}
        agreed={confirm.agreed}
        onAgree={confirm.setAgreed}
        ready={confirm.ready}
        busy={busy === 'restore'}
        onCancel={confirm.close}
        onConfirm={() =>
          confirm.confirming &&
          void restore(confirm.confirming, confirm.preview?.confirmation ?? null).finally(confirm.close)
        }
      />
    </section>
  );
}
