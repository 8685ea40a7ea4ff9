/**
 * The conversation, one section per principle: its items side by side, the help about the principle, and its three
 * columns with the agreed score, together on one stretch of the page; then the trajectory as a whole. A jump list
 * and "previous / next" buttons move keyboard focus from one section's heading to another's.
 */
import { useTranslation } from 'react-i18next';
import type { ComparedItem, PrincipleSummary } from '../../../shared/domain/compare';
import { RATERS, type Rater } from '../../../shared/domain/model';
import { pick, type Locale, type TemplateContent, type TemplatePrinciple } from '../../../shared/domain/template';
import { PrincipleHelp } from '../../components/PrincipleHelp';
import { UserText } from '../../components/UserText';
import { ItemList, type Order } from './ComparisonItems';
import { AuditNotes, PrincipleNotes } from './Notes';
import { summaryLine } from './summaryText';

/** The heading id of a principle's section, and of the section about the trajectory as a whole. */
export const principleHeadingId = (key: string) => `conv-principle-${key}`;
export const WHOLE_HEADING_ID = 'conv-section-whole';

/** Scrolls to an element and gives it keyboard focus (headings and anchors have tabIndex -1). */
export function jumpTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

export interface Stop {
  id: string;
  title: string;
}

/** Every section in page order, to step between them: the principles, then the trajectory as a whole. */
export function sectionStops(template: TemplateContent, locale: Locale, wholeTitle: string): Stop[] {
  return [
    ...template.principles.map((p) => ({ id: principleHeadingId(p.key), title: pick(p.title, locale) })),
    { id: WHOLE_HEADING_ID, title: wholeTitle },
  ];
}

/** "Previous: …" and "Next: …" at the end of a section. */
function StepButtons({ stops, at }: { stops: Stop[]; at: number }) {
  const { t } = useTranslation();
  const previous = stops[at - 1];
  const next = stops[at + 1];
  return (
    <div className="section-steps">
      {previous && (
        <button type="button" className="btn btn--link" onClick={() => jumpTo(previous.id)}>
          <span aria-hidden="true">↑ </span>
          {t('conversation.sections.previous', { title: previous.title })}
        </button>
      )}
      {next && (
        <button type="button" className="btn btn--link section-steps__next" onClick={() => jumpTo(next.id)}>
          {t('conversation.sections.next', { title: next.title })}
          <span aria-hidden="true"> ↓</span>
        </button>
      )}
    </div>
  );
}

function RaterSummaries({
  summary,
  names,
  locale,
}: {
  summary: PrincipleSummary;
  names: Record<Rater, string>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <ul className="conversation-group__summary">
      {RATERS.map((rater) => (
        <li key={rater} className={`who who--${rater}`}>
          <span aria-hidden="true">{rater === 'consultant' ? '●' : '◆'}</span>{' '}
          <strong>
            <UserText>{names[rater]}</UserText>
          </strong>
          : {summaryLine(t, summary.raters[rater], locale)}
        </li>
      ))}
    </ul>
  );
}

interface Shared {
  order: Order;
  names: Record<Rater, string>;
  readOnly: boolean;
  locale: Locale;
  stops: Stop[];
}

export function PrincipleSection({
  principle,
  at,
  items,
  summary,
  ...shared
}: Shared & {
  principle: TemplatePrinciple;
  at: number;
  items: ComparedItem[];
  summary: PrincipleSummary | undefined;
}) {
  const { order, names, readOnly, locale, stops } = shared;
  const headingId = principleHeadingId(principle.key);
  return (
    <section className="conversation-section" data-principle={principle.key} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {pick(principle.title, locale)}
      </h2>
      {summary && <RaterSummaries summary={summary} names={names} locale={locale} />}
      <PrincipleHelp principleKey={principle.key} />
      <ItemList items={items} order={order} names={names} locale={locale} />
      <PrincipleNotes principle={principle} readOnly={readOnly} locale={locale} />
      <StepButtons stops={stops} at={at} />
    </section>
  );
}

/** The overall scale side by side and the conversation about the trajectory as a whole. */
export function WholeSection({ overall, ...shared }: Shared & { overall: ComparedItem }) {
  const { t } = useTranslation();
  const { order, names, readOnly, locale, stops } = shared;
  return (
    <section className="conversation-section conversation-section--whole" aria-labelledby={WHOLE_HEADING_ID}>
      <h2 id={WHOLE_HEADING_ID} tabIndex={-1}>
        {t('scoring.overallStep')}
      </h2>
      <ItemList items={[overall]} order={order} names={names} locale={locale} />
      <AuditNotes readOnly={readOnly} />
      <StepButtons stops={stops} at={stops.length - 1} />
    </section>
  );
}
