/**
 * "Deze back-up terugzetten?": before anything changes, shows per audit what would go back (stage, signatures,
 * reopenings; audits that disappear or come back). When something signed goes back, restoring waits for an explicit
 * "I understand" (a checkbox, reachable by keyboard); the safe answer, cancel, has the first focus.
 */
import { useTranslation } from 'react-i18next';
import type { AuditRestoreChange, BackupInfo, RestorePreview } from '../../../shared/domain/storage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../lib/format';

function ChangeLine({ change, locale }: { change: AuditRestoreChange; locale: string }) {
  const { t } = useTranslation();
  const status = (s: string | null) => (s ? t(`status.${s}`) : '');
  const code = change.dossierCode;
  return (
    <li>
      <strong>{code}</strong>{' '}
      {change.change === 'appears'
        ? t('backup.preview.appears', { status: status(change.statusAfter) })
        : change.change === 'disappears'
          ? t('backup.preview.disappears', { status: status(change.statusNow) })
          : change.statusNow === change.statusAfter
            ? t('backup.preview.sameStatus', { status: status(change.statusNow) })
            : t('backup.preview.statusChange', { from: status(change.statusNow), to: status(change.statusAfter) })}
      {(change.signaturesLost.length > 0 || change.reopeningsLost.length > 0) && (
        <ul className="backup__lost">
          {change.signaturesLost.map((s) => (
            <li key={`s-${s.rater}-${s.signedAt}`}>
              {t('backup.preview.signatureLost', {
                name: s.name,
                rater: t(`raters.${s.rater}`),
                date: formatDateTime(s.signedAt, locale),
              })}
            </li>
          ))}
          {change.reopeningsLost.map((r) => (
            <li key={`r-${r.reopenedAt}`}>
              {t('backup.preview.reopeningLost', { name: r.byName, date: formatDateTime(r.reopenedAt, locale) })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What restoring would put back, as far as it is known yet. */
function PreviewBody({
  preview,
  error,
  agreed,
  onAgree,
  locale,
}: {
  preview: RestorePreview | null;
  error: unknown;
  agreed: boolean;
  onAgree: (agreed: boolean) => void;
  locale: string;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorBanner error={error} />;
  if (!preview) return <p role="status">{t('backup.preview.loading')}</p>;
  if (!preview.comparable) return <p>{t('backup.preview.nothingToCompare')}</p>;
  if (preview.audits.length === 0) return <p>{t('backup.preview.none')}</p>;
  return (
    <>
      <h3 className="backup__preview-title">{t('backup.preview.title')}</h3>
      <ul className="backup__changes">
        {preview.audits.map((c) => (
          <ChangeLine key={`${c.change}-${c.auditId}`} change={c} locale={locale} />
        ))}
      </ul>
      {preview.signedGoesBack && (
        <div className="banner banner--info">
          <p>{t('backup.preview.signedWarning')}</p>
          <label className="choice">
            <input type="checkbox" checked={agreed} onChange={(e) => onAgree(e.target.checked)} />
            {t('backup.preview.agree')}
          </label>
        </div>
      )}
    </>
  );
}

export function RestoreDialog({
  backup,
  preview,
  previewError,
  agreed,
  onAgree,
  ready,
  busy,
  onCancel,
  onConfirm,
}: {
  backup: BackupInfo | null;
  preview: RestorePreview | null;
  previewError: unknown;
  agreed: boolean;
  onAgree: (agreed: boolean) => void;
  ready: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ConfirmDialog
      open={backup !== null}
      title={t('backup.confirmTitle')}
      confirmLabel={busy ? t('backup.restoring') : t('backup.confirmYes')}
      busy={busy}
      confirmDisabled={!ready}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {backup && (
        <>
          <p>{t('backup.confirmText', { date: formatDateTime(backup.createdAt, i18n.language) })}</p>
          <PreviewBody
            preview={preview}
            error={previewError}
            agreed={agreed}
            onAgree={onAgree}
            locale={i18n.language}
          />
          <p>{t('backup.confirmSafety')}</p>
        </>
      )}
    </ConfirmDialog>
  );
}
