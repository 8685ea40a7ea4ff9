/**
 * The data file's recovery code (ADR 0014), shown only when asked for, with a one-page PDF to save or print. Used by
 * the notice after a key was made and by the backups screen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { formatDateTime } from '../lib/format';
import { printPdfBytes, savePdfBytes } from '../lib/pdfOut';
import { ErrorBanner } from './ErrorBanner';
import './RecoveryCodePanel.css';

type Status = { kind: 'idle' | 'busy' | 'cancelled' | 'printOpened' } | { kind: 'saved'; name: string };

async function codePdf(code: string, t: (key: string, o?: Record<string, string>) => string, language: string) {
  // jsPDF loads only now, in its own chunk.
  const { renderRecoveryCodePdf } = await import('../../shared/report/recoveryCodePdf');
  return renderRecoveryCodePdf(code, {
    title: t('key.pdfTitle'),
    intro: t('key.pdfIntro'),
    keep: t('key.pdfKeep'),
    made: t('key.pdfMade', { date: formatDateTime(new Date().toISOString(), language) }),
  });
}

/** The code in lines of four groups, as it is read aloud and typed back. */
const lines = (code: string): string[] => {
  const groups = code.split(' ');
  return Array.from({ length: Math.ceil(groups.length / 4) }, (_, i) => groups.slice(i * 4, i * 4 + 4).join(' '));
};

function statusText(status: Status, t: (key: string, o?: Record<string, string>) => string): string {
  if (status.kind === 'saved') return t('key.codeSaved', { name: status.name });
  const keys = { busy: 'key.codeWorking', cancelled: 'key.codeSaveCancelled', printOpened: 'key.codePrintOpened' };
  return status.kind === 'idle' ? '' : t(keys[status.kind]);
}

/** `onSeen`: the code was shown, saved or printed (the notice's "I kept it" waits for that). */
export function RecoveryCodePanel({ onSeen }: { onSeen?: () => void }) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const run = async (fn: () => Promise<Status>) => {
    setError(null);
    setStatus({ kind: 'busy' });
    try {
      setStatus(await fn());
      onSeen?.();
    } catch (err) {
      setError(err);
      setStatus({ kind: 'idle' });
    }
  };
  const theCode = async () => code ?? (await call('getRecoveryCode', {})).code;
  const show = () =>
    run(async () => {
      setCode(await theCode());
      return { kind: 'idle' };
    });
  const save = () =>
    run(async () => {
      const saved = await savePdfBytes(await codePdf(await theCode(), t, i18n.language), t('key.pdfFileName'));
      return saved.saved ? { kind: 'saved', name: saved.name } : { kind: 'cancelled' };
    });
  const print = () =>
    run(async () => {
      const printed = await printPdfBytes(await codePdf(await theCode(), t, i18n.language));
      return { kind: printed === 'opened' ? 'printOpened' : 'idle' };
    });
  const busy = status.kind === 'busy';

  return (
    <div className="recovery-code">
      <p className="recovery-code__buttons">
        <button
          type="button"
          className="btn"
          aria-expanded={code !== null}
          disabled={busy}
          onClick={() => (code ? setCode(null) : void show())}
        >
          {code ? t('key.codeHide') : t('key.codeShow')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void save()}>
          {t('key.codeSave')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void print()}>
          {t('key.codePrint')}
        </button>
      </p>
      {code && (
        <p className="recovery-code__code">
          <span className="visually-hidden">{t('key.codeLabel')}: </span>
          <code translate="no" data-testid="recovery-code">
            {lines(code).map((line, i, all) => (
              <span key={i} className="recovery-code__line">
                {line}
                {i < all.length - 1 ? ' ' : ''}
              </span>
            ))}
          </code>
        </p>
      )}
      <ErrorBanner error={error} />
      <p role="status" className="muted small">
        {statusText(status, t)}
      </p>
    </div>
  );
}
