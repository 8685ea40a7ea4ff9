/**
 * Backups from before encryption (ADR 0014): a calm notice while some are still plain, with "Versleutelen" (each
 * encrypted in place, under its own name) and "Verwijderen" (after a confirmation that names how many). What was
 * done is said in a status message that takes the focus, since the buttons go away with the notice.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlainBackupsResult } from '../../../shared/domain/storage';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';

type Done = { action: 'encrypted' | 'removed'; result: PlainBackupsResult };

export function PlainBackups({ count, onChanged }: { count: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'encrypt' | 'remove' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<unknown>(null);
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) said.current?.focus();
  }, [done]);

  const run = async (what: 'encrypt' | 'remove') => {
    setBusy(what);
    setError(null);
    setDone(null);
    try {
      const result = await call(what === 'encrypt' ? 'encryptPlainBackups' : 'removePlainBackups', {});
      setDone({ action: what === 'encrypt' ? 'encrypted' : 'removed', result });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      setConfirming(false);
      onChanged();
    }
  };

  return (
    <>
      {count > 0 && (
        <div className="banner banner--info" data-testid="plain-backups">
          <p className="banner__line">{t('backup.plainBackups', { count })}</p>
          <p className="banner__line">{t('backup.plainBackupsHelp')}</p>
          <div className="backup__actions">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy !== null}
              onClick={() => void run('encrypt')}
            >
              {busy === 'encrypt' ? t('backup.plainEncrypting') : t('backup.plainEncrypt')}
            </button>
            <button type="button" className="btn" disabled={busy !== null} onClick={() => setConfirming(true)}>
              {t('backup.plainRemove')}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" ref={said} tabIndex={-1}>
        {done && (
          <p className="banner banner--ok">
            {done.result.done > 0 &&
              t(done.action === 'encrypted' ? 'backup.plainEncrypted' : 'backup.plainRemoved', {
                count: done.result.done,
              })}{' '}
            {done.result.failed.length > 0 && t('backup.plainFailed', { count: done.result.failed.length })}
          </p>
        )}
      </div>
      <ErrorBanner error={error} />
      <ConfirmDialog
        open={confirming}
        title={t('backup.plainRemoveTitle')}
        confirmLabel={busy === 'remove' ? t('backup.plainRemoving') : t('backup.plainRemoveYes', { count })}
        busy={busy === 'remove'}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void run('remove')}
      >
        <p>{t('backup.plainRemoveText', { count })}</p>
      </ConfirmDialog>
    </>
  );
}
