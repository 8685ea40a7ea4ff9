/**
 * The PDF summary from Node (demo script, tests, benchmark): reads the fonts from assets/fonts and gathers
 * an audit's content through the real API handlers, then calls the same model and renderer as the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHandlers } from '../db/api/handlers';
import type { Locale } from '../shared/domain/template';
import { buildReportModel, type ReportInput, type ReportModel } from '../shared/report/reportModel';
import { renderReportPdf, type ReportFonts } from '../shared/report/pdf';

export const FONTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'fonts');

let fonts: ReportFonts | null = null;
export function loadReportFonts(): ReportFonts {
  fonts ??= {
    regular: new Uint8Array(fs.readFileSync(path.join(FONTS_DIR, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(fs.readFileSync(path.join(FONTS_DIR, 'DejaVuSans-Bold.ttf'))),
    emoji: new Uint8Array(fs.readFileSync(path.join(FONTS_DIR, 'NotoEmoji-Regular.ttf'))),
  };
  return fonts;
}

export function reportInputFor(db: Database, auditId: number, locale: Locale): ReportInput {
  const api = createHandlers(db);
  const audit = api.getAudit({ id: auditId });
  return {
    audit,
    template: api.getTemplate({ id: audit.template.id }).content,
    revealed: api.getRevealed({ auditId }),
    locale,
  };
}

export function reportModelFor(db: Database, auditId: number, locale: Locale): ReportModel {
  return buildReportModel(reportInputFor(db, auditId, locale));
}

export function reportPdfFor(
  db: Database,
  auditId: number,
  opts: { locale?: Locale; printedAt?: Date } = {},
): Uint8Array {
  return renderReportPdf(reportModelFor(db, auditId, opts.locale ?? 'nl'), loadReportFonts(), {
    printedAt: opts.printedAt ?? new Date(),
  });
}
