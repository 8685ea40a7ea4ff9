/**
 * After both submitted: the deliberate reveal, then both perspectives side by side (appreciative order first, or the
 * matrix order), an overview of all principles, the conversation in three columns, action points and the shared
 * sign-off. Once both signed, everything is shown read-only until someone reopens the audit with a reason.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareItems, principleSummaries, type PrincipleSummary } from '../../../shared/domain/compare';
import { RATERS, type AuditDetail, type Rater } from '../../../shared/domain/model';
import type { Locale, TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Actions } from './Actions';
import { ComparisonItems, type Order } from './ComparisonItems';
import { AuditNotes, PrincipleNotes } from './Notes';
import { OverviewChart } from './OverviewChart';
import { RevealStep } from './RevealStep';
import { SignOff } from './SignOff';
import { takeFocusTarget, useConversation } from './store';
import { UserText } from '../../components/UserText';
import { roleNames } from '../../../shared/i18n/roles';

const SECTIONS = ['overview', 'items', 'notes', 'actions', 'sign'] as const;

function jumpTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/** Loads the conversation and the template of one audit, and compares both raters' answers once both are there. */
function useComparison(audit: AuditDetail) {
  const [template, setTemplate] = useState<TemplateContent | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const revealed = useConversation((s) => s.revealed);
  const loadError = useConversation((s) => s.loadError);
  const load = useConversation((s) => s.load);
  const flush = useConversation((s) => s.flush);
  const release = useConversation((s) => s.release);

  useEffect(() => {
    let alive = true;
    void load(audit.id);
    const generation = useConversation.getState().generation;
    call('getTemplate', { id: audit.template.id })
      .then((tpl) => alive && setTemplate(tpl.content))
      .catch((err: unknown) => alive && setTemplateError(err));
    return () => {
      alive = false;
      void flush().then(() => release(generation));
    };
  }, [audit.id, audit.template.id, load, flush, release]);

  const ready = template !== null && revealed !== null;
  useEffect(() => {
    if (!ready) return;
    const id = takeFocusTarget();
    const el = id ? document.getElementById(id) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [ready]);

  const compared = useMemo(
    () =>
      template && revealed ? compareItems(template, revealed.ratings.consultant, revealed.ratings.reviewer) : null,
    [template, revealed],
  );
  return { template, revealed, compared, templateError, loadError };
}

function JumpNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('conversation.jump.label')}>
      <ul className="jump">
        {SECTIONS.map((s) => (
          <li key={s}>
            <button type="button" className="btn btn--link" onClick={() => jumpTo(`conv-section-${s}`)}>
              {t(`conversation.jump.${s}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Legend({ names, roles }: { names: Record<Rater, string>; roles: Record<Rater, string> }) {
  return (
    <p className="conversation-bar legend">
      {RATERS.map((rater) => (
        <span key={rater} className={`legend__item who who--${rater}`}>
          <span aria-hidden="true">{rater === 'consultant' ? '●' : '◆'}</span> <UserText>{names[rater]}</UserText>{' '}
          <span className="legend__role">
            (<UserText>{roles[rater]}</UserText>)
          </span>
        </span>
      ))}
    </p>
  );
}

function NotesSection({
  template,
  summaries,
  names,
  readOnly,
  locale,
}: {
  template: TemplateContent;
  summaries: PrincipleSummary[];
  names: Record<Rater, string>;
  readOnly: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conv-section-notes" className="notes">
      <h2 id="conv-section-notes" tabIndex={-1}>
        {t('conversation.conversationTitle')}
      </h2>
      <p className="muted">{readOnly ? t('conversation.conversationReadOnly') : t('conversation.conversationIntro')}</p>
      {template.principles.map((p) => (
        <PrincipleNotes
          key={p.key}
          principle={p}
          summary={summaries.find((s) => s.principleKey === p.key)}
          names={names}
          readOnly={readOnly}
          locale={locale}
        />
      ))}
      <AuditNotes readOnly={readOnly} />
    </section>
  );
}

function Comparison({ audit, onChanged }: { audit: AuditDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const { template, revealed, compared, templateError, loadError } = useComparison(audit);
  const [order, setOrder] = useState<Order>('appreciative');
  const readOnly = audit.status === 'completed';
  const names: Record<Rater, string> = { consultant: audit.consultant.name, reviewer: audit.reviewer.name };
  const roles = roleNames(t, audit);

  if (templateError || loadError) return <ErrorBanner error={templateError ?? loadError} />;
  if (!template || !revealed || !compared) return <p>{t('common.loading')}</p>;
  const summaries = principleSummaries(template, compared);
  const overall = compared[compared.length - 1]!;

  return (
    <section aria-labelledby="conversation-title" className="conversation">
      <h2 id="conversation-title" tabIndex={-1}>
        {t('conversation.title')}
      </h2>
      <p className="conversation__intro">{t('conversation.intro')}</p>
      {readOnly && (
        <p className="banner banner--info lock-banner">
          <strong>{t('conversation.lockedTitle')}</strong> {t('conversation.lockedText')}
        </p>
      )}
      <JumpNav />
      {/* Stays in view while scrolling: which marker is whose. */}
      <Legend names={names} roles={roles} />

      <div id="conv-section-overview" tabIndex={-1} className="anchor">
        <OverviewChart
          template={template}
          summaries={summaries}
          overall={overall.answers}
          names={names}
          roles={roles}
          locale={locale}
        />
      </div>

      <ComparisonItems
        template={template}
        compared={compared}
        order={order}
        onOrder={setOrder}
        names={names}
        locale={locale}
      />
      <NotesSection template={template} summaries={summaries} names={names} readOnly={readOnly} locale={locale} />

      <div id="conv-section-actions" tabIndex={-1} className="anchor">
        <Actions auditId={audit.id} actions={revealed.actions} readOnly={readOnly} locale={locale} />
      </div>

      <div id="conv-section-sign" tabIndex={-1} className="anchor">
        <SignOff audit={audit} revealed={revealed} locale={locale} onStatusChanged={onChanged} />
      </div>
    </section>
  );
}

export function ConversationPanel({ audit, onChanged }: { audit: AuditDetail; onChanged: () => void }) {
  if (audit.status === 'ready') return <RevealStep audit={audit} onRevealed={onChanged} />;
  return <Comparison audit={audit} onChanged={onChanged} />;
}
