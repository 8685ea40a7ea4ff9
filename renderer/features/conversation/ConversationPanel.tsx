/**
 * After both submitted: the deliberate reveal, then both perspectives side by side (appreciative order first, or the
 * matrix order), an overview of all principles, the conversation in three columns, action points and the shared
 * sign-off. Once both signed, everything is shown read-only until someone reopens the audit with a reason.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appreciativeOrder,
  compareItems,
  principleSummaries,
  type Category,
  type ComparedItem,
} from '../../../shared/domain/compare';
import { RATERS, type AuditDetail, type Rater } from '../../../shared/domain/model';
import { pick, type Locale, type TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Actions } from './Actions';
import { AuditNotes, PrincipleNotes } from './Notes';
import { ItemComparison } from './ItemComparison';
import { OverviewChart } from './OverviewChart';
import { RevealStep } from './RevealStep';
import { SignOff } from './SignOff';
import { takeFocusTarget, useConversation } from './store';
import { summaryLine } from './summaryText';

type Order = 'appreciative' | 'matrix';
const SECTIONS = ['overview', 'items', 'notes', 'actions', 'sign'] as const;

function jumpTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

function Items({
  template,
  compared,
  order,
  names,
  locale,
}: {
  template: TemplateContent;
  compared: ComparedItem[];
  order: Order;
  names: Record<Rater, string>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const summaries = principleSummaries(template, compared);
  const principleTitle = new Map(template.principles.map((p) => [p.key, pick(p.title, locale)]));
  if (order === 'matrix') {
    const groups = [
      ...template.principles.map((p) => ({
        key: p.key,
        title: pick(p.title, locale),
        summary: summaries.find((s) => s.principleKey === p.key),
      })),
      { key: template.overall.key, title: t('scoring.overallStep'), summary: undefined },
    ];
    return (
      <>
        {groups.map((g) => (
          <section key={g.key} className="conversation-group" aria-labelledby={`conv-${g.key}`}>
            <h3 id={`conv-${g.key}`}>{g.title}</h3>
            {g.summary && (
              <ul className="conversation-group__summary">
                {RATERS.map((rater) => (
                  <li key={rater} className={`who who--${rater}`}>
                    <span aria-hidden="true">{rater === 'consultant' ? '●' : '◆'}</span> <strong>{names[rater]}</strong>
                    : {summaryLine(t, g.summary!.raters[rater], locale)}
                  </li>
                ))}
              </ul>
            )}
            {compared
              .filter((x) => (x.principleKey ?? template.overall.key) === g.key)
              .map((x) => (
                <ItemComparison key={x.item.key} x={x} names={names} locale={locale} />
              ))}
          </section>
        ))}
      </>
    );
  }
  const groups = new Map<Category, ComparedItem[]>();
  for (const x of appreciativeOrder(compared)) groups.set(x.category, [...(groups.get(x.category) ?? []), x]);
  return (
    <>
      {[...groups.entries()].map(([category, items]) => (
        <section
          key={category}
          className={`conversation-group conversation-group--${category}`}
          aria-labelledby={`conv-${category}`}
        >
          <h3 id={`conv-${category}`}>
            {t(`conversation.category.${category}`)} <span className="conversation-group__count">({items.length})</span>
          </h3>
          <p className="muted small">
            {t(`conversation.categoryHint.${category}`, { consultant: names.consultant, reviewer: names.reviewer })}
          </p>
          {items.map((x) => (
            <ItemComparison
              key={x.item.key}
              x={x}
              names={names}
              locale={locale}
              context={x.principleKey ? principleTitle.get(x.principleKey) : t('scoring.overallStep')}
            />
          ))}
        </section>
      ))}
    </>
  );
}

function Comparison({ audit, onChanged }: { audit: AuditDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const [template, setTemplate] = useState<TemplateContent | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const [order, setOrder] = useState<Order>('appreciative');
  const revealed = useConversation((s) => s.revealed);
  const loadError = useConversation((s) => s.loadError);
  const load = useConversation((s) => s.load);
  const flush = useConversation((s) => s.flush);
  const release = useConversation((s) => s.release);
  const readOnly = audit.status === 'completed';
  const names: Record<Rater, string> = { consultant: audit.consultant.name, reviewer: audit.reviewer.name };

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
      {/* Stays in view while scrolling: which marker is whose. */}
      <p className="conversation-bar legend">
        {RATERS.map((rater) => (
          <span key={rater} className={`legend__item who who--${rater}`}>
            <span aria-hidden="true">{rater === 'consultant' ? '●' : '◆'}</span> {names[rater]}{' '}
            <span className="legend__role">({t(`raters.${rater}`).toLowerCase()})</span>
          </span>
        ))}
      </p>

      <div id="conv-section-overview" tabIndex={-1} className="anchor">
        <OverviewChart
          template={template}
          summaries={summaries}
          overall={overall.answers}
          names={names}
          locale={locale}
        />
      </div>

      <section aria-labelledby="conv-section-items" className="conversation-items">
        <div className="conversation-items__head">
          <h2 id="conv-section-items" tabIndex={-1}>
            {t('conversation.itemsTitle')}
          </h2>
          <fieldset className="order-toggle">
            <legend>{t('conversation.orderLabel')}</legend>
            {(['appreciative', 'matrix'] as const).map((o) => (
              <label key={o} className={`order-toggle__option${order === o ? ' is-selected' : ''}`}>
                <input
                  type="radio"
                  name="conversation-order"
                  value={o}
                  checked={order === o}
                  onChange={() => setOrder(o)}
                />{' '}
                {t(`conversation.order.${o}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <Items template={template} compared={compared} order={order} names={names} locale={locale} />
      </section>

      <section aria-labelledby="conv-section-notes" className="notes">
        <h2 id="conv-section-notes" tabIndex={-1}>
          {t('conversation.conversationTitle')}
        </h2>
        <p className="muted">
          {readOnly ? t('conversation.conversationReadOnly') : t('conversation.conversationIntro')}
        </p>
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
