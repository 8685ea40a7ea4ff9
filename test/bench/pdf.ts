/**
 * PDF benchmark: the demo audit's summary (model + layout + bytes) against a plain jsPDF + autotable
 * document of similar length with the same embedded fonts, measured in the same run, interleaved.
 * Targets: at most 1.5× the baseline's median time, and at most 400 KB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { openBackend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { buildReportModel, type ReportInput } from '../../shared/report/reportModel';
import { renderReportPdf, type ReportFonts } from '../../shared/report/pdf';
import { loadReportFonts, reportInputFor } from '../../scripts/reportNode';

export interface PdfBench {
  p50_ms: number;
  baseline_p50_ms: number;
  ratio: number;
  bytes: number;
  baseline_bytes: number;
  pages: number;
  baseline_pages: number;
  runs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** jsPDF writes page objects uncompressed, so counting them in the bytes is enough here. */
const pageCount = (pdf: Uint8Array) => (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g) ?? []).length;

const binary = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
};

/** The same texts poured into a plain document: one title, then autotable rows, fonts embedded the same way. */
function baselinePdf(
  input: ReportInput,
  fonts: { regular: string; bold: string },
): { bytes: Uint8Array; pages: number } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('R.ttf', fonts.regular);
  doc.addFileToVFS('B.ttf', fonts.bold);
  doc.addFont('R.ttf', 'Base', 'normal', 'Identity-H');
  doc.addFont('B.ttf', 'Base', 'bold', 'Identity-H');
  doc.setFont('Base', 'bold');
  doc.setFontSize(16);
  doc.text(`Casusaudit ${input.audit.caseFile.dossierCode}`, 18, 20);
  const byKey = (rater: 'consultant' | 'reviewer') => new Map(input.revealed.ratings[rater].map((r) => [r.itemKey, r]));
  const c = byKey('consultant');
  const r = byKey('reviewer');
  const items = [...input.template.principles.flatMap((p) => p.items), input.template.overall];
  const cell = (x: ReturnType<typeof c.get>) =>
    x ? `${x.notApplicable ? 'n.v.t. ' + x.naReason : (x.score ?? '–')}\n${x.rationale}` : '';
  const styles = { font: 'Base', fontSize: 9.5 };
  autoTable(doc, {
    startY: 28,
    head: [['Item', 'Consulent', 'Teamverantwoordelijke']],
    body: items.map((i) => [`${i.title.nl}\n${i.question.nl}`, cell(c.get(i.key)), cell(r.get(i.key))]),
    styles,
    headStyles: { fontStyle: 'bold' },
  });
  autoTable(doc, {
    head: [['Scope', 'Kolom', 'Notitie']],
    body: input.revealed.notes.map((n) => [n.scope, n.column, n.text]),
    styles,
    headStyles: { fontStyle: 'bold' },
  });
  autoTable(doc, {
    head: [['Wat', 'Wie', 'Wanneer']],
    body: input.revealed.actions.map((a) => [a.what, a.who, a.due ?? '']),
    styles,
    headStyles: { fontStyle: 'bold' },
  });
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages: doc.getNumberOfPages() };
}

export async function benchPdf(runs = 9): Promise<PdfBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bench-pdf-'));
  const backend = openBackend(path.join(dir, 'bench.sqlite'));
  try {
    const { auditId } = seedCompletedAuditDemo(backend.db, { now: () => new Date('2026-03-19T10:00:00Z') });
    const input = reportInputFor(backend.db, auditId, 'nl');
    const fonts: ReportFonts = loadReportFonts();
    const baseFonts = { regular: binary(fonts.regular as Uint8Array), bold: binary(fonts.bold as Uint8Array) };
    const printedAt = new Date('2026-03-20T09:00:00Z');

    const ours = () => renderReportPdf(buildReportModel(input), fonts, { printedAt });
    // Warm up both paths (JIT, font parsing code, Intl data) before measuring.
    let bytes = ours();
    let base = baselinePdf(input, baseFonts);
    const times: number[] = [];
    const baseTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      bytes = ours();
      times.push(performance.now() - t0);
      t0 = performance.now();
      base = baselinePdf(input, baseFonts);
      baseTimes.push(performance.now() - t0);
    }
    const p50 = median(times);
    const baseP50 = median(baseTimes);
    return {
      p50_ms: Math.round(p50 * 10) / 10,
      baseline_p50_ms: Math.round(baseP50 * 10) / 10,
      ratio: Math.round((p50 / baseP50) * 100) / 100,
      bytes: bytes.length,
      baseline_bytes: base.bytes.length,
      pages: pageCount(bytes),
      baseline_pages: base.pages,
      runs,
    };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx test/bench/pdf.ts` prints the numbers on their own.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  benchPdf().then((r) => console.log(JSON.stringify(r, null, 2)));
}
