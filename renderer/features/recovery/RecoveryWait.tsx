/**
 * The recovery screen's body when the data file is open in another Casusaudit window or program, or cannot be
 * written. Nothing is offered that would act on that file (no restore, no fresh start: another process may be
 * working in it); the user solves it outside the app and tries again. The backend tries again each time the
 * startup state is asked for. Choosing another file stays possible in the desktop app.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingProblem } from '../../../shared/domain/storage';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

export function RecoveryWait({
  problem,
  path,
  error,
  onRecovered,
  onChooseFile,
}: {
  problem: WaitingProblem;
  path: string;
  /** An error from choosing another file (desktop). */
  error: unknown;
  onRecovered: () => void;
  onChooseFile: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [still, setStill] = useState(false);
  const [retryError, setRetryError] = useState<unknown>(null);

  const retry = async () => {
    setBusy(true);
    setRetryError(null);
    setStill(false);
    try {
      const state = await call('getStartupState', {});
      if (state.mode === 'ok' || state.problem !== problem) onRecovered();
      else setStill(true);
    } catch (err) {
      setRetryError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="banner banner--info">
        <p className="recovery__line">{t(`recovery.problem.${problem}`)}</p>
        <p className="recovery__line">
          <strong>{t('recovery.nothingChanged')}</strong>
        </p>
        <p className="recovery__line small break">
          {t('recovery.file')} <span className="mono">{path}</span>
        </p>
      </div>
      <ErrorBanner error={retryError ?? error} />
      <p>{t(`recovery.waitAdvice.${problem}`)}</p>
      <p className="recovery__actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void retry()}>
          {busy ? t('recovery.working') : t('recovery.retryButton')}
        </button>
        {onChooseFile && (
          <button type="button" className="btn" disabled={busy} onClick={onChooseFile}>
            {t('recovery.otherButton')}
          </button>
        )}
      </p>
      <p role="status" className="muted">
        {still ? t(`recovery.still.${problem}`) : ''}
      </p>
    </>
  );
}
