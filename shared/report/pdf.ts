/**
 * Lays a report model out as an A4 PDF with jsPDF and jspdf-autotable: the one function that makes the
 * summary's bytes, in the renderer, the demo script, the tests and the benchmark alike. Page one is the
 * overview (chart, table, the three-column summary); the conversation follows as running text.
 */
import { GState, jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import { NOTE_COLUMNS, type NoteColumn } from '../domain/conversation';
import type { Rater } from '../domain/model';
import { translate } from '../i18n/translate';
import type { ReportItem, ReportModel, ReportPrinciple, ReportRating } from './reportModel';

/** A TTF file as raw bytes or as base64 text (what a `?inline` import or a JSON transport gives). */
export type FontData = Uint8Array | string;
export interface ReportFonts {
  regular: FontData;
  bold: FontData;
}
export interface RenderOptions {
  /** Printed in the footer; deliberately not part of the fingerprint. */
  printedAt: Date;
}

export const FONT_FAMILY = 'DejaVuSans';

// Geometry in millimetres (A4 portrait).
const PAGE = { width: 210, height: 297 };
const MARGIN = { left: 18, right: 18, top: 20, bottom: 22 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const PT = 25.4 / 72; // one typographic point in mm

type Rgb = [number, number, number];
const COLOR: Record<'ink' | 'muted' | 'line' | 'primary' | 'soft' | 'consultant' | 'reviewer' | 'panel', Rgb> = {
  ink: [29, 42, 48],
  muted: [79, 93, 99],
  line: [200, 192, 180],
  primary: [21, 94, 99],
  soft: [227, 240, 239],
  consultant: [21, 94, 99],
  reviewer: [138, 75, 8],
  panel: [248, 245, 240],
};
const LINE_HEIGHT = 1.32;

/** jsPDF reads a font from its virtual file system as a binary string; convert raw bytes once per input. */
const binaryCache = new WeakMap<Uint8Array, string>();
function fontFile(data: FontData): string {
  if (typeof data === 'string') return data.replace(/^data:[^,]*,/, '');
  let s = binaryCache.get(data);
  if (s === undefined) {
    const parts: string[] = [];
    for (let i = 0; i < data.length; i += 0x8000) parts.push(String.fromCharCode(...data.subarray(i, i + 0x8000)));
    s = parts.join('');
    binaryCache.set(data, s);
  }
  return s;
}

/** An empty A4 document with the report fonts embedded (jsPDF subsets them to the glyphs used). */
export function createA4Document(fonts: ReportFonts): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', fontFile(fonts.regular));
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fontFile(fonts.bold));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal', 'Identity-H');
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold', 'Identity-H');
  doc.setFont(FONT_FAMILY, 'normal');
  return doc;
}

/** Tracks the writing position and breaks pages; every block of text goes through here, so nothing is clipped. */
class Flow {
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

function marker(doc: jsPDF, rater: Rater, x: number, y: number, size = 1.7): void {
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

export function renderReportPdf(
  model: ReportModel,
  fonts: ReportFonts,
  options: RenderOptions,
): Uint8Array<ArrayBuffer> {
  const t = translate(model.locale);
  const tag = model.locale === 'en' ? 'en-GB' : 'nl-BE';
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' });
  const date = (iso: string | Date): string => {
    const d = typeof iso === 'string' ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso) : iso;
    return Number.isNaN(d.getTime()) ? String(iso) : dateFormat.format(d);
  };
  const num = (v: number | null) => (v === null ? '–' : number.format(v));
  const raterLabel = (r: Rater) => t(`raters.${r}`);
  const roleLabel = (role: string) => t(`roles.${role}`, { defaultValue: role });

  const doc = createA4Document(fonts);
  doc.setProperties({
    title: t('report.documentTitle', { code: model.caseFile.dossierCode }),
    subject: t('report.title'),
    creator: t('app.name'),
    keywords: model.fingerprint,
  });
  doc.setLanguage(model.locale === 'en' ? 'en-GB' : 'nl-BE');
  doc.setCreationDate(options.printedAt);
  // A file id derived from content and print moment keeps the bytes reproducible for the same input.
  doc.setFileId(
    (model.fingerprint + options.printedAt.getTime().toString(16)).padEnd(32, '0').slice(0, 32).toUpperCase(),
  );

  const flow = new Flow(doc);
  const tableBase: Partial<UserOptions> = {
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

  // ---------- Header ----------
  flow.font(9, 'bold', COLOR.primary);
  doc.text(t('app.name').toUpperCase(), MARGIN.left, flow.y, { baseline: 'top', charSpace: 0.4 });
  if (!model.final) {
    flow.font(9, 'bold', COLOR.reviewer);
    doc.text(t('report.concept'), PAGE.width - MARGIN.right, flow.y, { baseline: 'top', align: 'right' });
  }
  flow.gap(5.5);
  flow.text(t('report.title'), { size: 18, style: 'bold', after: 0.3 });
  flow.text(t('report.subtitle', { code: model.caseFile.dossierCode }), { size: 11, color: COLOR.muted, after: 2.5 });

  // Facts in two label/value pairs per row; participants name their role when it adds something.
  const person = (r: Rater) => {
    const role = roleLabel(model.people[r].role);
    return role.toLowerCase() === raterLabel(r).toLowerCase()
      ? model.people[r].name
      : `${model.people[r].name}, ${role.toLowerCase()}`;
  };
  const facts: [string, string][] = [
    [t('report.service'), t(`services.${model.caseFile.service}`)],
    [t('report.auditDate'), date(model.auditDate)],
  ];
  if (model.caseFile.region) facts.push([t('report.region'), model.caseFile.region]);
  if (model.caseFile.mainTheme) facts.push([t('report.mainTheme'), t(`themes.${model.caseFile.mainTheme}`)]);
  if (facts.length % 2 === 1) facts.push(['', '']);
  facts.push([raterLabel('consultant'), person('consultant')], [raterLabel('reviewer'), person('reviewer')]);
  const factRows: RowInput[] = [];
  for (let i = 0; i < facts.length; i += 2) factRows.push([...facts[i]!, ...facts[i + 1]!]);
  factRows.push([
    t('report.matrix'),
    { content: t('report.matrixVersion', { name: model.matrix.name, version: model.matrix.version }), colSpan: 3 },
  ]);
  const labelStyle = { cellWidth: 24, fontStyle: 'bold' as const, textColor: COLOR.muted };
  table({
    theme: 'plain',
    body: factRows,
    styles: {
      ...tableBase.styles,
      fontSize: 9,
      lineWidth: 0,
      cellPadding: { top: 0.7, bottom: 0.7, left: 0, right: 2 },
    },
    columnStyles: {
      0: labelStyle,
      1: { cellWidth: 62 },
      2: { ...labelStyle, cellWidth: 38 },
      3: { cellWidth: 'auto' },
    },
  });
  flow.gap(1.5);

  // Status line: a concept says so plainly; a finished audit says it is signed.
  {
    const note = model.final ? t('report.finalNote') : t('report.conceptNote');
    flow.font(8.5, 'normal');
    const lines = doc.splitTextToSize(note, CONTENT_WIDTH - 6) as string[];
    const h = lines.length * flow.lineHeight(8.5) + 2.6;
    doc.setFillColor(...(model.final ? COLOR.soft : COLOR.panel));
    doc.setDrawColor(...(model.final ? COLOR.primary : COLOR.reviewer));
    doc.setLineWidth(0.3);
    doc.rect(MARGIN.left, flow.y, CONTENT_WIDTH, h, 'FD');
    flow.y += 1.3;
    flow.text(note, { size: 8.5, indent: 3, width: CONTENT_WIDTH - 6, color: COLOR.ink });
    flow.y += 1.3;
  }
  flow.gap(1);

  // ---------- At a glance: chart ----------
  sectionTitle(t('report.atAGlance'));
  const rows: {
    title: string;
    means: Record<Rater, number | null>;
    difference: number | null;
    agreed: number | null;
  }[] = [
    ...model.principles.map((p) => ({
      title: `${p.number}. ${p.title}`,
      means: p.means,
      difference: p.difference,
      agreed: p.agreed,
    })),
    {
      title: `${model.overall.number}. ${t('report.overallTitle')}`,
      means: { consultant: model.overall.ratings.consultant.score, reviewer: model.overall.ratings.reviewer.score },
      difference: model.overall.difference,
      agreed: null,
    },
  ];
  {
    flow.text(t('report.chartTitle', { min: model.scale.min, max: model.scale.max }), {
      size: 9,
      style: 'bold',
      after: 1,
    });
    const labelWidth = 64;
    const plotLeft = MARGIN.left + labelWidth + 4;
    const plotRight = PAGE.width - MARGIN.right - 4;
    const rowHeight = 8.2;
    const chartHeight = rows.length * rowHeight + 5 + 8;
    flow.ensure(chartHeight);
    const top = flow.y;
    const span = model.scale.max - model.scale.min;
    const xOf = (v: number) => plotLeft + ((v - model.scale.min) / span) * (plotRight - plotLeft);

    // Axis labels and light vertical grid lines.
    flow.font(7.5, 'normal', COLOR.muted);
    for (let v = model.scale.min; v <= model.scale.max; v += span > 20 ? 10 : 1) {
      doc.setDrawColor(226, 221, 212);
      doc.setLineWidth(v === model.scale.min || v === model.scale.max ? 0.3 : 0.15);
      doc.line(xOf(v), top + 5, xOf(v), top + 5 + rows.length * rowHeight);
      doc.text(String(v), xOf(v), top + 1, { baseline: 'top', align: 'center' });
    }
    rows.forEach((row, i) => {
      const cy = top + 5 + i * rowHeight + rowHeight / 2;
      if (i % 2 === 0) {
        doc.setFillColor(...COLOR.panel);
        doc.rect(MARGIN.left, cy - rowHeight / 2, CONTENT_WIDTH, rowHeight, 'F');
      }
      flow.font(7.8, 'normal', COLOR.ink);
      const label = doc.splitTextToSize(row.title, labelWidth) as string[];
      const lh = flow.lineHeight(7.8);
      doc.text(label.slice(0, 2), MARGIN.left + 1, cy - (Math.min(label.length, 2) * lh) / 2, {
        baseline: 'top',
        lineHeightFactor: LINE_HEIGHT,
      });
      const { consultant: a, reviewer: b } = row.means;
      if (a !== null && b !== null && a !== b) {
        doc.setDrawColor(...COLOR.muted);
        doc.setLineWidth(0.4);
        doc.line(xOf(a), cy, xOf(b), cy);
      }
      if (b !== null) marker(doc, 'reviewer', xOf(b), cy, 1.9);
      if (a !== null) marker(doc, 'consultant', xOf(a), cy, a === b ? 1.1 : 1.7);
      if (a === null && b === null) {
        flow.font(7.5, 'normal', COLOR.muted);
        doc.text(t('report.chartNoScore'), plotLeft, cy, { baseline: 'middle' });
      }
    });
    // Legend: shape plus name, so the chart reads without colour. Side by side when both fit, else stacked.
    flow.font(8, 'normal', COLOR.ink);
    const legends = (['consultant', 'reviewer'] as const).map((r) => ({
      r,
      label: t('report.legend', { name: model.people[r].name, rater: raterLabel(r).toLowerCase() }),
    }));
    const oneLine = legends.reduce((w, l) => w + doc.getTextWidth(l.label) + 14, 0) <= CONTENT_WIDTH;
    let lx = MARGIN.left + 1;
    let ly = top + 5 + rows.length * rowHeight + 4;
    for (const { r, label } of legends) {
      marker(doc, r, lx + 1.6, ly, 1.5);
      flow.font(8, 'normal', COLOR.ink);
      const text = doc.splitTextToSize(label, CONTENT_WIDTH - 8)[0] as string;
      doc.text(text, lx + 5, ly, { baseline: 'middle' });
      if (oneLine) lx += doc.getTextWidth(label) + 14;
      else ly += 4.5;
    }
    flow.y = top + chartHeight + (oneLine ? 0 : 4.5);
    flow.text(t('report.chartNote'), { size: 7.5, color: COLOR.muted, after: 2 });
  }

  // ---------- At a glance: table ----------
  table({
    head: [
      [
        t('report.tablePrinciple'),
        raterLabel('consultant'),
        raterLabel('reviewer'),
        t('report.tableDifference'),
        t('report.tableAgreed'),
      ],
    ],
    body: rows.map((r) => [r.title, num(r.means.consultant), num(r.means.reviewer), num(r.difference), num(r.agreed)]),
    columnStyles: {
      0: { cellWidth: 'auto' },
      1: { cellWidth: 26, halign: 'center' },
      2: { cellWidth: 26, halign: 'center' },
      3: { cellWidth: 27, halign: 'center' },
      4: { cellWidth: 26, halign: 'center' },
    },
    styles: { ...tableBase.styles, cellPadding: { top: 1.1, bottom: 1.1, left: 2, right: 2 } },
    headStyles: { ...tableBase.headStyles, fontSize: 8, halign: 'center', valign: 'middle' },
    didParseCell: (d: CellHookData) => {
      if (d.section === 'head' && d.column.index === 0) d.cell.styles.halign = 'left';
    },
  });
  flow.gap(3);

  // ---------- At a glance: the three columns ----------
  sectionTitle(t('report.summaryTitle'));
  table({
    head: [NOTE_COLUMNS.map((c) => t(`report.${c}`))],
    body: [NOTE_COLUMNS.map((c) => model.summary[c] || t('report.nothingNoted'))],
    styles: { ...tableBase.styles, fontSize: 8.5, cellPadding: 2.2 },
    columnStyles: {
      0: { cellWidth: CONTENT_WIDTH / 3 },
      1: { cellWidth: CONTENT_WIDTH / 3 },
      2: { cellWidth: CONTENT_WIDTH / 3 },
    },
    didParseCell: (d: CellHookData) => {
      const column = NOTE_COLUMNS[d.column.index] as NoteColumn;
      if (d.section === 'body' && !model.summary[column]) d.cell.styles.textColor = COLOR.muted;
    },
  });

  // ---------- Principle by principle ----------
  // The overview keeps page one to itself; when it already ran over, the detail simply follows.
  if (doc.getNumberOfPages() === 1) flow.newPage();
  else flow.gap(6);
  const ratingBlock = (item: ReportItem, rater: Rater) => {
    const r: ReportRating = item.ratings[rater];
    const scoreText = r.notApplicable
      ? t('report.notApplicable')
      : r.score === null
        ? t('report.noScore')
        : t('report.score', { score: r.score, max: item.scale.max });
    const head = `${raterLabel(rater)} · ${scoreText}`;
    flow.ensure(flow.lineHeight(9) * 2 + 1);
    marker(doc, rater, MARGIN.left + 5.5, flow.y + flow.lineHeight(9) / 2 - 0.5, 1.3);
    flow.text(head, {
      size: 9,
      style: 'bold',
      indent: 9,
      color: rater === 'consultant' ? COLOR.consultant : COLOR.reviewer,
      after: 0.4,
    });
    if (r.notApplicable)
      flow.text(t('report.naReason', { reason: r.naReason || '–' }), { size: 9.5, indent: 9, after: 0.6 });
    if (r.rationale) flow.text(r.rationale, { size: 9.5, indent: 9, after: 1.8 });
    else if (!r.notApplicable) flow.text(t('report.noWhy'), { size: 9, indent: 9, color: COLOR.muted, after: 1.8 });
    else flow.gap(1.2);
  };
  /** One item; `titled: false` when a section heading already names it (the overall scale). */
  const itemBlock = (item: ReportItem, titled = true) => {
    flow.ensure(flow.lineHeight(10.5) + flow.lineHeight(9) * 3 + 4);
    flow.gap(1);
    const right =
      item.difference === null
        ? ''
        : item.difference === 0
          ? t('report.sameScore')
          : t('report.difference', { value: num(item.difference) });
    flow.font(8, 'normal', COLOR.muted);
    const rightWidth = right ? doc.getTextWidth(right) + 4 : 0;
    if (right) doc.text(right, PAGE.width - MARGIN.right, flow.y + 0.6, { baseline: 'top', align: 'right' });
    if (titled) {
      flow.text(`${item.number}  ${item.title}`, {
        size: 10.5,
        style: 'bold',
        width: CONTENT_WIDTH - rightWidth,
        after: 0.3,
      });
      flow.text(item.question, { size: 8.5, color: COLOR.muted, after: 1.6 });
    } else {
      flow.text(item.question, { size: 8.5, color: COLOR.muted, width: CONTENT_WIDTH - rightWidth, after: 1.6 });
    }
    ratingBlock(item, 'consultant');
    ratingBlock(item, 'reviewer');
    flow.gap(1.2);
  };
  const notesBlock = (notes: Record<NoteColumn, string>) => {
    const present = NOTE_COLUMNS.filter((c) => notes[c]);
    if (present.length === 0) return;
    flow.ensure(flow.lineHeight(10) + flow.lineHeight(9.5) * 3 + 4);
    flow.gap(1);
    flow.text(t('report.principleNotes'), { size: 10.5, style: 'bold', color: COLOR.primary, after: 1 });
    for (const c of present) {
      flow.ensure(flow.lineHeight(9) + flow.lineHeight(9.5) * 2);
      flow.text(t(`report.${c}`), { size: 9, style: 'bold', after: 0.4 });
      flow.text(notes[c], { size: 9.5, after: 2 });
    }
  };
  const principleSection = (p: ReportPrinciple, first: boolean) => {
    if (first) {
      flow.text(t('report.perPrinciple'), { size: 15, style: 'bold', after: 2 });
    }
    sectionTitle(`${p.number}. ${p.title}`);
    const summaryLine = [
      t('report.averages', {
        consultant: raterLabel('consultant'),
        a: num(p.means.consultant),
        reviewer: raterLabel('reviewer'),
        b: num(p.means.reviewer),
      }),
      p.agreed === null ? t('report.agreedNone') : t('report.agreedScore', { score: p.agreed }),
    ].join('   ·   ');
    flow.text(summaryLine, { size: 9, color: COLOR.muted, after: 2 });
    p.items.forEach((item) => itemBlock(item));
    notesBlock(p.notes);
    flow.gap(3);
  };
  model.principles.forEach((p, i) => principleSection(p, i === 0));
  sectionTitle(`${model.overall.number}. ${t('report.overallTitle')}`);
  itemBlock(model.overall, false);
  flow.gap(3);

  // ---------- Action points ----------
  sectionTitle(t('report.actionsTitle'));
  if (model.actions.length === 0) flow.text(t('report.noActions'), { size: 9.5, color: COLOR.muted, after: 2 });
  else {
    const body: RowInput[] = model.actions.map((a) => [a.what, a.who || '–', a.due ? date(a.due) : '–']);
    table({
      head: [[t('report.actionWhat'), t('report.actionWho'), t('report.actionDue')]],
      body,
      styles: { ...tableBase.styles, fontSize: 9 },
      columnStyles: { 0: { cellWidth: 'auto' }, 1: { cellWidth: 38 }, 2: { cellWidth: 32 } },
    });
    flow.gap(4);
  }

  // ---------- Sign-off ----------
  sectionTitle(t('report.signOffTitle'));
  {
    const boxWidth = (CONTENT_WIDTH - 6) / 2;
    const boxHeight = 24;
    flow.ensure(boxHeight + 12);
    const top = flow.y;
    (['consultant', 'reviewer'] as const).forEach((r, i) => {
      const x = MARGIN.left + i * (boxWidth + 6);
      const s = model.signOffs[r];
      doc.setDrawColor(...COLOR.line);
      doc.setLineWidth(0.3);
      doc.rect(x, top, boxWidth, boxHeight, 'S');
      flow.font(8, 'bold', COLOR.muted);
      doc.text(raterLabel(r).toUpperCase(), x + 3, top + 3, { baseline: 'top', charSpace: 0.3 });
      flow.font(10.5, 'bold', COLOR.ink);
      doc.text(doc.splitTextToSize(s?.name ?? model.people[r].name, boxWidth - 6)[0] as string, x + 3, top + 9, {
        baseline: 'top',
      });
      flow.font(9, 'normal', s ? COLOR.ink : COLOR.reviewer);
      doc.text(s ? t('report.signedOn', { date: date(s.signedAt) }) : t('report.notSigned'), x + 3, top + 16, {
        baseline: 'top',
      });
    });
    flow.y = top + boxHeight + 3;
    if (!model.final)
      flow.text(t('report.notCompleted'), { size: 9.5, style: 'bold', color: COLOR.reviewer, after: 2 });
  }
  if (model.reopenings.length > 0) {
    flow.gap(2);
    flow.text(t('report.reopenedTitle'), { size: 9, style: 'bold', after: 0.5 });
    for (const r of model.reopenings) {
      flow.text(t('report.reopened', { date: date(r.reopenedAt), name: r.byName, reason: r.reason }), {
        size: 9,
        color: COLOR.muted,
        after: 0.8,
      });
    }
  }

  // ---------- On every page: running header, concept mark, footer ----------
  const total = doc.getNumberOfPages();
  const printed = t('report.footerPrinted', { date: date(options.printedAt) });
  const print = t('report.footerFingerprint', { hash: model.fingerprint });
  const watermark = t('report.concept');
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    if (!model.final) {
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
    if (page > 1) {
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
    const fy = PAGE.height - MARGIN.bottom + 8;
    doc.setDrawColor(...COLOR.line);
    doc.setLineWidth(0.2);
    doc.line(MARGIN.left, fy - 2.5, PAGE.width - MARGIN.right, fy - 2.5);
    flow.font(7.5, 'normal', COLOR.muted);
    doc.text(printed, MARGIN.left, fy, { baseline: 'top' });
    doc.text(print, PAGE.width / 2, fy, { baseline: 'top', align: 'center' });
    doc.text(t('report.footerPage', { page, total }), PAGE.width - MARGIN.right, fy, {
      baseline: 'top',
      align: 'right',
    });
  }

  return new Uint8Array(doc.output('arraybuffer'));
}

/** `casusaudit-<dossiercode>-<yyyy-mm-dd>.pdf` (the audit's date), with the code made safe for any file system. */
export function reportFileName(dossierCode: string, auditDate: string): string {
  const code = dossierCode.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'dossier';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(auditDate) ? auditDate : 'undated';
  return `casusaudit-${code}-${day}.pdf`;
}
