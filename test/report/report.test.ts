/**
 * The PDF summary read back with pdfjs: it carries every score, "why", note and action of its own audit with
 * diacritics intact and nothing of another audit; long texts flow over pages without loss or clipping;
 * the fingerprint follows the content and nothing else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../db/api/handlers';
import { openBackend, type Backend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { allItems } from '../../shared/domain/template';
import { buildReportModel } from '../../shared/report/reportModel';
import { renderReportPdf, reportFileName } from '../../shared/report/pdf';
import { loadReportFonts, reportInputFor, reportPdfFor } from '../../scripts/reportNode';
import { readPdf, squash, type PdfPage } from './pdfText';

const PRINTED = new Date('2026-03-20T09:30:00Z');
let dir: string;
let backend: Backend;
let demoId: number;
let otherId: number;
let conceptId: number;
let demoPages: PdfPage[];
let demoBytes: Uint8Array;

const OTHER_TEXTS = {
  rationale: 'Unieke zin van de andere audit: zebrapad-koekoeksklok.',
  note: 'Notitie die enkel bij dossier ANDERS-7 hoort: walvis-paraplu.',
  action: 'Actie van de andere audit: vuurtoren-ooievaar.',
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-report-'));
  backend = openBackend(path.join(dir, 'report.sqlite'));
  demoId = seedCompletedAuditDemo(backend.db, { now: () => new Date('2026-03-19T10:00:00Z') }).auditId;

  // A second audit in the same database, with its own recognisable texts.
  const api = createHandlers(backend.db);
  const people = api.listPeople({});
  const file = api.createCaseFile({ dossierCode: 'ANDERS-7', service: 'SDJ' });
  const audit = api.createAudit({ caseFileId: file.id, consultantId: people[0]!.id, reviewerId: people[1]!.id });
  const content = api.getTemplate({ id: audit.template.id }).content;
  for (const rater of ['consultant', 'reviewer'] as const) {
    for (const item of allItems(content)) {
      api.saveRating({
        auditId: audit.id,
        rater,
        itemKey: item.key,
        score: 2,
        notApplicable: false,
        naReason: '',
        rationale: OTHER_TEXTS.rationale,
      });
    }
    api.submitRatings({ auditId: audit.id, rater, confirmGaps: false });
  }
  api.reveal({ auditId: audit.id });
  api.saveNote({ auditId: audit.id, scope: 'audit', column: 'strengths', text: OTHER_TEXTS.note });
  api.addAction({ auditId: audit.id, what: OTHER_TEXTS.action, who: 'Iemand anders', due: null });
  otherId = audit.id;

  conceptId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-CONCEPT-1', signOff: false }).auditId;
});

afterAll(() => {
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the PDF summary of the demo audit', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    demoBytes = reportPdfFor(backend.db, demoId, { locale: 'nl', printedAt: PRINTED });
    demoPages = await readPdf(demoBytes);
  }, 60_000);

  it('stays well under 400 KB because jsPDF embeds only the glyphs used', () => {
    expect(demoBytes.length).toBeLessThan(400_000);
    // The two TTF files alone are 1.4 MB: a PDF this small proves they were subset.
    const fonts = loadReportFonts();
    expect(demoBytes.length).toBeLessThan(
      ((fonts.regular as Uint8Array).length + (fonts.bold as Uint8Array).length) / 4,
    );
  });

  it('contains every score, "why", N/A reason, note and action, with Dutch diacritics intact', () => {
    const all = squash(demoPages.map((p) => p.text).join('\n'));
    const input = reportInputFor(backend.db, demoId, 'nl');
    let checked = 0;
    for (const rater of ['consultant', 'reviewer'] as const) {
      for (const r of input.revealed.ratings[rater]) {
        // Each answer under its participant's role in this audit (the demo's second participant: teamverantwoordelijke).
        const role = { consultant: 'Consulent', reviewer: 'Teamverantwoordelijke' }[rater];
        const head = r.notApplicable ? `${role} · niet van toepassing` : `${role} · ${r.score} op 10`;
        expect(all, `${rater} ${r.itemKey}`).toContain(squash(head));
        if (r.rationale) expect(all, `why ${rater} ${r.itemKey}`).toContain(squash(r.rationale));
        if (r.notApplicable) expect(all).toContain(squash(r.naReason));
        checked++;
      }
    }
    expect(checked).toBe(42);
    expect(input.revealed.notes.length).toBeGreaterThanOrEqual(12);
    for (const n of input.revealed.notes) expect(all, `${n.scope}/${n.column}`).toContain(squash(n.text));
    expect(input.revealed.actions).toHaveLength(4);
    for (const a of input.revealed.actions) {
      expect(all).toContain(squash(a.what));
      expect(all).toContain(squash(a.who));
    }
    for (const ch of ['ë', 'ï', 'é', '‘', '’', '–', '€', 'ĳ']) expect(all, ch).toContain(ch);
    expect(all).toContain(squash('15 mei 2026'));
    expect(all).toContain(squash('Ondertekend op 19 maart 2026'));
  });

  it('shows the principle table with both averages, the difference and the agreed score', () => {
    const first = demoPages[0]!.text;
    expect(squash(first)).toContain(squash('Verschil in perspectief'));
    // Basishouding: agreed 7 first (issue 11); consultant 7,6,8,7,4 → 6,4; reviewer 8,6,7,9,5 → 7; difference 0,6.
    expect(squash(first)).toContain(squash('basishouding 7 6,4 7 0,6'));
    for (const heading of [
      'In één oogopslag',
      'Wat gaat goed?',
      'Waar maken we ons zorgen over?',
      'Wat moet er gebeuren?',
    ]) {
      expect(squash(first)).toContain(squash(heading));
    }
  });

  it('carries the dossier code and participants but nothing of another audit', () => {
    const all = demoPages.map((p) => p.text).join('\n');
    expect(all).toContain('DEMO-OCJ-2025-031');
    expect(all).toContain('Ine Verhoeven (demo)');
    expect(all).toContain('Koen De Wachter (demo)');
    for (const text of [...Object.values(OTHER_TEXTS), 'ANDERS-7', 'DEMO-CONCEPT-1'])
      expect(squash(all)).not.toContain(squash(text));
    // And the other audit's own PDF has its texts: the check above is not vacuous.
    return readPdf(reportPdfFor(backend.db, otherId, { printedAt: PRINTED })).then((pages) => {
      const other = squash(pages.map((p) => p.text).join('\n'));
      for (const text of Object.values(OTHER_TEXTS)) expect(other).toContain(squash(text));
    });
  });

  it('puts page x of y, the print date and the fingerprint on every page', () => {
    const model = buildReportModel(reportInputFor(backend.db, demoId, 'nl'));
    expect(model.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    demoPages.forEach((p, i) => {
      expect(p.text).toContain(`pagina ${i + 1} van ${demoPages.length}`);
      expect(p.text).toContain('Gemaakt op 20 maart 2026');
      expect(p.text).toContain(`Controlecode ${model.fingerprint}`);
    });
    expect(demoPages.length).toBeGreaterThan(2);
  });

  it('says Vertrouwelijk on every page, with plain words for the date and the check code in one footer line', async () => {
    const model = buildReportModel(reportInputFor(backend.db, demoId, 'nl'));
    const check = `Controlecode ${model.fingerprint} (verandert als de inhoud verandert)`;
    for (const p of demoPages) {
      expect(p.text).toContain('Vertrouwelijk');
      expect(p.text).toContain(check);
      expect(p.text).not.toMatch(/Afgedrukt|Vingerafdruk/);
    }
    // The longest month name: the footer still fits on one line without overlap.
    const september = await readPdf(reportPdfFor(backend.db, demoId, { printedAt: new Date('2026-09-30T09:30:00Z') }));
    const en = await readPdf(reportPdfFor(backend.db, demoId, { locale: 'en', printedAt: PRINTED }));
    for (const p of [...demoPages, ...september, ...en]) {
      const footer = p.items.filter((i) => i.str.trim() !== '' && i.y < 40).sort((a, b) => a.x - b.x);
      const ys = footer.map((i) => i.y);
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(2);
      footer.slice(1).forEach((item, k) => expect(item.x, item.str).toBeGreaterThan(footer[k]!.x + footer[k]!.width));
      expect(footer.at(-1)!.x + footer.at(-1)!.width).toBeLessThanOrEqual(p.width - 40);
    }
    expect(september[0]!.text).toContain('Gemaakt op 30 september 2026');
    for (const p of en) expect(p.text).toContain('Confidential');
  });

  it('prints long names whole: in the sign-off boxes and the chart legend they wrap, never cut', async () => {
    const long = (first: string) =>
      `${first} Vandenbroucke-Verhaeghe de Smet-Van Oudenhove Berckmans Ghislaine`.padEnd(80, 'x').slice(0, 80);
    const model = buildReportModel(reportInputFor(backend.db, demoId, 'nl'));
    // In capitals, 80 characters are wider than the page: the legend has to wrap.
    const names = { consultant: long('Anne-Sophie').toUpperCase(), reviewer: long('Jean-Baptiste').toUpperCase() };
    const signers = { consultant: long('Marie-Christine'), reviewer: long('Pieter-Jan') };
    expect(names.consultant).toHaveLength(80);
    expect(signers.consultant).toHaveLength(80);
    for (const r of ['consultant', 'reviewer'] as const) {
      model.people[r] = { ...model.people[r], name: names[r] };
      model.signOffs[r] = { ...model.signOffs[r]!, name: signers[r] };
    }
    const pages = await readPdf(renderReportPdf(model, loadReportFonts(), { printedAt: PRINTED }));
    // The chart opens page two since issue 11 (page one is the record of the conversation).
    const chartPage = squash(pages[1]!.text);
    const all = squash(pages.map((p) => p.text).join('\n'));
    // The chart's legend (page two) names each participant with their role, the sign-off box the one who signed.
    const roles = { consultant: 'consulent', reviewer: 'teamverantwoordelijke' };
    for (const r of ['consultant', 'reviewer'] as const)
      expect(chartPage, `legend ${r}`).toContain(squash(`${names[r]}, ${roles[r]}`));
    for (const r of ['consultant', 'reviewer'] as const) expect(all, `signer ${r}`).toContain(squash(signers[r]));
    expect(all).toContain(squash('Ondertekend op 19 maart 2026'));
  });

  it('is marked final once both signed off, and CONCEPT until then', async () => {
    expect(demoPages.map((p) => p.text).join('\n')).not.toContain('CONCEPT');
    const concept = await readPdf(reportPdfFor(backend.db, conceptId, { printedAt: PRINTED }));
    for (const p of concept) expect(p.text).toContain('CONCEPT');
    const text = concept.map((p) => p.text).join('\n');
    expect(text).toContain('Nog niet ondertekend');
    expect(text).toContain('Deze audit is nog niet afgerond.');
  });

  it('follows the language it is asked for', async () => {
    const en = await readPdf(reportPdfFor(backend.db, demoId, { locale: 'en', printedAt: PRINTED }));
    const text = en.map((p) => p.text).join('\n');
    expect(text).toContain('Case audit summary');
    expect(text).toContain(`page 1 of ${en.length}`);
    expect(text).toContain('Strengths-based and solution-focused attitude');
    expect(text).not.toContain('Samenvatting van de casusaudit');
  });

  it('names the file after the dossier code and the audit date', () => {
    expect(reportFileName('DEMO-OCJ-2025-031', '2026-03-12')).toBe('casusaudit-DEMO-OCJ-2025-031-2026-03-12.pdf');
    expect(reportFileName('OCJ 2024/17', '2026-03-12')).toBe('casusaudit-OCJ-2024-17-2026-03-12.pdf');
  });
});

describe('long texts', { timeout: 60_000 }, () => {
  /** ~20,000 characters of numbered words: order and completeness can be checked word by word. */
  const numbered = (prefix: string, limit = 20_000) => {
    const words: string[] = [];
    let length = 0;
    for (let i = 1; ; i++) {
      const w = `${prefix}${String(i).padStart(4, '0')}${i % 7 === 0 ? 'ë' : ''}${i % 50 === 0 ? '.\n' : ''}`;
      if (length + w.length + 1 > limit) break;
      words.push(w);
      length += w.length + 1;
    }
    return { text: words.join(' '), words: words.map((w) => w.replace(/[.\n]/g, '')) };
  };

  it('flow over pages without loss, in order, and never outside the page', async () => {
    const why = numbered('wíj');
    const note = numbered('nöt');
    expect(why.text.length).toBeGreaterThan(19_900);
    expect(why.text.length).toBeLessThanOrEqual(20_000);
    const longWord = 'Onafgebroken'.repeat(20);

    const api = createHandlers(backend.db);
    const people = api.listPeople({});
    const file = api.createCaseFile({ dossierCode: 'LANG-20000', service: 'OCJ' });
    const audit = api.createAudit({ caseFileId: file.id, consultantId: people[0]!.id, reviewerId: people[1]!.id });
    const content = api.getTemplate({ id: audit.template.id }).content;
    for (const rater of ['consultant', 'reviewer'] as const) {
      for (const [i, item] of allItems(content).entries()) {
        const rationale = rater === 'consultant' && i === 0 ? why.text : i === 1 ? longWord : '';
        api.saveRating({
          auditId: audit.id,
          rater,
          itemKey: item.key,
          score: 5,
          notApplicable: false,
          naReason: '',
          rationale,
        });
      }
      api.submitRatings({ auditId: audit.id, rater, confirmGaps: false });
    }
    api.reveal({ auditId: audit.id });
    api.saveNote({ auditId: audit.id, scope: 'audit', column: 'worries', text: note.text });

    const bytes = reportPdfFor(backend.db, audit.id, { printedAt: PRINTED });
    const pages = await readPdf(bytes);
    const tokens = (prefix: string) => pages.flatMap((p) => p.text.match(new RegExp(`${prefix}\\d{4}ë?`, 'g')) ?? []);
    expect(tokens('wíj')).toEqual(why.words);
    expect(tokens('nöt')).toEqual(note.words);
    expect(squash(pages.map((p) => p.text).join(''))).toContain(longWord);
    expect(pages.length).toBeGreaterThan(8);

    // Nothing drawn beyond the page edges or into the footer band: wrapped, never clipped.
    for (const page of pages) {
      // The rotated CONCEPT watermark is the one item that is meant to cross the page diagonally.
      for (const item of page.items.filter((i) => i.str.trim() !== '' && i.height < 40)) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - 40);
        expect(item.y, item.str).toBeGreaterThanOrEqual(28);
        expect(item.y, item.str).toBeLessThanOrEqual(page.height - 28);
      }
    }
  });
});

describe('the fingerprint', { timeout: 60_000 }, () => {
  it('stays the same for another print date or language, and the bytes still differ', async () => {
    const nl = buildReportModel(reportInputFor(backend.db, demoId, 'nl'));
    const en = buildReportModel(reportInputFor(backend.db, demoId, 'en'));
    expect(en.fingerprint).toBe(nl.fingerprint);
    const later = renderReportPdf(nl, loadReportFonts(), { printedAt: new Date('2027-01-05T12:00:00Z') });
    const laterText = (await readPdf(later)).map((p) => p.text).join('\n');
    expect(laterText).toContain(`Controlecode ${nl.fingerprint}`);
    expect(laterText).toContain('Gemaakt op 5 januari 2027');
    expect(Buffer.from(later).equals(Buffer.from(demoBytes))).toBe(false);
    // Same content and print moment: the very same bytes.
    expect(
      Buffer.from(renderReportPdf(nl, loadReportFonts(), { printedAt: PRINTED })).equals(Buffer.from(demoBytes)),
    ).toBe(true);
  });

  it('changes when the content changes, and only then', () => {
    const api = createHandlers(backend.db);
    const fp = () => buildReportModel(reportInputFor(backend.db, conceptId, 'nl')).fingerprint;
    const before = fp();
    expect(fp()).toBe(before);

    // Saving the same text again only moves a timestamp.
    const note = api.getRevealed({ auditId: conceptId }).notes.find((n) => n.scope === 'audit' && n.column === 'next')!;
    api.saveNote({ auditId: conceptId, scope: 'audit', column: 'next', text: note.text });
    expect(fp()).toBe(before);

    api.saveNote({ auditId: conceptId, scope: 'audit', column: 'next', text: `${note.text} En nog één stap.` });
    const changed = fp();
    expect(changed).not.toBe(before);

    api.saveAgreedScore({ auditId: conceptId, principleKey: 'netwerk', score: 6 });
    expect(fp()).not.toBe(changed);
    const withScore = fp();

    const action = api.addAction({ auditId: conceptId, what: 'Nog een afspraak', who: '', due: null });
    expect(fp()).not.toBe(withScore);
    api.deleteAction({ id: action.id });
    expect(fp()).toBe(withScore);

    api.signOff({ auditId: conceptId, rater: 'consultant', name: 'Ine Verhoeven (demo)' });
    expect(fp()).not.toBe(withScore);
  });

  it('covers every rating field: a changed "why" or score gives another print', () => {
    const input = reportInputFor(backend.db, demoId, 'nl');
    const base = buildReportModel(input).fingerprint;
    const tweak = (fn: (r: (typeof input.revealed.ratings.consultant)[number]) => void) => {
      const copy = structuredClone(input);
      fn(copy.revealed.ratings.reviewer[3]!);
      return buildReportModel(copy).fingerprint;
    };
    expect(tweak((r) => (r.rationale += ' '))).not.toBe(base);
    expect(tweak((r) => (r.score = (r.score ?? 0) + 1))).not.toBe(base);
    expect(tweak((r) => (r.updatedAt = '2030-01-01T00:00:00.000Z'))).toBe(base);
    // Reordered rows (as another query plan might return them) are the same content.
    const shuffled = structuredClone(input);
    shuffled.revealed.ratings.consultant.reverse();
    shuffled.revealed.notes.reverse();
    expect(buildReportModel(shuffled).fingerprint).toBe(base);
  });
});
