/**
 * Said once after a key was made for the data file (ADR 0014): losing the key loses the data, so keep the recovery
 * code elsewhere. "Later" closes it (the code stays on the backups screen); "I kept it" (available once the code was
 * shown, saved or printed) also tells the backend, so this start's notice is not shown again after a reload.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RecoveryCodePanel } from '../../components/RecoveryCodePanel';

export function KeyNotice() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const [seen, setSeen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const done = async () => {
    setBusy(true);
    try {
      await call('acknowledgeKeyNotice', {});
      setOpen(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('key.noticeTitle')}
      confirmLabel={t('key.noticeDone')}
      cancelLabel={t('key.noticeLater')}
      busy={busy}
      confirmDisabled={!seen}
      onConfirm={() => void done()}
      onCancel={() => setOpen(false)}
    >
      <p>{t('key.noticeText')}</p>
      <p>
        <strong>{t('key.noticeLoss')}</strong>
      </p>
      <p>{t('key.noticeKeep')}</p>
      <RecoveryCodePanel onSeen={() => setSeen(true)} />
      <ErrorBanner error={error} />
      <p className="muted small">{t('key.noticeDoneHint')}</p>
    </ConfirmDialog>
  );
}
