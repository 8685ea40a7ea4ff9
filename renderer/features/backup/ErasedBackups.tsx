/**
 * After an erasure: it is gone from the data file; the backups that still hold it are listed, with "Ook uit deze
 * back-ups wissen" (each backup rewritten without it) or "Deze back-ups verwijderen".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../../../shared/domain/erasure';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';

export function ErasedBackups({ target, onHome }: { target: ErasureTarget; onHome: () => void }) {
  const { t, i18n } = useTranslation();
  const holding = useApi('listBackupsHolding', { target });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'purged' | 'removed' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const backups = holding.data ?? [];

  const act = async (how: 'purge' | 'remove') => {
    setBusy(true);
    setError(null);
    try {
      await call('purgeBackups', { target, ids: backups.map((b) => b.id), how });
      setDone(how === 'purge' ? 'purged' : 'removed');
      holding.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="erased-title" className="narrow">
      <h1 id="erased-title" tabIndex={-1}>
        {t('erase.doneTitle')}
      </h1>
      <p className="banner banner--ok">{t('erase.doneText')}</p>
      <ErrorBanner error={holding.error ?? error} />
      {done && (
        <p className="banner banner--ok" role="status">
          {t(`erase.${done}`)}
        </p>
      )}
      {holding.loading && !holding.data ? (
        <p>{t('common.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('erase.noBackupsHold')}</p>
      ) : (
        <>
          <p>{t('erase.backupsHold', { count: backups.length })}</p>
          <ul>
            {backups.map((b) => (
              <li key={b.id}>
                {formatDateTime(b.createdAt, i18n.language)} · {t(`backup.kind.${b.kind}`)}
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void act('purge')}>
              {t('erase.purge')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => void act('remove')}>
              {t('erase.removeBackups')}
            </button>
          </div>
        </>
      )}
      <p>
        <button type="button" className="btn" onClick={onHome}>
          {t('erase.toAudits')}
        </button>
      </p>
    </section>
  );
}
