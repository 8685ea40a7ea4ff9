/** Action points agreed in the conversation: what, who and by when; added, edited and deleted one at a time. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPoint } from '../../../shared/domain/conversation';
import type { Locale } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';
import { ActionForm, EMPTY, type Draft } from './ActionForm';
import { useConversation } from './store';
import { Sentence, slot, UserText } from '../../components/UserText';
import { useApi } from '../../lib/useApi';
import { ActionFollowUp } from './FollowUp';

const toArgs = (d: Draft) => ({ what: d.what, who: d.who, due: d.due === '' ? null : d.due });

/** One action point as agreed (inside its list item), with edit and delete buttons unless the audit is read-only. */
function ActionSummary({
  action: a,
  readOnly,
  locale,
  onEdit,
  onDelete,
}: {
  action: ActionPoint;
  readOnly: boolean;
  locale: Locale;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="action-list__what">
        <UserText>{a.what}</UserText>
      </p>
      <p className="action-list__meta">
        {a.who ? (
          <Sentence text={t('conversation.actions.byWho', { who: slot('who') })} user={{ who: a.who }} />
        ) : (
          t('conversation.actions.noWho')
        )}
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
            onClick={onEdit}
            aria-label={t('conversation.actions.editLabel', { what: a.what })}
          >
            {t('conversation.actions.edit')}
          </button>
          <button
            type="button"
            className="btn btn--small"
            onClick={onDelete}
            aria-label={t('conversation.actions.deleteLabel', { what: a.what })}
          >
            {t('conversation.actions.delete')}
          </button>
        </p>
      )}
    </>
  );
}

/** Asks before deleting an action point, then deletes it and reloads the conversation. */
function useDeleteAction() {
  const refresh = useConversation((s) => s.refresh);
  const [deleting, setDeleting] = useState<ActionPoint | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = () => {
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
  };
  return { deleting, setDeleting, busy, error, confirm };
}

/** The form for a new action point; after adding, it says so (announced) and is ready for the next one. */
function AddAction({ auditId, actions }: { auditId: number; actions: ActionPoint[] }) {
  const { t } = useTranslation();
  const refresh = useConversation((s) => s.refresh);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <div className="subform">
      <h4 className="subform__title">{t('conversation.actions.addTitle')}</h4>
      <ActionForm
        initial={EMPTY}
        submitLabel={t('conversation.actions.add')}
        onSubmit={async (d) => {
          await call('addAction', { auditId, ...toArgs(d) });
          await refresh();
          setAdded(d.what);
        }}
      />
      <p className="muted small" role="status">
        {/* Said while the added action is listed (not after deleting it). */}
        {added !== null && actions.some((a) => a.what === added) && t('conversation.actions.added')}
      </p>
    </div>
  );
}

/** A completed audit's action points, each with its follow-up (noted beside the signed record). */
function FollowedActions({ auditId, actions, locale }: { auditId: number; actions: ActionPoint[]; locale: Locale }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi('listFollowUps', { auditId });
  return (
    <>
      <p className="follow-up__intro">{t('followUp.intro')}</p>
      <ul className="action-list">
        {actions.map((a) => (
          <li key={a.id} className="action-list__item">
            <ActionSummary action={a} readOnly locale={locale} onEdit={() => {}} onDelete={() => {}} />
            <ActionFollowUp
              action={a}
              entry={data?.find((f) => f.actionId === a.id)}
              locale={locale}
              onRecorded={reload}
            />
          </li>
        ))}
      </ul>
      <ErrorBanner error={error} />
    </>
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
  const { deleting, setDeleting, busy, error, confirm } = useDeleteAction();

  return (
    <section aria-labelledby="actions-title" className="notes-card">
      <h3 id="actions-title">{t('conversation.actions.title')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{readOnly ? t('conversation.actions.noneReadOnly') : t('conversation.actions.none')}</p>
      ) : readOnly ? (
        <FollowedActions auditId={auditId} actions={actions} locale={locale} />
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
                <ActionSummary
                  action={a}
                  readOnly={readOnly}
                  locale={locale}
                  onEdit={() => setEditing(a.id)}
                  onDelete={() => setDeleting(a)}
                />
              </li>
            ),
          )}
        </ul>
      )}
      <ErrorBanner error={error} />
      {!readOnly && <AddAction auditId={auditId} actions={actions} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('conversation.actions.deleteTitle')}
        confirmLabel={t('conversation.actions.delete')}
        busy={busy}
        onCancel={() => setDeleting(null)}
        onConfirm={confirm}
      >
        <p>
          <UserText>{deleting?.what}</UserText>
        </p>
      </ConfirmDialog>
    </section>
  );
}
