/** Page geometry, colours, the text `Flow`, the rater `marker` and the `ReportLayout` all sections share. */
import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import type { TFunction } from 'i18next';
import type { Rater } from '../../domain/model';
import { translate } from '../../i18n/translate';
import type { ReportModel } from '../reportModel';
import { createA4Document, FONT_FAMILY, fontFile, type ReportFonts, type RenderOptions } from './document';
import { roleHead, roleName, roleTitle } from '../../i18n/roles';
import { installEmojiFont, mainFontCoverage } from './emojiFont';
import { needsEmojiFont, printableText } from './printable';

// Geometry in millimetres (A4 portrait).
export const PAGE = { width: 210, height: 297 };
export const MARGIN = { left: 18, right: 18, top: 20, bottom: 22 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const PT = 25.4 / 72; // one typographic point in mm

export type Rgb = [number, number, number];
export const COLOR: Record<'ink' | 'muted' | 'line' | 'primary' | 'soft' | 'consultant' | 'reviewer' | 'panel', Rgb> = {
  ink: [29, 42, 48],
  muted: [79, 93, 99],
  line: [200, 192, 180],
  primary: [21, 94, 99],
  soft: [227, 240, 239],
  consultant: [21, 94, 99],
  reviewer: [138, 75, 8],
  panel: [248, 245, 240],
};
export const LINE_HEIGHT = 1.32;

/** Tracks the writing position and breaks pages; every block of text goes through here, so nothing is clipped. */
export class Flow {
  y = MARGIN.top;
  constructor(readonly doc: jsPDF) {}

  lineHeight(size: number): number {
    return size * PT * LINE_HEIGHT;
  }
  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top + 6; // room for the running header
  }
  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }
  font(size: number, style: 'normal' | 'bold' = 'normal', color: Rgb = COLOR.ink): void {
    this.doc.setFont(FONT_FAMILY, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }
  /** Wrapped text that flows over as many pages as it needs. */
  text(
    text: string,
    opts: {
      size?: number;
      style?: 'normal' | 'bold';
      color?: Rgb;
      indent?: number;
      width?: number;
      after?: number;
    } = {},
  ): void {
    const size = opts.size ?? 9.5;
    const indent = opts.indent ?? 0;
    const width = opts.width ?? CONTENT_WIDTH - indent;
    this.font(size, opts.style, opts.color);
    const lh = this.lineHeight(size);
    const lines = this.doc.splitTextToSize(text.replace(/\t/g, '    '), width) as string[];
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh);
      const fit = Math.max(1, Math.floor((BOTTOM - this.y) / lh));
      const chunk = lines.slice(i, i + fit);
      this.doc.text(chunk, MARGIN.left + indent, this.y, { baseline: 'top', lineHeightFactor: LINE_HEIGHT });
      this.y += chunk.length * lh;
      i += chunk.length;
    }
    this.y += opts.after ?? 0;
  }
  gap(mm: number): void {
    this.y += mm;
  }
  rule(color: Rgb = COLOR.line, width = 0.2): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
    this.doc.line(MARGIN.left, this.y, PAGE.width - MARGIN.right, this.y);
  }
}

export function marker(doc: jsPDF, rater: Rater, x: number, y: number, size = 1.7): void {
  if (rater === 'consultant') {
    doc.setFillColor(...COLOR.consultant);
    doc.circle(x, y, size, 'F');
  } else {
    // An open square: tells the raters apart without colour, also on a black-and-white printout.
    doc.setDrawColor(...COLOR.reviewer);
    doc.setFillColor(255, 255, 255);
    doc.setLineWidth(0.55);
    doc.rect(x - size, y - size, size * 2, size * 2, 'FD');
  }
}

/** Everything the sections share for one render: the document, the writing position, texts and formatters. */
export interface ReportLayout {
  readonly model: ReportModel;
  readonly doc: jsPDF;
  readonly flow: Flow;
  readonly t: TFunction;
  /** Options every table starts from; spread its `styles` or `headStyles` to change a few of them. */
  readonly tableBase: Partial<UserOptions>;
  /** A calendar date in the report's language; a bare `yyyy-mm-dd` is read as noon UTC. */
  date(iso: string | Date): string;
  /** A number with at most one decimal, or a dash for none. */
  num(v: number | null): string;
  /** A participant's role in this audit on its own, as a label ("Groepscoördinator"; a typed role as typed). */
  raterLabel(r: Rater): string;
  /** The same role as it reads mid-sentence ("groepscoördinator"; a typed role as typed). */
  roleLabel(r: Rater): string;
  /** The role as a narrow column's or label's head, split where a compound breaks naturally. */
  roleHeadLabel(r: Rater): string;
  /** An autotable at the writing position; afterwards the flow continues below it, on its last page. */
  table(options: UserOptions): void;
  sectionTitle(text: string, size?: number): void;
}

function tableBaseOptions(): Partial<UserOptions> {
  return {
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top + 6, bottom: MARGIN.bottom },
    theme: 'grid',
    rowPageBreak: 'auto',
    styles: {
      font: FONT_FAMILY,
      fontSize: 8.5,
      textColor: COLOR.ink,
      lineColor: COLOR.line,
      lineWidth: 0.2,
      cellPadding: { top: 1.6, bottom: 1.6, left: 2, right: 2 },
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { font: FONT_FAMILY, fontStyle: 'bold', fillColor: COLOR.soft, textColor: COLOR.ink },
  };
}

/** Title, language, creation date and file id: the document's metadata. */
function describeDocument(doc: jsPDF, model: ReportModel, t: TFunction, printedAt: Date): void {
  doc.setProperties({
    title: t('report.documentTitle', { code: model.caseFile.dossierCode }),
    subject: t('report.title'),
    creator: t('app.name'),
    keywords: model.fingerprint,
  });
  doc.setLanguage(model.locale === 'en' ? 'en-GB' : 'nl-BE');
  doc.setCreationDate(printedAt);
  // A file id derived from content and print moment keeps the bytes reproducible for the same input.
  doc.setFileId((model.fingerprint + printedAt.getTime().toString(16)).padEnd(32, '0').slice(0, 32).toUpperCase());
}

/** Every string of the model, with `fn` applied (keys and numbers untouched). */
function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  return value;
}

/**
 * A value (the report model, the team view) as the document can print it (see printable.ts); embeds the emoji font
 * when some text needs it. Without an emoji font, emoji print as their visible marker.
 */
export function printableValue<T>(doc: jsPDF, stored: T, emoji: ReportFonts['emoji']): T {
  const hasGlyph = mainFontCoverage(doc, FONT_FAMILY);
  const value = mapStrings(stored, (s) => printableText(s, hasGlyph, emoji !== undefined));
  let used = false;
  mapStrings(value, (s) => ((used ||= needsEmojiFont(s)), s));
  if (used && emoji) installEmojiFont(doc, FONT_FAMILY, fontFile(emoji));
  return value;
}

/** A fresh document for `model` and the layout context around it; one per render. */
export function createReportLayout(stored: ReportModel, fonts: ReportFonts, options: RenderOptions): ReportLayout {
  const t = translate(stored.locale);
  const tag = stored.locale === 'en' ? 'en-GB' : 'nl-BE';
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' });
  const date = (iso: string | Date): string => {
    const d = typeof iso === 'string' ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso) : iso;
    return Number.isNaN(d.getTime()) ? String(iso) : dateFormat.format(d);
  };
  const num = (v: number | null) => (v === null ? '–' : number.format(v));

  const doc = createA4Document(fonts);
  const model = printableValue(doc, stored, fonts.emoji);
  // A typed role prints as typed, through the same printable rules as every other stored text.
  const roles = { reviewerRole: model.people.reviewer.role };
  const raterLabel = (r: Rater) => roleTitle(t, roles, r);
  const roleLabel = (r: Rater) => roleName(t, roles, r);
  const roleHeadLabel = (r: Rater) => roleHead(t, roles, r);
  describeDocument(doc, stored, t, options.printedAt);

  const flow = new Flow(doc);
  const tableBase = tableBaseOptions();
  const table = (options: UserOptions) => {
    autoTable(doc, { ...tableBase, ...options, startY: flow.y });
    const last = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
    flow.y = last?.finalY ?? flow.y;
    if (doc.getCurrentPageInfo().pageNumber !== doc.getNumberOfPages()) doc.setPage(doc.getNumberOfPages());
  };
  const sectionTitle = (text: string, size = 13) => {
    flow.ensure(flow.lineHeight(size) + 22);
    flow.gap(2);
    flow.text(text, { size, style: 'bold', color: COLOR.primary, after: 1 });
    flow.rule(COLOR.primary, 0.35);
    flow.gap(3);
  };
  return { model, doc, flow, t, tableBase, date, num, raterLabel, roleLabel, roleHeadLabel, table, sectionTitle };
}
