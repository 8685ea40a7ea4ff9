/** A labelled form control with its hint and error wired up for assistive technology. */
import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { validationText } from '../lib/errors';

interface Props {
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
  /**
   * A nudge that never blocks saving (e.g. a dossier code that looks like a name). Pass `null` while there is none:
   * the polite live region is then already in place when a warning appears, so it is announced.
   */
  warning?: string | null;
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, hint, error, optional, warning, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const describedBy = [hintId, warningId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {warning !== undefined && (
        <p className="field__warning" id={`${id}-warning`} aria-live="polite">
          {warning}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {validationText(t, error)}
        </p>
      )}
    </div>
  );
}
