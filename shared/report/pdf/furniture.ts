/** What every page carries once the content is laid out: the running header, the concept watermark and the footer. */
import { GState } from 'jspdf';
import { COLOR, MARGIN, PAGE, type ReportLayout } from './layout';

function conceptWatermark({ doc, flow, t }: ReportLayout): void {
  const watermark = t('report.concept');
  // jsPDF ignores `align` for rotated text, so centre the diagonal by hand.
  doc.setGState(new GState({ opacity: 0.07 }));
  flow.font(84, 'bold', COLOR.ink);
  const w = doc.getTextWidth(watermark);
  const angle = (35 * Math.PI) / 180;
  const x = PAGE.width / 2 - (w / 2) * Math.cos(angle) + 12 * Math.sin(angle);
  const y = PAGE.height / 2 + (w / 2) * Math.sin(angle) + 12 * Math.cos(angle);
  doc.text(watermark, x, y, { angle: 35 });
  doc.setGState(new GState({ opacity: 1 }));
}

/** From page two on: app name and dossier code, CONCEPT on the right while not final, a rule below. */
function runningHeader({ model, doc, flow, t }: ReportLayout): void {
  flow.font(8, 'normal', COLOR.muted);
  doc.text(`${t('app.name')} · ${t('report.dossier')} ${model.caseFile.dossierCode}`, MARGIN.left, MARGIN.top - 6, {
    baseline: 'top',
  });
  if (!model.final) {
    flow.font(8, 'bold', COLOR.reviewer);
    doc.text(t('report.concept'), PAGE.width - MARGIN.right, MARGIN.top - 6, { baseline: 'top', align: 'right' });
  }
  doc.setDrawColor(...COLOR.line);
  doc.setLineWidth(0.2);
  doc.line(MARGIN.left, MARGIN.top - 1.5, PAGE.width - MARGIN.right, MARGIN.top - 1.5);
}

/**
 * "Confidential" and the print date on the left, the check code (fingerprint) in the room between, "page x of y"
 * on the right, below a rule.
 */
function footer({ model, doc, flow, t, date }: ReportLayout, printedAt: Date, page: number, total: number): void {
  const fy = PAGE.height - MARGIN.bottom + 8;
  const right = PAGE.width - MARGIN.right;
  doc.setDrawColor(...COLOR.line);
  doc.setLineWidth(0.2);
  doc.line(MARGIN.left, fy - 2.5, right, fy - 2.5);
  flow.font(7.5, 'bold', COLOR.ink);
  const confidential = `${t('report.confidential')} · `;
  doc.text(confidential, MARGIN.left, fy, { baseline: 'top' });
  const printedX = MARGIN.left + doc.getTextWidth(confidential);
  flow.font(7.5, 'normal', COLOR.muted);
  const printed = t('report.footerPrinted', { date: date(printedAt) });
  doc.text(printed, printedX, fy, { baseline: 'top' });
  const pageText = t('report.footerPage', { page, total });
  doc.text(pageText, right, fy, { baseline: 'top', align: 'right' });
  // Centred between the two ends with some air, a little smaller if a long date or page count leaves less room.
  const from = printedX + doc.getTextWidth(printed) + 3;
  const to = right - doc.getTextWidth(pageText) - 3;
  const check = t('report.footerFingerprint', { hash: model.fingerprint });
  for (let size = 7.5; size > 5.5 && doc.getTextWidth(check) > to - from; size -= 0.25) flow.font(size, 'normal');
  flow.font(doc.getFontSize(), 'normal', COLOR.muted);
  doc.text(check, (from + to) / 2, fy, { baseline: 'top', align: 'center' });
}

/** On every page: running header, concept mark, footer. Runs last, when the page count is known. */
export function renderPageFurniture(layout: ReportLayout, printedAt: Date): void {
  const { model, doc } = layout;
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    if (!model.final) conceptWatermark(layout);
    if (page > 1) runningHeader(layout);
    footer(layout, printedAt, page, total);
  }
}
