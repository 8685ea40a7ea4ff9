/** The form for one action point (what, who, by when): adding a new one or editing one in place. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasVisibleCharacter } from '../../../shared/domain/model';
import { DateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { focusWhenShown } from '../../lib/focus';
import { dateProblem } from '../../../shared/domain/dates';

export interface Draft {
  what: string;
  who: string;
  due: string;
}
export const EMPTY: Draft = { what: '', who: '', due: '' };

/** "What" is the one required field: its error is shown and announced beside it. */
function WhatField({
  id,
  value,
  missing,
  onChange,
}: {
  id: string;
  value: string;
  missing: boolean;
  onChange: (what: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`field action-form__what${missing ? ' field--error' : ''}`}>
      <label htmlFor={`${id}-what`}>{t('conversation.actions.what')}</label>
      <input
        id={`${id}-what`}
        type="text"
        value={value}
        maxLength={1000}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-what-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {missing && (
        <p className="field__error" id={`${id}-what-error`} role="alert">
          {t('conversation.actions.whatRequired')}
        </p>
      )}
    </div>
  );
}

function OptionalField({ htmlFor, label, children }: { htmlFor: string; label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={htmlFor}>
        {label} <span className="field__optional">({t('common.optional')})</span>
      </label>
      {children}
    </div>
  );
}

export function ActionForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Draft;
  submitLabel: string;
  onSubmit: (d: Draft) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [missingWhat, setMissingWhat] = useState(false);
  const [badDue, setBadDue] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!hasVisibleCharacter(draft.what)) {
      setMissingWhat(true);
      focusWhenShown(`${id}-what`);
      return;
    }
    if (draft.due !== '' && dateProblem(draft.due)) return setBadDue(true);
    setBusy(true);
    setError(null);
    onSubmit(draft)
      .then(() => {
        setDraft(EMPTY);
        // Adding (a form that stays): the first field again, ready for the next action; the list says it was added.
        if (!onCancel) focusWhenShown(`${id}-what`);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="action-form" noValidate onSubmit={submit}>
      <WhatField
        id={id}
        value={draft.what}
        missing={missingWhat}
        onChange={(what) => {
          setDraft({ ...draft, what });
          if (hasVisibleCharacter(what)) setMissingWhat(false);
        }}
      />
      <OptionalField htmlFor={`${id}-who`} label={t('conversation.actions.who')}>
        <input
          id={`${id}-who`}
          type="text"
          value={draft.who}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, who: e.target.value })}
        />
      </OptionalField>
      <DateField
        label={t('conversation.actions.due')}
        optional
        value={draft.due}
        error={badDue && draft.due !== '' ? (dateProblem(draft.due) ?? undefined) : undefined}
        onChange={(due) => setDraft({ ...draft, due })}
      />
      <div className="action-form__buttons">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <div className="action-form__error">
        <ErrorBanner error={error} />
      </div>
    </form>
  );
}
