/**
 * One text of the matrix in Dutch (required) and English (optional, falls back to Dutch), side by side where there
 * is room. Each control is labelled and carries its own problems, described by them (aria-describedby).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftText } from '../../../../shared/domain/matrixDraft';
import { matrixProblemText } from '../../../../shared/i18n/matrixProblem';
import { fieldId, useFieldProblems } from './problems';

function Control({
  path,
  context,
  label,
  hint,
  value,
  multiline,
  onChange,
}: {
  path: string;
  /** The text's own name, read before the language by assistive technology ("Schaalvraag, Nederlands"). */
  context: string;
  label: string;
  hint?: string;
  value: string;
  multiline: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const problems = useFieldProblems(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', problems.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': problems.length ? true : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className={`field${problems.length ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        <span className="visually-hidden">{context}, </span>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
      {problems.length > 0 && (
        <p className="field__error" id={errorId}>
          {problems.map((p) => matrixProblemText(t, p.problem)).join(' ')}
        </p>
      )}
    </div>
  );
}

export function TextPair({
  path,
  label,
  value,
  multiline = false,
  onChange,
}: {
  path: string;
  label: string;
  value: DraftText;
  multiline?: boolean;
  onChange: (v: DraftText) => void;
}) {
  const { t } = useTranslation();
  const groupId = useId();
  const problems = useFieldProblems(path);
  return (
    <div className="mx-pair" role="group" aria-labelledby={groupId}>
      <p className="mx-pair__label" id={groupId}>
        {label}
      </p>
      {problems.length > 0 && (
        <p className="field__error">{problems.map((p) => matrixProblemText(t, p.problem)).join(' ')}</p>
      )}
      <div className="mx-pair__fields">
        <Control
          path={`${path}.nl`}
          context={label}
          label={t('matrixEditor.dutch')}
          value={value.nl}
          multiline={multiline}
          onChange={(nl) => onChange({ ...value, nl })}
        />
        <Control
          path={`${path}.en`}
          context={label}
          label={t('matrixEditor.english')}
          hint={t('matrixEditor.englishHint')}
          value={value.en}
          multiline={multiline}
          onChange={(en) => onChange({ ...value, en })}
        />
      </div>
    </div>
  );
}
