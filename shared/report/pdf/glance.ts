/** Page one's overview: the dot chart of both raters' means, the principle table and the three-column summary. */
import type { CellHookData } from 'jspdf-autotable';
import { NOTE_COLUMNS, type NoteColumn } from '../../domain/conversation';
import type { Rater } from '../../domain/model';
import { COLOR, CONTENT_WIDTH, LINE_HEIGHT, MARGIN, marker, PAGE, type ReportLayout } from './layout';

/** One principle (or the overall scale) as the chart and the table show it. */
interface GlanceRow {
  title: string;
  means: Record<Rater, number | null>;
  difference: number | null;
  agreed: number | null;
}

function glanceRows({ model, t }: ReportLayout): GlanceRow[] {
  return [
    ...model.principles.map((p) => ({
      title: `${p.number}. ${p.title}`,
      means: p.means,
      difference: p.difference,
      agreed: p.agreed,
    })),
    {
      title: `${model.overall.number}. ${t('report.overallTitle')}`,
      means: { consultant: model.overall.ratings.consultant.score, reviewer: model.overall.ratings.reviewer.score },
      difference: model.overall.difference,
      agreed: null,
    },
  ];
}

const LABEL_SIZE = 7.8;

/** Where the chart sits on the page: the label column on the left, the plot area to its right. */
interface ChartFrame {
  rows: GlanceRow[];
  top: number;
  plotLeft: number;
  /** Each row's label lines (all of them: a long title wraps, never cut) and the row's height. */
  labels: string[][];
  heights: number[];
  plotHeight: number;
  xOf: (v: number) => number;
}

/** Axis labels and light vertical grid lines. */
function chartGrid({ model, doc, flow }: ReportLayout, { top, plotHeight, xOf }: ChartFrame): void {
  const span = model.scale.max - model.scale.min;
  flow.font(7.5, 'normal', COLOR.muted);
  for (let v = model.scale.min; v <= model.scale.max; v += span > 20 ? 10 : 1) {
    doc.setDrawColor(226, 221, 212);
    doc.setLineWidth(v === model.scale.min || v === model.scale.max ? 0.3 : 0.15);
    doc.line(xOf(v), top + 5, xOf(v), top + 5 + plotHeight);
    doc.text(String(v), xOf(v), top + 1, { baseline: 'top', align: 'center' });
  }
}

/** Per row: a zebra band, the label (every line of it), a line between the two means and their markers. */
function chartRows({ doc, flow, t }: ReportLayout, frame: ChartFrame): void {
  const { top, heights, labels, plotLeft, xOf } = frame;
  let rowTop = top + 5;
  frame.rows.forEach((row, i) => {
    const rowHeight = heights[i]!;
    const label = labels[i]!;
    const cy = rowTop + rowHeight / 2;
    rowTop += rowHeight;
    if (i % 2 === 0) {
      doc.setFillColor(...COLOR.panel);
      doc.rect(MARGIN.left, cy - rowHeight / 2, CONTENT_WIDTH, rowHeight, 'F');
    }
    flow.font(LABEL_SIZE, 'normal', COLOR.ink);
    doc.text(label, MARGIN.left + 1, cy - (label.length * flow.lineHeight(LABEL_SIZE)) / 2, {
      baseline: 'top',
      lineHeightFactor: LINE_HEIGHT,
    });
    const { consultant: a, reviewer: b } = row.means;
    if (a !== null && b !== null && a !== b) {
      doc.setDrawColor(...COLOR.muted);
      doc.setLineWidth(0.4);
      doc.line(xOf(a), cy, xOf(b), cy);
    }
    if (b !== null) marker(doc, 'reviewer', xOf(b), cy, 1.9);
    if (a !== null) marker(doc, 'consultant', xOf(a), cy, a === b ? 1.1 : 1.7);
    if (a === null && b === null) {
      flow.font(7.5, 'normal', COLOR.muted);
      doc.text(t('report.chartNoScore'), plotLeft, cy, { baseline: 'middle' });
    }
  });
}

/** The legend's texts, each wrapped to the content width (never cut), and whether both fit side by side. */
function legendLines({ model, doc, flow, t, roleLabel }: ReportLayout) {
  flow.font(8, 'normal', COLOR.ink);
  const legends = (['consultant', 'reviewer'] as const).map((r) => {
    const label = t('report.legend', { name: model.people[r].name, rater: roleLabel(r) });
    return { r, label, lines: doc.splitTextToSize(label, CONTENT_WIDTH - 8) as string[] };
  });
  const oneLine = legends.reduce((w, l) => w + doc.getTextWidth(l.label) + 14, 0) <= CONTENT_WIDTH;
  const lh = flow.lineHeight(8);
  // Height beyond the single legend line the chart reserves by default.
  const extra = oneLine ? 0 : legends.reduce((h, l) => h + (l.lines.length - 1) * lh, (legends.length - 1) * 4.5);
  return { legends, oneLine, lh, extra };
}

/** Legend: shape plus name, so the chart reads without colour. Side by side when both fit, else stacked. */
function chartLegend(
  { doc, flow }: ReportLayout,
  { top, plotHeight }: ChartFrame,
  { legends, oneLine, lh }: ReturnType<typeof legendLines>,
): void {
  let lx = MARGIN.left + 1;
  let ly = top + 5 + plotHeight + 4;
  for (const { r, label, lines } of legends) {
    marker(doc, r, lx + 1.6, ly, 1.5);
    flow.font(8, 'normal', COLOR.ink);
    doc.text(lines, lx + 5, ly, { baseline: 'middle', lineHeightFactor: LINE_HEIGHT });
    if (oneLine) lx += doc.getTextWidth(label) + 14;
    else ly += 4.5 + (lines.length - 1) * lh;
  }
}

function chart(layout: ReportLayout, rows: GlanceRow[]): void {
  const { model, flow, t } = layout;
  flow.text(t('report.chartTitle', { min: model.scale.min, max: model.scale.max }), {
    size: 9,
    style: 'bold',
    after: 1,
  });
  const labelWidth = 64;
  const plotLeft = MARGIN.left + labelWidth + 4;
  const plotRight = PAGE.width - MARGIN.right - 4;
  layout.flow.font(LABEL_SIZE, 'normal');
  const labels = rows.map((r) => layout.doc.splitTextToSize(r.title, labelWidth) as string[]);
  const heights = labels.map((l) => Math.max(8.2, l.length * flow.lineHeight(LABEL_SIZE) + 2));
  const plotHeight = heights.reduce((sum, h) => sum + h, 0);
  const legend = legendLines(layout);
  const chartHeight = plotHeight + 5 + 8;
  flow.ensure(chartHeight + legend.extra);
  const top = flow.y;
  const span = model.scale.max - model.scale.min;
  const xOf = (v: number) => plotLeft + ((v - model.scale.min) / span) * (plotRight - plotLeft);
  const frame: ChartFrame = { rows, top, plotLeft, labels, heights, plotHeight, xOf };

  chartGrid(layout, frame);
  chartRows(layout, frame);
  chartLegend(layout, frame, legend);
  flow.y = top + chartHeight + legend.extra;
  flow.text(t('report.chartNote'), { size: 7.5, color: COLOR.muted, after: 2 });
}

function principleTable({ t, num, roleHeadLabel, table, tableBase, flow }: ReportLayout, rows: GlanceRow[]): void {
  table({
    head: [
      [
        t('report.tablePrinciple'),
        t('report.tableAgreed'),
        roleHeadLabel('consultant'),
        roleHeadLabel('reviewer'),
        t('report.tableDifference'),
      ],
    ],
    body: rows.map((r) => [r.title, num(r.agreed), num(r.means.consultant), num(r.means.reviewer), num(r.difference)]),
    columnStyles: {
      0: { cellWidth: 'auto' },
      // The second role's column fits "verantwoordelijke" in the head (8 pt bold: 29 mm plus padding).
      1: { cellWidth: 25, halign: 'center' },
      2: { cellWidth: 23, halign: 'center' },
      3: { cellWidth: 33, halign: 'center' },
      4: { cellWidth: 24, halign: 'center' },
    },
    styles: { ...tableBase.styles, cellPadding: { top: 1.1, bottom: 1.1, left: 2, right: 2 } },
    headStyles: { ...tableBase.headStyles, fontSize: 8, halign: 'center', valign: 'middle' },
    didParseCell: (d: CellHookData) => {
      if (d.section === 'head' && d.column.index === 0) d.cell.styles.halign = 'left';
      // The score agreed together leads; the two perspectives are its context.
      if (d.section === 'body' && d.column.index === 1) d.cell.styles.fontStyle = 'bold';
    },
  });
  flow.gap(3);
}

/** The three columns (strengths, worries, next steps) of the audit as a whole. */
export function renderSummary({ model, t, table, tableBase, sectionTitle }: ReportLayout): void {
  sectionTitle(t('report.summaryTitle'));
  table({
    head: [NOTE_COLUMNS.map((c) => t(`conversation.columns.${c}`))],
    body: [NOTE_COLUMNS.map((c) => model.summary[c] || t('report.nothingNoted'))],
    styles: { ...tableBase.styles, fontSize: 8.5, cellPadding: 2.2 },
    columnStyles: {
      0: { cellWidth: CONTENT_WIDTH / 3 },
      1: { cellWidth: CONTENT_WIDTH / 3 },
      2: { cellWidth: CONTENT_WIDTH / 3 },
    },
    didParseCell: (d: CellHookData) => {
      const column = NOTE_COLUMNS[d.column.index] as NoteColumn;
      if (d.section === 'body' && !model.summary[column]) d.cell.styles.textColor = COLOR.muted;
    },
  });
}

/** Page one, after the conversation and the action points: the scores per principle, the agreed one first. */
export function renderScores(layout: ReportLayout): void {
  layout.sectionTitle(layout.t('report.atAGlance'));
  principleTable(layout, glanceRows(layout));
}

/** Opens the detail pages: both perspectives side by side in a chart, before the principles one by one. */
export function renderPerspectives(layout: ReportLayout): void {
  if (layout.doc.getNumberOfPages() === 1) layout.flow.newPage();
  layout.sectionTitle(layout.t('report.perspectivesTitle'));
  chart(layout, glanceRows(layout));
}
