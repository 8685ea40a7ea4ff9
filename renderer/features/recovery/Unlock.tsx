/**
 * Opening an encrypted data file whose key is not here (ADR 0014): with its recovery code, or with its passphrase
 * (typed, or chosen on a computer without a key store). What was typed goes to the backend once, which tries it on a
 * copy first: a code or passphrase that does not fit changes nothing.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/storage';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';

/** Sends the code or passphrase; `onUnlocked` once the backend opened the file with it. */
function useUnlock(kind: 'code' | 'passphrase', onUnlocked: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const unlock = async (secret: string) => {
    setBusy(true);
    setError(null);
    try {
      await call('unlockDataFile', { kind, secret });
      onUnlocked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, unlock };
}

const submit = (fn: () => void) => (e: FormEvent) => {
  e.preventDefault();
  fn();
};

export function UnlockWithCode({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { busy, error, unlock } = useUnlock('code', onUnlocked);
  return (
    <form className="unlock" onSubmit={submit(() => void (code.trim() && unlock(code)))}>
      <p>{t('key.unlockText')}</p>
      <Field label={t('key.unlockCode')}>
        <input
          type="text"
          className="mono"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          maxLength={200}
        />
      </Field>
      <ErrorBanner error={error} />
      <button type="submit" className="btn btn--primary" disabled={busy || !code.trim()}>
        {busy ? t('key.unlockWorking') : t('key.unlockButton')}
      </button>
    </form>
  );
}

/** The passphrase of a file that has one ('existing'), or a new one chosen twice ('new'). */
export function UnlockWithPassphrase({ use, onUnlocked }: { use: 'new' | 'existing'; onUnlocked: () => void }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, unlock } = useUnlock('passphrase', onUnlocked);
  const short = use === 'new' && [...first].length < MIN_PASSPHRASE_LENGTH;
  const mismatch = use === 'new' && first !== second;
  const go = () => {
    setTried(true);
    if (first && !short && !mismatch) void unlock(first);
  };
  return (
    <form className="unlock" onSubmit={submit(go)} noValidate>
      <Field
        label={t('key.passphraseLabel')}
        hint={use === 'new' ? t('key.passphraseNewText', { min: MIN_PASSPHRASE_LENGTH }) : undefined}
        error={tried && short ? 'passphrase_short' : undefined}
      >
        <input
          type="password"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          autoComplete={use === 'new' ? 'new-password' : 'current-password'}
        />
      </Field>
      {use === 'new' && (
        <Field label={t('key.passphraseRepeat')} error={tried && mismatch ? 'passphrase_mismatch' : undefined}>
          <input
            type="password"
            value={second}
            onChange={(e) => setSecond(e.target.value)}
            autoComplete="new-password"
          />
        </Field>
      )}
      <ErrorBanner error={error} />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? t('key.unlockWorking') : use === 'new' ? t('key.passphraseCreate') : t('key.passphraseOpen')}
      </button>
    </form>
  );
}
