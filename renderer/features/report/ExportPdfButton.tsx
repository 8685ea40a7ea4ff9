/**
 * Makes the PDF summary of a revealed audit with the shared renderer and hands the bytes on: to the desktop
 * app's save dialog when it offers one, otherwise as a browser download. Marked concept until signed off.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../shared/domain/model';
import { ApiCallError, call, desktopVerb } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { downloadBytes } from '../../lib/download';
import { loadReportFonts } from './fonts';

type State =
  | { name: 'idle' }
  | { name: 'busy' }
  | { name: 'done'; fileName: string }
  | { name: 'cancelled' }
  | { name: 'failed'; error: unknown };

export function ExportPdfButton({ audit }: { audit: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ name: 'idle' });
  const concept = audit.status !== 'completed';

  const exportPdf = async () => {
    setState({ name: 'busy' });
    try {
      // The PDF code (jsPDF, fonts) loads only now, in its own chunks.
      const [template, revealed, { buildReportModel }, { renderReportPdf, reportFileName, mightNeedEmojiFont }] =
        await Promise.all([
          call('getTemplate', { id: audit.template.id }),
          call('getRevealed', { auditId: audit.id }),
          import('../../../shared/report/reportModel'),
          import('../../../shared/report/pdf'),
        ]);
      const locale = i18n.language === 'en' ? 'en' : 'nl';
      const model = buildReportModel({ audit, template: template.content, revealed, locale });
      const fonts = await loadReportFonts(mightNeedEmojiFont(JSON.stringify(model)));
      const bytes = renderReportPdf(model, fonts, { printedAt: new Date() });
      const fileName = reportFileName(audit.caseFile.dossierCode, audit.auditDate);
      const save = desktopVerb('savePdf');
      if (save) {
        const result = await save(bytes, fileName);
        setState(result.saved ? { name: 'done', fileName: result.path ?? fileName } : { name: 'cancelled' });
      } else {
        downloadBytes(bytes, fileName, 'application/pdf');
        setState({ name: 'done', fileName });
      }
    } catch (error) {
      setState({ name: 'failed', error });
    }
  };

  return (
    <section className="report-export" aria-labelledby="report-export-title">
      <h2 id="report-export-title">{t('report.exportTitle')}</h2>
      <p className="muted">
        {t('report.exportHelp')} {concept && t('report.exportConceptHelp')}
      </p>
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => void exportPdf()}
        disabled={state.name === 'busy'}
        aria-describedby="report-export-status"
      >
        {concept ? t('report.exportConcept') : t('report.export')}
      </button>
      <p id="report-export-status" role="status" className="small">
        {state.name === 'busy' && t('report.exportBusy')}
        {state.name === 'done' && t('report.exportDone', { file: state.fileName })}
        {state.name === 'cancelled' && t('report.exportCancelled')}
      </p>
      {state.name === 'failed' &&
        (state.error instanceof ApiCallError ? (
          <ErrorBanner error={state.error} />
        ) : (
          <div className="banner banner--error" role="alert">
            {t('report.exportFailed')}
          </div>
        ))}
    </section>
  );
}
