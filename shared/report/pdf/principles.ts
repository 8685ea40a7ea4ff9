/** Principle by principle: each item with both ratings and their "why", the notes; then the overall scale. */
import { NOTE_COLUMNS, type NoteColumn } from '../../domain/conversation';
import type { Rater } from '../../domain/model';
import type { ReportItem, ReportPrinciple, ReportRating } from '../reportModel';
import { COLOR, CONTENT_WIDTH, MARGIN, marker, PAGE, type ReportLayout } from './layout';

/** One rater's score (or N/A with its reason) under a marker, then their "why". */
function ratingBlock({ doc, flow, t, raterLabel }: ReportLayout, item: ReportItem, rater: Rater): void {
  const r: ReportRating = item.ratings[rater];
  const scoreText = r.notApplicable
    ? t('report.notApplicable')
    : r.score === null
      ? t('report.noScore')
      : t('report.score', { score: r.score, max: item.scale.max });
  const head = `${raterLabel(rater)} · ${scoreText}`;
  flow.ensure(flow.lineHeight(9) * 2 + 1);
  marker(doc, rater, MARGIN.left + 5.5, flow.y + flow.lineHeight(9) / 2 - 0.5, 1.3);
  flow.text(head, {
    size: 9,
    style: 'bold',
    indent: 9,
    color: rater === 'consultant' ? COLOR.consultant : COLOR.reviewer,
    after: 0.4,
  });
  if (r.notApplicable)
    flow.text(t('report.naReason', { reason: r.naReason || '–' }), { size: 9.5, indent: 9, after: 0.6 });
  if (r.rationale) flow.text(r.rationale, { size: 9.5, indent: 9, after: 1.8 });
  else if (!r.notApplicable) flow.text(t('report.noWhy'), { size: 9, indent: 9, color: COLOR.muted, after: 1.8 });
  else flow.gap(1.2);
}

/** One item; `titled: false` when a section heading already names it (the overall scale). */
function itemBlock(layout: ReportLayout, item: ReportItem, titled = true): void {
  const { doc, flow, t, num } = layout;
  flow.ensure(flow.lineHeight(10.5) + flow.lineHeight(9) * 3 + 4);
  flow.gap(1);
  const right =
    item.difference === null
      ? ''
      : item.difference === 0
        ? t('report.sameScore')
        : t('report.difference', { value: num(item.difference) });
  flow.font(8, 'normal', COLOR.muted);
  const rightWidth = right ? doc.getTextWidth(right) + 4 : 0;
  if (right) doc.text(right, PAGE.width - MARGIN.right, flow.y + 0.6, { baseline: 'top', align: 'right' });
  if (titled) {
    flow.text(`${item.number}  ${item.title}`, {
      size: 10.5,
      style: 'bold',
      width: CONTENT_WIDTH - rightWidth,
      after: 0.3,
    });
    flow.text(item.question, { size: 8.5, color: COLOR.muted, after: 1.6 });
  } else {
    flow.text(item.question, { size: 8.5, color: COLOR.muted, width: CONTENT_WIDTH - rightWidth, after: 1.6 });
  }
  ratingBlock(layout, item, 'consultant');
  ratingBlock(layout, item, 'reviewer');
  flow.gap(1.2);
}

/** A principle's own strengths, worries and next steps; nothing at all when none was noted. */
function notesBlock({ flow, t }: ReportLayout, notes: Record<NoteColumn, string>): void {
  const present = NOTE_COLUMNS.filter((c) => notes[c]);
  if (present.length === 0) return;
  flow.ensure(flow.lineHeight(10) + flow.lineHeight(9.5) * 3 + 4);
  flow.gap(1);
  flow.text(t('report.principleNotes'), { size: 10.5, style: 'bold', color: COLOR.primary, after: 1 });
  for (const c of present) {
    flow.ensure(flow.lineHeight(9) + flow.lineHeight(9.5) * 2);
    flow.text(t(`conversation.columns.${c}`), { size: 9, style: 'bold', after: 0.4 });
    flow.text(notes[c], { size: 9.5, after: 2 });
  }
}

function principleSection(layout: ReportLayout, p: ReportPrinciple, first: boolean): void {
  const { flow, t, num, raterLabel, sectionTitle } = layout;
  if (first) {
    flow.text(t('report.perPrinciple'), { size: 15, style: 'bold', after: 2 });
  }
  sectionTitle(`${p.number}. ${p.title}`);
  // The score agreed together first; each one's average is the context it came from.
  const summaryLine = [
    p.agreed === null ? t('report.agreedNone') : t('report.agreedScore', { score: p.agreed }),
    t('report.averages', {
      consultant: raterLabel('consultant'),
      a: num(p.means.consultant),
      reviewer: raterLabel('reviewer'),
      b: num(p.means.reviewer),
    }),
  ].join('   ·   ');
  flow.text(summaryLine, { size: 9, color: COLOR.muted, after: 2 });
  p.items.forEach((item) => itemBlock(layout, item));
  notesBlock(layout, p.notes);
  flow.gap(3);
}

export function renderPrinciples(layout: ReportLayout): void {
  const { model, doc, flow, t, sectionTitle } = layout;
  // The overview keeps page one to itself; when it already ran over, the detail simply follows.
  if (doc.getNumberOfPages() === 1) flow.newPage();
  else flow.gap(6);
  model.principles.forEach((p, i) => principleSection(layout, p, i === 0));
  sectionTitle(`${model.overall.number}. ${t('report.overallTitle')}`);
  itemBlock(layout, model.overall, false);
  flow.gap(3);
}
