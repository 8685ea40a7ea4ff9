/**
 * Said on the home screen after a key was made for the data file (ADR 0014): losing the key loses the data, so keep
 * the recovery code elsewhere. Not a modal: the work can go on. "Later" hides it until the next start (the code
 * stays on the backups screen); "I kept it" (once the code was shown, saved or printed) tells the backend, so it
 * is not shown again.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RecoveryCodePanel } from '../../components/RecoveryCodePanel';

let hiddenUntilNextStart = false;

export function KeyNotice() {
  const { t } = useTranslation();
  const titleId = useId();
  const [hidden, setHidden] = useState(hiddenUntilNextStart);
  const [seen, setSeen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (hidden) return null;
  const hide = () => {
    hiddenUntilNextStart = true;
    setHidden(true);
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  const done = async () => {
    setBusy(true);
    try {
      await call('acknowledgeKeyNotice', {});
      hide();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="banner banner--info key-notice" aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t('key.noticeTitle')}</strong>
      </p>
      <p>
        {t('key.noticeText')} <strong>{t('key.noticeLoss')}</strong>
      </p>
      <p>{t('key.noticeKeep')}</p>
      <RecoveryCodePanel onSeen={() => setSeen(true)} />
      <ErrorBanner error={error} />
      <p className="key-notice__actions">
        <button type="button" className="btn btn--primary" disabled={!seen || busy} onClick={() => void done()}>
          {t('key.noticeDone')}
        </button>
        <button type="button" className="btn" onClick={hide}>
          {t('key.noticeLater')}
        </button>
      </p>
      <p className="muted small">{t('key.noticeDoneHint')}</p>
    </section>
  );
}
