/**
 * Right-to-left words next to emoji (found by issue 14's property test, test/api/anyMatrix.test.ts): a line with
 * emoji is drawn font run by font run, and jsPDF ordered right-to-left text per run, so the words on both sides of an
 * emoji came out swapped ("שלום 🎉 שלום ouders" printed as "שלום 🎉ouders … שלום"). The line is now put in display
 * order whole; a reader gets the same text back as for a line without emoji.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { renderReportPdf } from '../../shared/report/pdf';
import { displayOrder } from '../../shared/report/pdf/emojiFont';
import { buildReportModel } from '../../shared/report/reportModel';
import { loadReportFonts, reportInputFor } from '../../scripts/reportNode';

let dir: string;
let backend: Backend;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bidi-emoji-'));
  backend = openBackend(path.join(dir, 'bidi.sqlite'));
});
afterAll(() => {
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const LINES = ['AAA ça 😀 שלום 🎉 שלום ouders Zoë', 'DDD שלום 🎉 שלום ouders ZZZ', 'EEE שלום 👍🏽 x'];

it('prints right-to-left words beside emoji in their place, read back as typed', () => {
  const auditId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-BIDI-1', signOff: false }).auditId;
  const model = buildReportModel(reportInputFor(backend.db, auditId, 'nl'));
  model.summary.next = LINES.join('\n');
  const file = path.join(dir, 'bidi.pdf');
  fs.writeFileSync(file, renderReportPdf(model, loadReportFonts(), { printedAt: new Date('2026-03-20T09:30:00Z') }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /[\u202A-\u202E]/g,
    '',
  );
  for (const line of LINES) expect(text).toContain(line);
});

it('display order: right-to-left runs reversed with what lies between them, emoji sequences kept whole', () => {
  expect(displayOrder('ab שלום 🎉 שלום cd')).toBe('ab םולש 🎉 םולש cd');
  expect(displayOrder('x (אב) y')).toBe('x (בא) y');
  expect(displayOrder('plain text')).toBe('plain text');
});
