/**
 * Any valid matrix works downstream (issue 14 item 4, ADR 0016). fast-check generates valid matrices (1–8
 * principles, 1–12 questions each, texts up to the schema's limits with accents, emoji and right-to-left words, N/A
 * allowed or not, varied scales) and runs each through the whole flow as the app does, through dispatch: insert,
 * create an audit on it, score as both raters, submit, reveal, compare, notes and agreed scores per principle, an
 * action, sign-off, the PDF (read back), and a backup restored. CASUSAUDIT_FUZZ_RUNS makes more runs.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { templatesRepository } from '../../db/repositories/templates';
import { appreciativeOrder, compareItems, principleSummaries } from '../../shared/domain/compare';
import { allItems, templateContentSchema, type TemplateContent } from '../../shared/domain/template';
import { renderReportPdf } from '../../shared/report/pdf';
import { buildReportModel } from '../../shared/report/reportModel';
import { loadReportFonts } from '../../scripts/reportNode';
import { squash } from '../report/pdfText';
import { ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';
import { matrixArbitrary } from '../support/matrixArbitrary';

// Default kept small: each run scores up to 97 questions twice and renders and reads a PDF of up to ~30 pages.
const RUNS = Number(process.env.CASUSAUDIT_FUZZ_RUNS ?? 8);
const TIMEOUT = 60_000 + RUNS * 15_000;

let dir: string;
let backend: Backend;
let people: { consultantId: number; reviewerId: number };
let run = 0;
const call = (op: string, args: unknown) => backend.dispatch(op, args);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-any-matrix-'));
  backend = openQuietBackend(path.join(dir, 'casusaudit.sqlite'));
  const c = ok(call('createPerson', { name: 'Charlotte Consulent 🌷', role: 'consulent' }));
  const r = ok(call('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' }));
  people = { consultantId: c.id, reviewerId: r.id };
});
afterAll(() => {
  backend?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Both raters answer every question: a score on its scale, or N/A where the matrix allows it. */
function scoreBoth(auditId: number, content: TemplateContent, pickNa: (i: number) => boolean): void {
  for (const rater of ['consultant', 'reviewer'] as const) {
    ok(call('startScoring', { auditId, rater }));
    allItems(content).forEach((item, i) => {
      const na = item.allowNotApplicable && pickNa(i + (rater === 'reviewer' ? 1 : 0));
      const { min, max } = item.scale;
      const score = na
        ? null
        : rater === 'consultant'
          ? min + ((i * 7) % (max - min + 1))
          : max - (i % (max - min + 1));
      const rationale = `Waarom ${i}: één stap 👍 שלום`;
      const naReason = na ? 'Niet van toepassing in dit dossier' : '';
      ok(call('saveRating', { auditId, rater, itemKey: item.key, score, notApplicable: na, naReason, rationale }));
    });
    ok(call('submitRatings', { auditId, rater, confirmGaps: false }));
  }
}

/** The comparison as the conversation shows it: every question once, in appreciative order, summaries on scale. */
function checkComparison(content: TemplateContent, revealed: { ratings: Record<string, never[]> }): void {
  const compared = compareItems(content, revealed.ratings.consultant!, revealed.ratings.reviewer!);
  expect(compared.map((x) => x.item.key)).toEqual(allItems(content).map((i) => i.key));
  expect(
    appreciativeOrder(compared)
      .map((x) => x.index)
      .sort((a, b) => a - b),
  ).toEqual(compared.map((x) => x.index));
  const summaries = principleSummaries(content, compared);
  expect(summaries).toHaveLength(content.principles.length);
  for (const s of summaries) {
    for (const r of Object.values(s.raters)) {
      expect(r.scored + r.notApplicable + r.missing).toBe(s.items);
      if (r.mean !== null) expect(r.mean >= s.scale.min && r.mean <= s.scale.max).toBe(true);
    }
  }
}

/** Notes and an agreed score per principle, an action, and both signatures. */
function talkAndSign(auditId: number, content: TemplateContent): void {
  for (const p of content.principles) {
    ok(call('saveNote', { auditId, scope: p.key, column: 'strengths', text: `Sterk in ${p.key} 💪` }));
    ok(call('saveAgreedScore', { auditId, principleKey: p.key, score: p.items[0]!.scale.max }));
  }
  ok(call('addAction', { auditId, what: 'Netwerkberaad plannen — مرحبا', who: 'Rik', due: null }));
  ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent 🌷' }));
  ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F/gu;
/** Without white space (wrapping) and bidi marks; Arabic back from its shaped forms. */
const plain = (s: string) => squash(s.normalize('NFKC').replace(/[\u202A-\u202E\u200E\u200F\u200D]/g, ''));
/**
 * Right-to-left runs are drawn in display order (the emoji between two such words too, as the bidi algorithm
 * wants), and how a reader puts them back is its own choice: for a title with right-to-left words, the rest of it.
 */
const leftToRight = (s: string) => s.replace(RTL, '').replace(EMOJI, '');

/** poppler's text of the PDF in reading order. */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(dir, 'report.pdf');
  fs.writeFileSync(file, bytes);
  return plain(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** The PDF exactly as the app makes it (model, renderer, fonts from disk), read back: every question title is in it. */
function checkPdf(auditId: number, content: TemplateContent): void {
  const audit = ok(call('getAudit', { id: auditId }));
  const revealed = ok(call('getRevealed', { auditId }));
  for (const locale of ['nl', 'en'] as const) {
    const model = buildReportModel({ audit, template: content, revealed, locale });
    const text = pdfText(renderReportPdf(model, loadReportFonts(), { printedAt: new Date('2026-03-20T09:30:00Z') }));
    const ltrText = leftToRight(text);
    for (const item of allItems(content).slice(0, -1)) {
      const title = plain(item.title[locale]);
      const found = HAS_RTL.test(title) ? ltrText.includes(leftToRight(title)) : text.includes(title);
      expect(found, `${locale} ${item.key}: ${title}`).toBe(true);
    }
  }
}

/** A backup made now and restored gives the same audit back. */
function checkBackupRoundTrip(auditId: number): void {
  const before = ok(call('getRevealed', { auditId }));
  const made = ok(call('createBackup', {}));
  const preview = ok(call('previewRestore', { id: made.id }));
  ok(call('restoreBackup', { id: made.id, ...(preview.confirmation ? { confirmation: preview.confirmation } : {}) }));
  expect(ok(call('getRevealed', { auditId }))).toEqual(before);
  expect(ok(call('getAudit', { id: auditId })).status).toBe('completed');
}

it(
  'any valid matrix goes through the whole flow: scoring, reveal, conversation, sign-off, PDF and backup',
  async () => {
    await fc.assert(
      fc.asyncProperty(matrixArbitrary, fc.func(fc.boolean()), async (matrix, pickNa) => {
        const content = templateContentSchema.parse(matrix);
        const templateId = templatesRepository(backend.db).insert(content, new Date().toISOString()).id;
        const caseFile = ok(call('createCaseFile', { dossierCode: `PROP-${++run}`, service: 'OCJ' }));
        const audit = ok(call('createAudit', { caseFileId: caseFile.id, ...people, templateId }));
        expect(audit.template.id).toBe(templateId);
        scoreBoth(audit.id, content, (i) => pickNa(i));
        ok(call('reveal', { auditId: audit.id }));
        checkComparison(content, ok(call('getRevealed', { auditId: audit.id })));
        talkAndSign(audit.id, content);
        checkPdf(audit.id, content);
        checkBackupRoundTrip(audit.id);
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        ...(process.env.CASUSAUDIT_FUZZ_SEED ? { seed: Number(process.env.CASUSAUDIT_FUZZ_SEED) } : {}),
      },
    );
  },
  TIMEOUT,
);
