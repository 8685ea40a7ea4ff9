/**
 * The follow-up of an action point once the audit is completed (issue 15): its current state as a calm label,
 * "Opvolging noteren" opening a small inline form, and what was noted before. Noted beside the signed record,
 * never in it; who notes it is not asked.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOLLOW_UP_NOTE_MAX,
  FOLLOW_UP_STATES,
  type ActionFollowUp,
  type FollowUpState,
} from '../../../shared/domain/followUp';
import type { ActionPoint } from '../../../shared/domain/conversation';
import type { Locale } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { UserText } from '../../components/UserText';
import { focusWhenShown } from '../../lib/focus';
import { formatDate } from '../../lib/format';
import './followUp.css';

function FollowUpForm({
  id,
  initial,
  onSave,
  onCancel,
}: {
  id: string;
  initial: FollowUpState;
  onSave: (state: FollowUpState, note: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<FollowUpState>(initial);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    onSave(state, note)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="follow-up__form" noValidate onSubmit={submit}>
      <fieldset className="plain">
        <legend>{t('followUp.legend')}</legend>
        <div className="choice-row">
          {FOLLOW_UP_STATES.map((s) => (
            <label className="choice" key={s}>
              <input
                type="radio"
                id={s === state ? `${id}-first` : undefined}
                name={`${id}-state`}
                value={s}
                checked={state === s}
                onChange={() => setState(s)}
              />{' '}
              {t(`followUp.state.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>
          {t('followUp.note')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={FOLLOW_UP_NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="action-form__buttons">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorBanner error={error} />
    </form>
  );
}

function History({ entry, locale }: { entry: ActionFollowUp; locale: Locale }) {
  const { t } = useTranslation();
  if (entry.history.length === 0) return null;
  return (
    <ul className="follow-up__history" aria-label={t('followUp.historyLabel')}>
      {entry.history.map((h) => (
        <li key={h.id}>
          <span className="follow-up__when">{formatDate(h.recordedAt, locale)}</span> · {t(`followUp.state.${h.state}`)}
          {h.note && (
            <>
              {' — '}
              <UserText>{h.note}</UserText>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Under one action point of a completed audit: the state, the button or the form, and the history. */
export function ActionFollowUp({
  action,
  entry,
  locale,
  onRecorded,
}: {
  action: ActionPoint;
  entry: ActionFollowUp | undefined;
  locale: Locale;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = entry?.current ?? null;
  const close = () => {
    setOpen(false);
    focusWhenShown(`${id}-button`);
  };
  return (
    <div className="follow-up">
      <p className="follow-up__state">
        <span className={`follow-up__label follow-up__label--${current ?? 'none'}`}>
          {current ? t('followUp.current', { state: t(`followUp.state.${current}`) }) : t('followUp.noneYet')}
        </span>
        {!open && (
          <button
            type="button"
            id={`${id}-button`}
            className="btn btn--small"
            aria-label={t('followUp.recordLabel', { what: action.what })}
            onClick={() => {
              setSaved(false);
              setOpen(true);
              focusWhenShown(`${id}-first`);
            }}
          >
            {t('followUp.record')}
          </button>
        )}
      </p>
      {open && (
        <FollowUpForm
          id={id}
          initial={current ?? 'open'}
          onCancel={close}
          onSave={async (state, note) => {
            await call('recordFollowUp', { actionId: action.id, state, note });
            setSaved(true);
            onRecorded();
            close();
          }}
        />
      )}
      <p className="visually-hidden" role="status">
        {saved ? t('followUp.saved') : ''}
      </p>
      {entry && <History entry={entry} locale={locale} />}
    </div>
  );
}
