/**
 * The A4 "Leren over tijd" report for the team meeting, from the same TeamView the screen shows: page one has the
 * scope, period, number of audits, the caution and the principle charts; then the questions, the action points and
 * the strengths. Drawn with jsPDF vector shapes and jspdf-autotable, with the audit PDF's fonts. No person appears.
 */
import type { ReportFonts } from './pdf/document';
import { createTeamLayout, type TeamPdfInput } from './team/layout';
import {
  renderTeamActions,
  renderTeamFooters,
  renderTeamHeader,
  renderTeamPrinciples,
  renderTeamQuestions,
  renderTeamStrengths,
} from './team/sections';

export type { TeamPdfInput } from './team/layout';

export function renderTeamPdf(input: TeamPdfInput, fonts: ReportFonts, printedAt: Date): Uint8Array<ArrayBuffer> {
  const layout = createTeamLayout(input, fonts, printedAt);
  renderTeamHeader(layout);
  if (!input.view.tooFew) {
    renderTeamPrinciples(layout);
    layout.flow.newPage();
    renderTeamQuestions(layout);
    renderTeamActions(layout);
    renderTeamStrengths(layout);
  }
  renderTeamFooters(layout, printedAt);
  return new Uint8Array(layout.doc.output('arraybuffer'));
}

/** `leren-over-tijd-<from>-<to>.pdf`. */
export function teamPdfFileName(from: string, to: string): string {
  const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : 'undated');
  return `leren-over-tijd-${day(from)}-${day(to)}.pdf`;
}
