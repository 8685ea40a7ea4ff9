/**
 * Makes the PDF summary of a revealed audit and hands it on: "PDF-samenvatting maken" saves it (the desktop app's
 * save dialog, else a browser download); "Afdrukken" prints it (the desktop's print dialog through the main
 * process, else the browser's print dialog on a hidden frame). Marked concept until signed off. What the status
 * line says about a PDF holds only for the audit as it was then: it goes once the audit changes (reopened, a note,
 * an action, a signature …).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../shared/domain/model';
import type { Operation } from '../../../shared/api/contract';
import { ApiCallError, onCallSucceeded } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { printPdfBytes, savePdfBytes } from '../../lib/pdfOut';
import { makeReportPdf } from './makeReportPdf';

type State =
  | { name: 'idle' }
  | { name: 'busy' | 'printBusy' }
  | { name: 'done'; fileName: string }
  | { name: 'cancelled' | 'printOpened' | 'printDone' | 'printCancelled' }
  | { name: 'failed' | 'printFailed'; error: unknown };

/** Calls that change what the PDF prints. */
const CONTENT_CHANGES = new Set<Operation>([
  'saveNote',
  'saveAgreedScore',
  'addAction',
  'updateAction',
  'deleteAction',
  'signOff',
  'reopenAudit',
  'restoreBackup',
]);

/** The state together with the version of the audit it is about; another version shows nothing. */
function useAuditState(audit: AuditDetail) {
  const [changes, setChanges] = useState(0);
  useEffect(() => onCallSucceeded((op) => CONTENT_CHANGES.has(op) && setChanges((n) => n + 1)), []);
  const version = `${audit.id}|${audit.status}|${audit.updatedAt}|${changes}`;
  const [current, setCurrent] = useState<{ version: string; state: State }>({ version, state: { name: 'idle' } });
  const state: State = current.version === version ? current.state : { name: 'idle' };
  // A change during the export belongs to the version after it: the outcome is stamped when the export began.
  const setter = (started: string) => (next: State) => setCurrent({ version: started, state: next });
  return { state, version, setter };
}

export function ExportPdfButton({ audit }: { audit: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const { state, version, setter } = useAuditState(audit);
  const concept = audit.status !== 'completed';
  const busy = state.name === 'busy' || state.name === 'printBusy';

  const exportPdf = async () => {
    const set = setter(version);
    set({ name: 'busy' });
    try {
      const { bytes, fileName } = await makeReportPdf(audit, i18n.language);
      const result = await savePdfBytes(bytes, fileName);
      set(result.saved ? { name: 'done', fileName: result.name } : { name: 'cancelled' });
    } catch (error) {
      set({ name: 'failed', error });
    }
  };

  const printPdf = async () => {
    const set = setter(version);
    set({ name: 'printBusy' });
    try {
      const { bytes } = await makeReportPdf(audit, i18n.language);
      const printed = await printPdfBytes(bytes);
      set({ name: printed === 'printed' ? 'printDone' : printed === 'cancelled' ? 'printCancelled' : 'printOpened' });
    } catch (error) {
      set({ name: 'printFailed', error });
    }
  };

  return (
    <section className="report-export" aria-labelledby="report-export-title">
      <h2 id="report-export-title">{t('report.exportTitle')}</h2>
      <p className="muted">
        {t('report.exportHelp')} {concept && t('report.exportConceptHelp')}
      </p>
      <p className="report-export__buttons">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void exportPdf()}
          disabled={busy}
          aria-describedby="report-export-status"
        >
          {concept ? t('report.exportConcept') : t('report.export')}
        </button>{' '}
        <button
          type="button"
          className="btn"
          onClick={() => void printPdf()}
          disabled={busy}
          aria-describedby="report-export-status"
        >
          {t('report.print')}
        </button>
      </p>
      <ExportStatus state={state} />
    </section>
  );
}

function ExportStatus({ state }: { state: State }) {
  const { t } = useTranslation();
  const messages: Partial<Record<State['name'], string>> = {
    busy: t('report.exportBusy'),
    cancelled: t('report.exportCancelled'),
    printBusy: t('report.printBusy'),
    printOpened: t('report.printOpened'),
    printDone: t('report.printDone'),
    printCancelled: t('report.printCancelled'),
  };
  const failed = state.name === 'failed' || state.name === 'printFailed' ? state.error : null;
  return (
    <>
      <p id="report-export-status" role="status" className="small">
        {state.name === 'done' ? t('report.exportDone', { file: state.fileName }) : (messages[state.name] ?? '')}
      </p>
      {failed !== null &&
        (failed instanceof ApiCallError ? (
          <ErrorBanner error={failed} />
        ) : (
          <div className="banner banner--error" role="alert">
            {state.name === 'printFailed' ? t('report.printFailed') : t('report.exportFailed')}
          </div>
        ))}
    </>
  );
}
