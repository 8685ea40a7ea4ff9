/**
 * "PDF voor het teamoverleg maken": the A4 "Leren over tijd" report of the view on screen, saved through the desktop's
 * save dialog or, in the browser, downloaded. The PDF code and fonts load only on the first click.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../../shared/domain/teamView';
import { pick } from '../../../shared/domain/template';
import { savePdfBytes } from '../../lib/pdfOut';
import { loadReportFonts } from '../../lib/reportFonts';

type State = { name: 'idle' | 'busy' | 'cancelled' | 'failed' } | { name: 'done'; file: string };

export function TeamPdfButton({ view, matrixName }: { view: TeamView; matrixName: { nl: string; en: string } | null }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ name: 'idle' });
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const make = async () => {
    setState({ name: 'busy' });
    try {
      const [{ renderTeamPdf, teamPdfFileName }, { mightNeedEmojiFont }] = await Promise.all([
        import('../../../shared/report/teamPdf'),
        import('../../../shared/report/pdf/printable'),
      ]);
      const name = matrixName ? pick(matrixName, locale) : view.scope.matrix;
      const fonts = await loadReportFonts(mightNeedEmojiFont(JSON.stringify(view) + name));
      const bytes = renderTeamPdf({ view, locale, matrixName: name }, fonts, new Date());
      const result = await savePdfBytes(bytes, teamPdfFileName(view.scope.from, view.scope.to));
      setState(result.saved ? { name: 'done', file: result.name } : { name: 'cancelled' });
    } catch {
      setState({ name: 'failed' });
    }
  };
  return (
    <section className="team-section" aria-labelledby="team-pdf-title">
      <h2 id="team-pdf-title">{t('teamView.pdfTitle')}</h2>
      <p className="muted">{t('teamView.pdfHelp')}</p>
      <p>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void make()}
          disabled={state.name === 'busy'}
          aria-describedby="team-pdf-status"
        >
          {t('teamView.pdfButton')}
        </button>
      </p>
      <p id="team-pdf-status" role="status" className="small">
        {state.name === 'busy' && t('teamView.pdfBusy')}
        {state.name === 'done' && t('teamView.pdfDone', { file: state.file })}
        {state.name === 'cancelled' && t('teamView.pdfCancelled')}
      </p>
      {state.name === 'failed' && (
        <div className="banner banner--error" role="alert">
          {t('teamView.pdfFailed')}
        </div>
      )}
    </section>
  );
}
