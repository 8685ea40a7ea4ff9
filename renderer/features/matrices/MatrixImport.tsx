/**
 * "Een matrix inlezen": a .xlsx or .json file goes to the backend as bytes (ADR 0015), which reads and checks it in
 * full; its problems are listed with their sheet, row and column (or JSON path). A too large file is refused here.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, ApiCallError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { bytesToBase64 } from '../../lib/base64';
import { MATRIX_FILE_MAX_BYTES, type MatrixProblem } from '../../../shared/domain/matrixFile';
import type { TemplateRef } from '../../../shared/domain/model';
import { matrixProblemPlace, matrixProblemText } from '../../../shared/i18n/matrixProblem';

type Outcome =
  | { kind: 'imported'; ref: TemplateRef }
  | { kind: 'problems'; problems: MatrixProblem[] }
  | { kind: 'error'; error: unknown };

const MB = 1024 * 1024;

async function importFile(file: File): Promise<Outcome> {
  if (file.size > MATRIX_FILE_MAX_BYTES) {
    const params = { size: Math.ceil(file.size / MB), maximum: MATRIX_FILE_MAX_BYTES / MB };
    return { kind: 'problems', problems: [{ place: { kind: 'file' }, code: 'too_large', params }] };
  }
  try {
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    return { kind: 'imported', ref: await call('importMatrix', { fileName: file.name, data }) };
  } catch (error) {
    if (error instanceof ApiCallError && 'problems' in error.error && error.error.problems)
      return { kind: 'problems', problems: error.error.problems };
    return { kind: 'error', error };
  }
}

function Problems({ problems }: { problems: MatrixProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error matrices__problems">
      <p className="banner__line">{t('matrix.problemsHeading')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{matrixProblemPlace(t, p)}</strong>: {matrixProblemText(t, p)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MatrixImport({ onImported }: { onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) return input.current?.focus();
    setBusy(true);
    setOutcome(null);
    const result = await importFile(file);
    setBusy(false);
    setOutcome(result);
    if (result.kind === 'imported') onImported();
  };
  const name = (ref: TemplateRef) => (i18n.language === 'en' ? ref.name.en : ref.name.nl);

  return (
    <form className="matrices__import" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('matrix.importHeading')}</h2>
      <div className={missing ? 'field field--error' : 'field'}>
        <label htmlFor={`${id}-file`}>{t('matrix.importLabel')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('matrix.importHint', { maximum: MATRIX_FILE_MAX_BYTES / MB })}
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={missing || undefined}
          onChange={() => setMissing(false)}
        />
        {missing && (
          <p id={`${id}-error`} className="field__error">
            {t('matrix.chooseFirst')}
          </p>
        )}
      </div>
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? t('matrix.importing') : t('matrix.importButton')}
      </button>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'imported' && (
          <div className="banner banner--ok">
            {t('matrix.imported', { name: name(outcome.ref), version: outcome.ref.version })}
          </div>
        )}
      </div>
      <div role="alert">{outcome?.kind === 'problems' && <Problems problems={outcome.problems} />}</div>
      {outcome?.kind === 'error' && <ErrorBanner error={outcome.error} />}
    </form>
  );
}
