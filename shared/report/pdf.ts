/**
 * Lays a report model out as an A4 PDF with jsPDF and jspdf-autotable: the one function that makes the
 * summary's bytes, in the renderer, the demo script, the tests and the benchmark alike. Page one is the
 * overview (chart, table, the three-column summary); the conversation follows as running text.
 * The sections live in ./pdf/, sharing one layout context per render.
 */
import type { ReportModel } from './reportModel';
import { renderActions } from './pdf/actions';
import type { ReportFonts, RenderOptions } from './pdf/document';
import { renderPageFurniture } from './pdf/furniture';
import { renderAtAGlance } from './pdf/glance';
import { renderHeader } from './pdf/header';
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
  renderHeader(layout);
  renderAtAGlance(layout);
  renderPrinciples(layout);
  renderActions(layout);
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
