/**
 * The layout context of the "Leren over tijd" PDF: the A4 document with the report fonts, the text flow, the table
 * helper and section titles of the audit PDF (shared/report/pdf/), for a team view instead of one audit. Every text
 * from the data file (matrix and principle names, region, team, strengths) goes through the same printable rules
 * as the audit PDF: emoji with the emoji font, invisible characters as a visible marker.
 */
import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import type { TFunction } from 'i18next';
import type { TeamView } from '../../domain/teamView';
import type { Locale } from '../../domain/template';
import { teamFormat } from '../../i18n/teamView';
import { translate } from '../../i18n/translate';
import { createA4Document, FONT_FAMILY, type ReportFonts } from '../pdf/document';
import { COLOR, Flow, MARGIN, printableValue } from '../pdf/layout';

export interface TeamPdfInput {
  view: TeamView;
  locale: Locale;
  /** The matrix's name as the options give it (the view carries only its slug). */
  matrixName: string;
}

export interface TeamLayout {
  readonly input: TeamPdfInput;
  readonly doc: jsPDF;
  readonly flow: Flow;
  readonly t: TFunction;
  readonly f: ReturnType<typeof teamFormat>;
  date(iso: string | Date): string;
  table(options: UserOptions): void;
  tableBase: Partial<UserOptions>;
  sectionTitle(text: string): void;
}

export function createTeamLayout(stored: TeamPdfInput, fonts: ReportFonts, printedAt: Date): TeamLayout {
  const t = translate(stored.locale);
  const tag = stored.locale === 'en' ? 'en-GB' : 'nl-BE';
  const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = (iso: string | Date): string => {
    const d = typeof iso === 'string' ? new Date(`${iso}T12:00:00Z`) : iso;
    return Number.isNaN(d.getTime()) ? String(iso) : dateFormat.format(d);
  };
  const doc = createA4Document(fonts);
  const input = printableValue(doc, stored, fonts.emoji);
  doc.setProperties({ title: t('teamView.pdfTitle'), subject: t('teamView.title'), creator: t('app.name') });
  doc.setLanguage(tag === 'en-GB' ? 'en-GB' : 'nl-BE');
  doc.setCreationDate(printedAt);
  const flow = new Flow(doc);
  const tableBase: Partial<UserOptions> = {
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top + 6, bottom: MARGIN.bottom },
    theme: 'grid',
    rowPageBreak: 'avoid',
    styles: {
      font: FONT_FAMILY,
      fontSize: 8.5,
      textColor: COLOR.ink,
      lineColor: COLOR.line,
      lineWidth: 0.2,
      cellPadding: { top: 1.4, bottom: 1.4, left: 1.8, right: 1.8 },
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { font: FONT_FAMILY, fontStyle: 'bold', fillColor: COLOR.soft, textColor: COLOR.ink },
  };
  const table = (options: UserOptions) => {
    autoTable(doc, { ...tableBase, ...options, startY: flow.y });
    const last = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
    flow.y = last?.finalY ?? flow.y;
    if (doc.getCurrentPageInfo().pageNumber !== doc.getNumberOfPages()) doc.setPage(doc.getNumberOfPages());
  };
  const sectionTitle = (text: string) => {
    flow.ensure(flow.lineHeight(13) + 30);
    flow.gap(2);
    flow.text(text, { size: 13, style: 'bold', color: COLOR.primary, after: 1 });
    flow.rule(COLOR.primary, 0.35);
    flow.gap(3);
  };
  return { input, doc, flow, t, f: teamFormat(stored.locale), date, table, tableBase, sectionTitle };
}
