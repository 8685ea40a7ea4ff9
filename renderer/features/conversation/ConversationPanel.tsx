/**
 * After both submitted: the deliberate reveal, then the conversation: an overview of all principles first, then one
 * section per principle with its items side by side (appreciative order first, or the matrix order), its three
 * columns and agreed score, then the trajectory as a whole, action points and the shared sign-off. Once both signed,
 * everything is shown read-only until someone reopens the audit with a reason.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareItems, principleSummaries } from '../../../shared/domain/compare';
import { RATERS, type AuditDetail, type Rater } from '../../../shared/domain/model';
import type { Locale, TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Actions } from './Actions';
import { OrderToggle, type Order } from './ComparisonItems';
import { OverviewChart } from './OverviewChart';
import { RevealStep } from './RevealStep';
import { jumpTo, PrincipleSection, sectionStops, WholeSection, type Stop } from './Sections';
import { SignOff } from './SignOff';
import { useConversation } from './store';
import { UserText } from '../../components/UserText';
import { roleNames } from '../../../shared/i18n/roles';

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

  const compared = useMemo(
    () =>
      template && revealed ? compareItems(template, revealed.ratings.consultant, revealed.ratings.reviewer) : null,
    [template, revealed],
  );
  return { template, revealed, compared, templateError, loadError };
}

/** To any part of the conversation: the overview, each principle, the trajectory as a whole, actions, sign-off. */
function JumpNav({ stops }: { stops: Stop[] }) {
  const { t } = useTranslation();
  const targets = [
    { id: 'conv-section-overview', title: t('conversation.jump.overview') },
    ...stops,
    { id: 'conv-section-actions', title: t('conversation.jump.actions') },
    { id: 'conv-section-sign', title: t('conversation.jump.sign') },
  ];
  return (
    <nav aria-label={t('conversation.jump.label')}>
      <ul className="jump">
        {targets.map((s) => (
          <li key={s.id}>
            <button type="button" className="btn btn--link" onClick={() => jumpTo(s.id)}>
              {s.title}
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
  const stops = sectionStops(template, locale, t('scoring.overallStep'));
  const shared = { order, names, readOnly, locale, stops };

  return (
    <section aria-labelledby="conversation-title" className="conversation">
      <h2 id="conversation-title" tabIndex={-1}>
        {t('conversation.title')}
      </h2>
      <p className="conversation__intro">{t('conversation.intro')}</p>
      {!readOnly && <p className="muted small privacy-hint">{t('privacy.notesOnPdf')}</p>}
      {readOnly && (
        <p className="banner banner--info lock-banner">
          <strong>{t('conversation.lockedTitle')}</strong> {t('conversation.lockedText')}
        </p>
      )}
      <JumpNav stops={stops} />
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

      <OrderToggle order={order} onOrder={setOrder} />
      {template.principles.map((p, at) => (
        <PrincipleSection
          key={p.key}
          principle={p}
          at={at}
          items={compared.filter((x) => x.principleKey === p.key)}
          summary={summaries.find((x) => x.principleKey === p.key)}
          {...shared}
        />
      ))}
      <WholeSection overall={overall} {...shared} />

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
