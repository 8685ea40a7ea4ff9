/** Action points agreed in the conversation: what, who and by when; added, edited and deleted one at a time. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPoint } from '../../../shared/domain/conversation';
import type { Locale } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';
import { useConversation } from './store';

interface Draft {
  what: string;
  who: string;
  due: string;
}
const EMPTY: Draft = { what: '', who: '', due: '' };

function ActionForm({
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      className="action-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.what.trim() === '') {
          setMissingWhat(true);
          document.getElementById(`${id}-what`)?.focus();
          return;
        }
        setBusy(true);
        setError(null);
        onSubmit(draft)
          .then(() => setDraft(EMPTY))
          .catch(setError)
          .finally(() => setBusy(false));
      }}
    >
      <div className={`field action-form__what${missingWhat ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-what`}>{t('conversation.actions.what')}</label>
        <input
          id={`${id}-what`}
          type="text"
          value={draft.what}
          maxLength={1000}
          aria-invalid={missingWhat || undefined}
          aria-describedby={missingWhat ? `${id}-what-error` : undefined}
          onChange={(e) => {
            setDraft({ ...draft, what: e.target.value });
            if (e.target.value.trim()) setMissingWhat(false);
          }}
        />
        {missingWhat && (
          <p className="field__error" id={`${id}-what-error`} role="alert">
            {t('conversation.actions.whatRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>
          {t('conversation.actions.who')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <input
          id={`${id}-who`}
          type="text"
          value={draft.who}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, who: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>
          {t('conversation.actions.due')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <input
          id={`${id}-due`}
          type="date"
          value={draft.due}
          onChange={(e) => setDraft({ ...draft, due: e.target.value })}
        />
      </div>
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

export function Actions({
  auditId,
  actions,
  readOnly,
  locale,
}: {
  auditId: number;
  actions: ActionPoint[];
  readOnly: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const refresh = useConversation((s) => s.refresh);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<ActionPoint | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toArgs = (d: Draft) => ({ what: d.what, who: d.who, due: d.due === '' ? null : d.due });

  return (
    <section aria-labelledby="actions-title" className="notes-card">
      <h3 id="actions-title">{t('conversation.actions.title')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{readOnly ? t('conversation.actions.noneReadOnly') : t('conversation.actions.none')}</p>
      ) : (
        <ul className="action-list">
          {actions.map((a) =>
            editing === a.id ? (
              <li key={a.id} className="action-list__item is-editing">
                <ActionForm
                  initial={{ what: a.what, who: a.who, due: a.due ?? '' }}
                  submitLabel={t('common.save')}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (d) => {
                    await call('updateAction', { id: a.id, ...toArgs(d) });
                    setEditing(null);
                    await refresh();
                  }}
                />
              </li>
            ) : (
              <li key={a.id} className="action-list__item">
                <p className="action-list__what">{a.what}</p>
                <p className="action-list__meta">
                  {a.who ? t('conversation.actions.byWho', { who: a.who }) : t('conversation.actions.noWho')}
                  {' · '}
                  {a.due
                    ? t('conversation.actions.byWhen', { date: formatDate(a.due, locale) })
                    : t('conversation.actions.noDue')}
                </p>
                {!readOnly && (
                  <p className="action-list__buttons">
                    <button
                      type="button"
                      className="btn btn--small"
                      onClick={() => setEditing(a.id)}
                      aria-label={t('conversation.actions.editLabel', { what: a.what })}
                    >
                      {t('conversation.actions.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn--small"
                      onClick={() => setDeleting(a)}
                      aria-label={t('conversation.actions.deleteLabel', { what: a.what })}
                    >
                      {t('conversation.actions.delete')}
                    </button>
                  </p>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      <ErrorBanner error={error} />
      {!readOnly && (
        <div className="subform">
          <h4 className="subform__title">{t('conversation.actions.addTitle')}</h4>
          <ActionForm
            initial={EMPTY}
            submitLabel={t('conversation.actions.add')}
            onSubmit={async (d) => {
              await call('addAction', { auditId, ...toArgs(d) });
              await refresh();
            }}
          />
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('conversation.actions.deleteTitle')}
        confirmLabel={t('conversation.actions.delete')}
        busy={busy}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          setBusy(true);
          setError(null);
          call('deleteAction', { id: deleting.id })
            .then(refresh)
            .catch(setError)
            .finally(() => {
              setBusy(false);
              setDeleting(null);
            });
        }}
      >
        <p>{deleting?.what}</p>
      </ConfirmDialog>
    </section>
  );
}
