/** The top of page one: app name and title, the facts table (case file, people, matrix) and the status line. */
import type { RowInput } from 'jspdf-autotable';
import type { Rater } from '../../domain/model';
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, type ReportLayout } from './layout';

function titleBlock({ model, doc, flow, t }: ReportLayout): void {
  flow.font(9, 'bold', COLOR.primary);
  doc.text(t('app.name').toUpperCase(), MARGIN.left, flow.y, { baseline: 'top', charSpace: 0.4 });
  if (!model.final) {
    flow.font(9, 'bold', COLOR.reviewer);
    doc.text(t('report.concept'), PAGE.width - MARGIN.right, flow.y, { baseline: 'top', align: 'right' });
  }
  flow.gap(5.5);
  flow.text(t('report.title'), { size: 18, style: 'bold', after: 0.3 });
  flow.text(t('report.subtitle', { code: model.caseFile.dossierCode }), { size: 11, color: COLOR.muted, after: 2.5 });
}

/** Facts in two label/value pairs per row; each participant under their role in this audit. */
function factRows({ model, t, date, roleHeadLabel }: ReportLayout): RowInput[] {
  const person = (r: Rater) => model.people[r].name;
  const facts: [string, string][] = [
    [t('report.service'), t(`services.${model.caseFile.service}`)],
    [t('report.auditDate'), date(model.auditDate)],
  ];
  if (model.caseFile.region) facts.push([t('report.region'), model.caseFile.region]);
  if (model.caseFile.mainTheme) facts.push([t('report.mainTheme'), t(`themes.${model.caseFile.mainTheme}`)]);
  if (facts.length % 2 === 1) facts.push(['', '']);
  facts.push([roleHeadLabel('consultant'), person('consultant')], [roleHeadLabel('reviewer'), person('reviewer')]);
  const rows: RowInput[] = [];
  for (let i = 0; i < facts.length; i += 2) rows.push([...facts[i]!, ...facts[i + 1]!]);
  rows.push([
    t('report.matrix'),
    { content: t('report.matrixVersion', { name: model.matrix.name, version: model.matrix.version }), colSpan: 3 },
  ]);
  return rows;
}

function factsTable(layout: ReportLayout): void {
  const labelStyle = { cellWidth: 24, fontStyle: 'bold' as const, textColor: COLOR.muted };
  layout.table({
    theme: 'plain',
    body: factRows(layout),
    styles: {
      ...layout.tableBase.styles,
      fontSize: 9,
      lineWidth: 0,
      cellPadding: { top: 0.7, bottom: 0.7, left: 0, right: 2 },
    },
    columnStyles: {
      0: labelStyle,
      1: { cellWidth: 62 },
      2: { ...labelStyle, cellWidth: 38 },
      3: { cellWidth: 'auto' },
    },
  });
  layout.flow.gap(1.5);
}

/** Where page one says where the action points are; written once they are laid out (`writeActionsPointer`). */
export interface ActionsPointer {
  y: number;
}

/**
 * Status line: a concept says so plainly; a finished audit says it is signed. One more line is kept free for where
 * the action points are, so page one always leads to them.
 */
function statusLine({ model, doc, flow, t }: ReportLayout): ActionsPointer {
  const note = model.final ? t('report.finalNote') : t('report.conceptNote');
  flow.font(8.5, 'normal');
  const lines = doc.splitTextToSize(note, CONTENT_WIDTH - 6) as string[];
  const h = (lines.length + 1) * flow.lineHeight(8.5) + 2.6;
  doc.setFillColor(...(model.final ? COLOR.soft : COLOR.panel));
  doc.setDrawColor(...(model.final ? COLOR.primary : COLOR.reviewer));
  doc.setLineWidth(0.3);
  doc.rect(MARGIN.left, flow.y, CONTENT_WIDTH, h, 'FD');
  flow.y += 1.3;
  flow.text(note, { size: 8.5, indent: 3, width: CONTENT_WIDTH - 6, color: COLOR.ink });
  const pointer = { y: flow.y };
  flow.y += flow.lineHeight(8.5) + 1.3;
  flow.gap(1);
  return pointer;
}

export function renderHeader(layout: ReportLayout): ActionsPointer {
  titleBlock(layout);
  factsTable(layout);
  return statusLine(layout);
}

/** Fills in page one's line about the action points: how many, and on which page they start. */
export function writeActionsPointer({ model, doc, flow, t }: ReportLayout, at: ActionsPointer, page: number): void {
  const count = model.actions.length;
  const text =
    count === 0
      ? t('report.actionsPointerNone')
      : page === 1
        ? t('report.actionsPointerHere', { count })
        : t('report.actionsPointerPage', { count, page });
  const current = doc.getCurrentPageInfo().pageNumber;
  doc.setPage(1);
  flow.font(8.5, 'bold', COLOR.ink);
  doc.text(text, MARGIN.left + 3, at.y, { baseline: 'top' });
  doc.setPage(current);
}
