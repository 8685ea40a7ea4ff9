/**
 * Lays a report model out as an A4 PDF with jsPDF and jspdf-autotable: the one function that makes the
 * summary's bytes, in the renderer, the demo script, the tests and the benchmark alike. Page one is the record of
 * the conversation (the three columns, the action points, the scores with the agreed one first); the two
 * perspectives' chart and the principles one by one follow (ADR 0007).
 * The sections live in ./pdf/, sharing one layout context per render.
 */
import type { ReportModel } from './reportModel';
import { renderActions } from './pdf/actions';
import type { ReportFonts, RenderOptions } from './pdf/document';
import { renderPageFurniture } from './pdf/furniture';
import { renderPerspectives, renderScores, renderSummary } from './pdf/glance';
import { renderHeader, writeActionsPointer } from './pdf/header';
import { createReportLayout } from './pdf/layout';
import { renderPrinciples } from './pdf/principles';
import { renderSignOff } from './pdf/signOff';

export { createA4Document, FONT_FAMILY } from './pdf/document';
export type { FontData, ReportFonts, RenderOptions } from './pdf/document';
export { mightNeedEmojiFont } from './pdf/printable';

export function renderReportPdf(
  model: ReportModel,
  fonts: ReportFonts,
  options: RenderOptions,
): Uint8Array<ArrayBuffer> {
  const layout = createReportLayout(model, fonts, options);
  // Page one is the record of the conversation: what was seen together, what was agreed, then the scores.
  const pointer = renderHeader(layout);
  renderSummary(layout);
  writeActionsPointer(layout, pointer, renderActions(layout));
  renderScores(layout);
  renderPerspectives(layout);
  renderPrinciples(layout);
  renderSignOff(layout);
  renderPageFurniture(layout, options.printedAt);
  return new Uint8Array(layout.doc.output('arraybuffer'));
}

/** `casusaudit-<dossiercode>-<yyyy-mm-dd>.pdf` (the audit's date), with the code made safe for any file system. */
export function reportFileName(dossierCode: string, auditDate: string): string {
  const code = dossierCode.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'dossier';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(auditDate) ? auditDate : 'undated';
  return `casusaudit-${code}-${day}.pdf`;
}
