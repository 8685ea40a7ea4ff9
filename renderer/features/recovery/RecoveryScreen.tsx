/**
 * Shown when the data file could not be opened: says in plain words what happened and that nothing was deleted,
 * then offers to restore the newest good backup or to start with an empty file. Either way the unreadable file
 * is moved aside under a new name and kept. Choosing another file is a desktop-only dialog (hook below). A file
 * that is open in another Casusaudit window or program, or cannot be written, gets RecoveryWait instead: it
 * offers nothing that would act on the file, only trying again.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canUnlock,
  isWaitingProblem,
  type BackupInfo,
  type StartupProblem,
  type StartupState,
} from '../../../shared/domain/storage';
import { ApiCallError, call, desktopVerb } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFocusOnShow } from '../../lib/focus';
import { formatBytes, formatDateTime } from '../../lib/format';
import { RecoveryWait } from './RecoveryWait';
import { UnlockWithCode, UnlockWithPassphrase } from './Unlock';
import './recovery.css';

type Done = { kind: 'restored'; date: string; movedTo: string | null } | { kind: 'fresh'; movedTo: string | null };

/** Restoring the newest good backup or starting fresh, with the busy, error and confirmation state. */
function useRecoveryActions(backup: BackupInfo | null | undefined) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmFresh, setConfirmFresh] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const act = async (fn: () => Promise<Done>) => {
    setBusy(true);
    setError(null);
    try {
      setDone(await fn());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setConfirmFresh(false);
    }
  };
  const restore = () =>
    act(async () => {
      const r = await call('restoreBackup', { id: backup!.id });
      return { kind: 'restored', date: r.restored.createdAt, movedTo: r.movedAsideTo };
    });
  const fresh = () =>
    act(async () => {
      const r = await call('moveAsideAndStartFresh', {});
      return { kind: 'fresh', movedTo: r.movedTo };
    });
  return { busy, error, setError, confirmFresh, setConfirmFresh, done, restore, fresh };
}

function RecoveryDone({ done, onRecovered }: { done: Done; onRecovered: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {done.movedTo && <p className="break">{t('recovery.movedAside', { path: done.movedTo })}</p>}
      <button type="button" className="btn btn--primary" onClick={onRecovered}>
        {t('recovery.continue')}
      </button>
    </>
  );
}

/** The ways out: restore the newest good backup, start with an empty file, or (desktop only) open another file. */
function RecoveryOptions({
  backup,
  busy,
  onRestore,
  onFresh,
  onChooseFile,
}: {
  backup: BackupInfo | null | undefined;
  busy: boolean;
  onRestore: () => void;
  onFresh: () => void;
  onChooseFile: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="recovery__options">
      <div className="recovery__option">
        <h3>{t('recovery.restoreTitle')}</h3>
        {backup ? (
          <>
            <p>
              {t('recovery.restoreText', {
                date: formatDateTime(backup.createdAt, i18n.language),
                size: formatBytes(backup.bytes, i18n.language),
              })}
            </p>
            <p className="muted small">{t('recovery.restoreKeep')}</p>
            <p className="muted small">{t('recovery.nothingToCompare')}</p>
            <button type="button" className="btn btn--primary" onClick={onRestore} disabled={busy}>
              {busy ? t('recovery.working') : t('recovery.restoreButton')}
            </button>
          </>
        ) : (
          <p className="muted">{t('recovery.noBackup')}</p>
        )}
      </div>
      <div className="recovery__option">
        <h3>{t('recovery.freshTitle')}</h3>
        <p>{t('recovery.freshText')}</p>
        <button type="button" className="btn" onClick={onFresh} disabled={busy}>
          {t('recovery.freshButton')}
        </button>
      </div>
      {onChooseFile && (
        <div className="recovery__option">
          <h3>{t('recovery.otherTitle')}</h3>
          <button type="button" className="btn" disabled={busy} onClick={onChooseFile}>
            {t('recovery.otherButton')}
          </button>
        </div>
      )}
    </div>
  );
}

/** What went wrong, that nothing was deleted or overwritten, and which file. */
function ProblemBanner({ problem, path }: { problem: StartupProblem; path: string }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--info">
      <p className="recovery__line">{t(`recovery.problem.${problem}`)}</p>
      {problem === 'database_too_new' && <p className="recovery__line">{t('recovery.tooNewAdvice')}</p>}
      <p className="recovery__line">
        <strong>{t('recovery.untouched')}</strong>
      </p>
      <p className="recovery__line small break">
        {t('recovery.file')} <span className="mono">{path}</span>
      </p>
    </div>
  );
}

/**
 * No key store on this computer (ADR 0014): the file's passphrase, typed or chosen, before anything is opened; a
 * forgotten one can be replaced by the recovery code.
 */
function PassphraseStart({ state, onRecovered }: { state: StartupState; onRecovered: () => void }) {
  const { t } = useTranslation();
  const [withCode, setWithCode] = useState(false);
  const use = state.key.passphrase;
  return (
    <>
      <p>{t('key.passphraseWhy')}</p>
      {use && !withCode && <UnlockWithPassphrase use={use} onUnlocked={onRecovered} />}
      {(withCode || !use) && (
        <>
          <h2>{t('key.unlockTitle')}</h2>
          <UnlockWithCode onUnlocked={onRecovered} />
        </>
      )}
      {use === 'existing' && !withCode && (
        <p>
          <button type="button" className="btn btn--link" onClick={() => setWithCode(true)}>
            {t('key.passphraseUseCode')}
          </button>
        </p>
      )}
      <p className="muted small break">
        {t('recovery.file')} <span className="mono">{state.path}</span>
      </p>
    </>
  );
}

/** A key problem: the recovery code (or the file's passphrase) may open the file. */
function UnlockOptions({ state, onRecovered }: { state: StartupState; onRecovered: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="recovery__options recovery__unlock">
      <div className="recovery__option">
        <h2>{t('key.unlockTitle')}</h2>
        <UnlockWithCode onUnlocked={onRecovered} />
      </div>
      {state.key.passphrase === 'existing' && (
        <div className="recovery__option">
          <h2>{t('key.unlockPassphraseTitle')}</h2>
          <p>{t('key.unlockPassphraseText')}</p>
          <UnlockWithPassphrase use="existing" onUnlocked={onRecovered} />
        </div>
      )}
    </div>
  );
}

function titleKey(problem: StartupProblem, state: StartupState): string {
  if (problem === 'database_passphrase_needed')
    return state.key.passphrase === 'new' ? 'key.passphraseNewTitle' : 'key.passphraseTitle';
  return isWaitingProblem(problem) ? `recovery.waitTitle.${problem}` : 'recovery.title';
}

export function RecoveryScreen({ state, onRecovered }: { state: StartupState; onRecovered: () => void }) {
  const { t, i18n } = useTranslation();
  const { busy, error, setError, confirmFresh, setConfirmFresh, done, restore, fresh } = useRecoveryActions(
    state.newestGoodBackup,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = state.problem ?? 'storage_failed';
  // The desktop app offers a file dialog to open another data file; the browser harness has none.
  const chooseFile = desktopVerb('chooseDatabaseFile');

  useFocusOnShow(heading, done);

  const chooseOther =
    chooseFile &&
    (() =>
      void chooseFile().then(
        (r) => {
          if (r.chosen) onRecovered();
          else if (r.error) setError(new ApiCallError(r.error));
        },
        (err: unknown) => setError(err),
      ));

  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" tabIndex={-1} ref={heading}>
        {done
          ? done.kind === 'restored'
            ? t('recovery.doneRestored', { date: formatDateTime(done.date, i18n.language) })
            : t('recovery.doneFresh')
          : t(titleKey(problem, state))}
      </h1>
      {done ? (
        <RecoveryDone done={done} onRecovered={onRecovered} />
      ) : problem === 'database_passphrase_needed' ? (
        <PassphraseStart state={state} onRecovered={onRecovered} />
      ) : isWaitingProblem(problem) ? (
        <RecoveryWait
          problem={problem}
          path={state.path}
          error={error}
          onRecovered={onRecovered}
          onChooseFile={chooseOther}
        />
      ) : (
        <>
          <ProblemBanner problem={problem} path={state.path} />
          <ErrorBanner error={error} />
          {canUnlock(problem) && <UnlockOptions state={state} onRecovered={onRecovered} />}

          <h2>{t('recovery.choose')}</h2>
          <RecoveryOptions
            backup={state.newestGoodBackup}
            busy={busy}
            onRestore={() => void restore()}
            onFresh={() => setConfirmFresh(true)}
            onChooseFile={chooseOther}
          />

          <ConfirmDialog
            open={confirmFresh}
            title={t('recovery.freshConfirmTitle')}
            confirmLabel={busy ? t('recovery.working') : t('recovery.freshConfirmYes')}
            busy={busy}
            onCancel={() => setConfirmFresh(false)}
            onConfirm={() => void fresh()}
          >
            <p>{t('recovery.freshConfirmText')}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
