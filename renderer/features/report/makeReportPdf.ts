/** The PDF summary of a revealed audit, made in the renderer with the shared model and renderer. */
import type { AuditDetail } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { loadReportFonts } from '../../lib/reportFonts';

export async function makeReportPdf(
  audit: AuditDetail,
  language: string,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
  // The PDF code (jsPDF, fonts) loads only now, in its own chunks.
  const [template, revealed, { buildReportModel }, { renderReportPdf, reportFileName, mightNeedEmojiFont }] =
    await Promise.all([
      call('getTemplate', { id: audit.template.id }),
      call('getRevealed', { auditId: audit.id }),
      import('../../../shared/report/reportModel'),
      import('../../../shared/report/pdf'),
    ]);
  const locale = language === 'en' ? 'en' : 'nl';
  const model = buildReportModel({ audit, template: template.content, revealed, locale });
  // The emoji font (~0.8 MB) loads only when some text may need it.
  const fonts = await loadReportFonts(mightNeedEmojiFont(JSON.stringify(model)));
  const bytes = renderReportPdf(model, fonts, { printedAt: new Date() });
  return { bytes, fileName: reportFileName(audit.caseFile.dossierCode, audit.auditDate) };
}
