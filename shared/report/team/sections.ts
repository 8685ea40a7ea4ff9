/** The sections of the "Leren over tijd" PDF, in the order of the screen. Nothing here names or lists a person. */
import type { RowInput } from 'jspdf-autotable';
import { MIN_PAIRS_CHANCE_CORRECTED } from '../../domain/teamView';
import { pick } from '../../domain/template';
import { intervalText, quarterLabel, STATE_ORDER } from '../../i18n/teamView';
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE } from '../pdf/layout';
import { drawActionsChart, drawSpreadChart, drawSpreadLegend, statePart } from './charts';
import type { TeamLayout } from './layout';

/** Title, the scope (matrix, service, region, team), the period, the number of audits and the caution. */
export function renderTeamHeader(l: TeamLayout): void {
  const { flow, t, input, date, f } = l;
  const { view } = input;
  flow.text(t('teamView.pdfTitle'), { size: 20, style: 'bold', color: COLOR.primary });
  flow.text(t('teamView.title'), { size: 12, color: COLOR.muted, after: 3 });
  const s = view.scope;
  const scope = [input.matrixName, s.service, s.region, s.team].filter((x): x is string => !!x).join(' · ');
  const rows: [string, string][] = [
    [t('teamView.pdfScope'), scope],
    [t('teamView.pdfPeriod'), t('teamView.pdfPeriodText', { from: date(s.from), to: date(s.to) })],
    [t('teamView.pdfAudits'), f.count(view.audits)],
  ];
  for (const [label, value] of rows) {
    const top = flow.y;
    flow.text(label, { size: 9.5, style: 'bold', width: 40 });
    const after = flow.y;
    flow.y = top;
    flow.text(value, { size: 9.5, indent: 42 });
    flow.y = Math.max(flow.y, after) + 0.8;
  }
  flow.gap(2);
  const caution = t('teamView.caution', { min: view.minGroup });
  l.doc.setFontSize(9.5);
  const lines = l.doc.splitTextToSize(caution, CONTENT_WIDTH - 8) as string[];
  const h = lines.length * flow.lineHeight(9.5) + 5;
  l.doc.setFillColor(...COLOR.soft);
  l.doc.rect(MARGIN.left, flow.y, CONTENT_WIDTH, h, 'F');
  flow.gap(2.5);
  flow.text(caution, { size: 9.5, indent: 4, width: CONTENT_WIDTH - 8, after: 4.5 });
  if (view.tooFew) flow.text(t('teamView.tooFewView', { min: view.minGroup }), { size: 11, style: 'bold' });
}

/** The principles, two charts a row, each with its title and counts. */
export function renderTeamPrinciples(l: TeamLayout): void {
  const { flow, t, input, f } = l;
  const { view, locale } = input;
  l.sectionTitle(t('teamView.principlesTitle'));
  flow.text(t('teamView.principlesIntro'), { size: 8.5, color: COLOR.muted, after: 1.5 });
  drawSpreadLegend(l, MARGIN.left);
  const gap = 8;
  const w = (CONTENT_WIDTH - gap) / 2;
  const chartH = 40;
  for (let i = 0; i < view.principles.length; i += 2) {
    const pair = view.principles.slice(i, i + 2);
    l.doc.setFontSize(9);
    const titleLines = Math.max(
      ...pair.map((p) => (l.doc.splitTextToSize(pick(p.title, locale), w) as string[]).length),
    );
    const titleH = titleLines * flow.lineHeight(9) + flow.lineHeight(7.5) + 1;
    flow.ensure(titleH + chartH + 4);
    const top = flow.y;
    pair.forEach((p, j) => {
      const x = MARGIN.left + j * (w + gap);
      flow.y = top;
      flow.text(pick(p.title, locale), { size: 9, style: 'bold', indent: x - MARGIN.left, width: w });
      const counts = t('teamView.principleCounts', { audits: f.count(p.overall.audits), agreed: f.count(p.agreed) });
      flow.text(counts, { size: 7.5, color: COLOR.muted, indent: x - MARGIN.left, width: w });
      const box = { x, y: top + titleH, w, h: chartH };
      if (p.overall.tooFew) {
        flow.y = box.y + 4;
        flow.text(t('teamView.tooFew', { min: view.minGroup }), { size: 8.5, indent: x - MARGIN.left, width: w });
      } else drawSpreadChart(l, p, view.quarters, box);
    });
    flow.y = top + titleH + chartH + 4;
  }
}

/** The questions in matrix order: pairs, same score, within one, mean difference, kappa and ICC. */
export function renderTeamQuestions(l: TeamLayout): void {
  const { flow, t, input, f } = l;
  const { view, locale } = input;
  l.sectionTitle(t('teamView.questionsTitle'));
  flow.text(t('teamView.questionsIntro'), { size: 8.5, color: COLOR.muted, after: 1 });
  for (const key of ['kappaExplain', 'iccExplain'])
    flow.text(t(`teamView.${key}`), { size: 8.5, color: COLOR.muted, after: 0.5 });
  flow.text(t('teamView.chanceNote', { min: MIN_PAIRS_CHANCE_CORRECTED }), { size: 8.5, color: COLOR.muted, after: 2 });
  const body: RowInput[] = view.questions.map((q) => {
    const head = [pick(q.title, locale), f.count(q.pairs)];
    if (q.tooFew) return [...head, { content: t('teamView.tooFew', { min: view.minGroup }), colSpan: 5 }];
    return [
      ...head,
      f.percent(q.exact),
      f.percent(q.withinOne),
      f.score(q.meanAbsDiff),
      intervalText(t, locale, q.kappa),
      intervalText(t, locale, q.icc),
    ];
  });
  const head = ['colQuestion', 'colPairs', 'colExact', 'colWithinOne', 'colMeanDiff', 'colKappa', 'colIcc'];
  l.table({
    head: [head.map((k) => t(`teamView.${k}`))],
    body,
    styles: { ...l.tableBase.styles, fontSize: 7.5 },
    columnStyles: {
      0: { cellWidth: 'auto' },
      1: { cellWidth: 16 },
      2: { cellWidth: 17 },
      3: { cellWidth: 19 },
      4: { cellWidth: 19 },
    },
  });
  flow.gap(4);
}

/** Totals, the stacked bars per quarter with a key, and the same numbers as a table. */
export function renderTeamActions(l: TeamLayout): void {
  const { flow, t, input, doc } = l;
  const a = input.view.actions;
  l.sectionTitle(t('teamView.actionsTitle'));
  if (a.tooFew) return flow.text(t('teamView.tooFew', { min: input.view.minGroup }), { size: 9.5, after: 3 });
  flow.text(t('teamView.actionsTotals', { total: a.total, ...a.byState }), { size: 9.5, after: 2 });
  let x = MARGIN.left;
  flow.font(7.5, 'normal', COLOR.ink);
  for (const s of STATE_ORDER) {
    statePart(doc, s, { x, y: flow.y, w: 5, h: 3 });
    doc.text(t(`teamView.state_${s}`), x + 6.5, flow.y + 1.5, { baseline: 'middle' });
    x += 10 + doc.getTextWidth(t(`teamView.state_${s}`));
  }
  flow.gap(5);
  flow.ensure(a.perQuarter.length * 6 + 2);
  flow.gap(drawActionsChart(l, a, { x: MARGIN.left, y: flow.y, w: CONTENT_WIDTH * 0.7, h: 0 }) + 3);
  const rows = [
    ...a.perQuarter.map((r) =>
      r.tooFew
        ? [quarterLabel(t, r.quarter), { content: t('teamView.tooFewShort'), colSpan: STATE_ORDER.length + 1 }]
        : [quarterLabel(t, r.quarter), ...STATE_ORDER.map((s) => String(r.byState[s])), String(r.total)],
    ),
    [t('teamView.overall'), ...STATE_ORDER.map((s) => String(a.byState[s])), String(a.total)],
  ];
  l.table({
    head: [[t('teamView.colQuarter'), ...STATE_ORDER.map((s) => t(`teamView.state_${s}`)), t('teamView.colTotal')]],
    body: rows,
    tableWidth: CONTENT_WIDTH * 0.7,
  });
  flow.gap(4);
}

/** The strengths with the number of audits they come back in. */
export function renderTeamStrengths(l: TeamLayout): void {
  const { flow, t, input } = l;
  l.sectionTitle(t('teamView.strengthsTitle'));
  flow.text(t('teamView.strengthsIntro'), { size: 8.5, color: COLOR.muted, after: 2 });
  if (input.view.strengths.length === 0) return flow.text(t('teamView.strengthsNone'), { size: 9.5 });
  l.table({
    body: input.view.strengths.map((s) => [s.text, t('teamView.strengthAudits', { count: s.audits })]),
    columnStyles: { 0: { cellWidth: 'auto' }, 1: { cellWidth: 32 } },
  });
}

/** Footer on every page: what it is and when it was made, and "pagina x van y". */
export function renderTeamFooters({ doc, flow, t, date }: TeamLayout, printedAt: Date): void {
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    const fy = PAGE.height - MARGIN.bottom + 8;
    doc.setDrawColor(...COLOR.line);
    doc.setLineWidth(0.2);
    doc.line(MARGIN.left, fy - 2.5, PAGE.width - MARGIN.right, fy - 2.5);
    flow.font(7.5, 'normal', COLOR.muted);
    doc.text(t('teamView.pdfFooter', { date: date(printedAt) }), MARGIN.left, fy, { baseline: 'top' });
    doc.text(t('teamView.pdfPage', { page, total }), PAGE.width - MARGIN.right, fy, {
      baseline: 'top',
      align: 'right',
    });
  }
}
