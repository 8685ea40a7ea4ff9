/**
 * A printout that equals the record (issue 11, item 5; ADR 0007): text stored through the API with emoji, bidi
 * controls, zero-width characters, right-to-left words and very long names is read back from the PDF, with pdfjs
 * and with poppler's pdftotext, exactly as stored or as the documented visible marker "⟨U+XXXX⟩".
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../db/api/handlers';
import { openBackend, type Backend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { renderReportPdf } from '../../shared/report/pdf';
import { buildReportModel } from '../../shared/report/reportModel';
import { loadReportFonts, reportInputFor, reportPdfFor } from '../../scripts/reportNode';
import { readPdf, squash } from './pdfText';

const PRINTED = new Date('2026-03-20T09:30:00Z');
let dir: string;
let backend: Backend;
let auditId: number;

// Each sample sits between two plain words, so a gap or a loss shows as the two words touching.
const EMOJI = {
  simple: 'blij😀blij',
  family: 'gezin👨‍👩‍👧gezin',
  flag: 'vlag🇧🇪vlag',
  skin: 'duim👍🏽duim',
  heart: 'hart❤️hart',
  keycap: 'toets1️⃣toets',
};
const INVISIBLE = {
  zwsp: ['nul\u200Bbreed', 'nul⟨U+200B⟩breed'],
  zwj: ['ver\u200Dbonden', 'ver⟨U+200D⟩bonden'],
  zwnj: ['niet\u200Cverbonden', 'niet⟨U+200C⟩verbonden'],
  wordJoiner: ['woord\u2060lijm', 'woord⟨U+2060⟩lijm'],
  bom: ['bom\uFEFFteken', 'bom⟨U+FEFF⟩teken'],
  softHyphen: ['zacht\u00ADkoppel', 'zacht⟨U+00AD⟩koppel'],
  rlo: ['om\u202Ekeer\u202Cnaar', 'om⟨U+202E⟩keer⟨U+202C⟩naar'],
  isolate: ['iso\u2067lat\u2069ie', 'iso⟨U+2067⟩lat⟨U+2069⟩ie'],
  marks: ['lrm\u200Ermm\u200Falm\u061Cend', 'lrm⟨U+200E⟩rmm⟨U+200F⟩alm⟨U+061C⟩end'],
  embedding: ['lre\u202Aen\u202Brle\u202Dlro', 'lre⟨U+202A⟩en⟨U+202B⟩rle⟨U+202D⟩lro'],
  noFont: ['kanji漢kanji', 'kanji⟨U+6F22⟩kanji'],
  privateUse: ['eigen\uE000teken', 'eigen⟨U+E000⟩teken'],
} as const;
const NAME_80 = 'Marie-Christine Vandenbroucke-Verhaeghe de Smet-Van Oudenhove 👩🏽‍⚕️ Berckmans Ghislaine'
  .padEnd(80, 'x')
  .slice(0, 80);
const LONG_WORD = 'Kinderbeschermingsdossieronderzoek'.repeat(6).slice(0, 200);

const pdftotext = (bytes: Uint8Array): string => {
  const file = path.join(dir, `read-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};
/** Both readers' text of the whole document, without white space (wrapping carries no meaning). */
async function readBoth(bytes: Uint8Array): Promise<{ pdfjs: string; poppler: string }> {
  const pages = await readPdf(bytes);
  return { pdfjs: squash(pages.map((p) => p.text).join('\n')), poppler: squash(pdftotext(bytes)) };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-printout-'));
  backend = openBackend(path.join(dir, 'printout.sqlite'));
  auditId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-TEKENS-1', signOff: false }).auditId;
  const api = createHandlers(backend.db);
  api.saveNote({ auditId, scope: 'audit', column: 'strengths', text: Object.values(EMOJI).join(' ') });
  // One action each: short rows that never break over a page.
  for (const [stored] of Object.values(INVISIBLE)) api.addAction({ auditId, what: stored, who: '', due: null });
  api.addAction({ auditId, what: `Actie met emoji 🎉 en ${LONG_WORD}`, who: NAME_80, due: null });
});

afterAll(() => {
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('every stored character prints', { timeout: 120_000 }, () => {
  let text: { pdfjs: string; poppler: string };
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = reportPdfFor(backend.db, auditId, { printedAt: PRINTED });
    text = await readBoth(bytes);
  }, 120_000);

  it('emoji read back exactly as stored: simple, ZWJ family, flag, skin tone, VS16, keycap', () => {
    // pdfjs leaves the (zero-width) joiners out of its text; poppler gives them back.
    for (const [kind, sample] of Object.entries(EMOJI)) {
      expect(text.poppler, kind).toContain(sample);
      expect(text.pdfjs, kind).toContain(sample.replace(/\u200D/g, ''));
    }
    expect(text.pdfjs).toContain('🎉');
    expect(Buffer.from(bytes).includes('/BaseFont /NotoEmoji')).toBe(true);
  });

  it('bidi controls, zero-width and unprintable characters print as their visible marker', () => {
    for (const [reader, all] of Object.entries(text))
      for (const [kind, [, shown]] of Object.entries(INVISIBLE)) expect(all, `${reader}: ${kind}`).toContain(shown);
  });

  it('an 80-character name and a 200-character word print whole', () => {
    expect(NAME_80).toHaveLength(80);
    for (const [reader, all] of Object.entries(text)) {
      expect(all.replace(/\u200D/g, ''), reader).toContain(squash(NAME_80).replace(/\u200D/g, ''));
      expect(all, reader).toContain(LONG_WORD);
    }
  });

  it('stays small: jsPDF embeds only the emoji glyphs used', () => {
    expect(bytes.length).toBeLessThan(400_000);
  });
});

describe('right-to-left text', { timeout: 120_000 }, () => {
  it('prints shaped and in display order; the readers give the letters in that order', async () => {
    const model = buildReportModel(reportInputFor(backend.db, auditId, 'nl'));
    model.summary.next = 'Hebreeuws שלום en Arabisch مرحبا einde';
    const { pdfjs, poppler } = await readBoth(renderReportPdf(model, loadReportFonts(), { printedAt: PRINTED }));
    // Drawn right to left, as a reader of Hebrew or Arabic expects; Arabic in its joined (presentation) forms.
    const displayed = (s: string) => [...s].reverse().join('');
    for (const [reader, all] of Object.entries({ pdfjs, poppler })) {
      const plain = all.normalize('NFKC').replace(/[\u202A-\u202E\u200E\u200F]/g, '');
      const expected = `Hebreeuws${displayed('שלום')}enArabisch${displayed('مرحبا')}einde`;
      const at = plain.indexOf('Hebreeuws');
      expect(plain.slice(at, at + expected.length), reader).toBe(expected);
    }
  });
});

describe('without the emoji font', { timeout: 120_000 }, () => {
  it('prints each emoji as its visible marker, never as nothing; the demo embeds no emoji font', async () => {
    const model = buildReportModel(reportInputFor(backend.db, auditId, 'nl'));
    const { regular, bold } = loadReportFonts();
    const bytes = renderReportPdf(model, { regular, bold }, { printedAt: PRINTED });
    const { pdfjs } = await readBoth(bytes);
    expect(pdfjs).toContain('blij⟨U+1F600⟩blij');
    expect(pdfjs).toContain('gezin⟨U+1F468⟩⟨U+200D⟩⟨U+1F469⟩⟨U+200D⟩⟨U+1F467⟩gezin');
    const demoId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-GEEN-EMOJI' }).auditId;
    const demo = reportPdfFor(backend.db, demoId, { printedAt: PRINTED });
    expect(Buffer.from(demo).includes('/BaseFont /NotoEmoji')).toBe(false);
  });
});

describe('page one is the record of the conversation', { timeout: 120_000 }, () => {
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

  it('carries the action points themselves, and says so, before the scores; the chart opens page two', async () => {
    const demoId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-PAGINA-1' }).auditId;
    const model = buildReportModel(reportInputFor(backend.db, demoId, 'nl'));
    const pages = await readPdf(renderReportPdf(model, loadReportFonts(), { printedAt: PRINTED }));
    const first = squash(pages[0]!.text);
    expect(model.actions.length).toBeGreaterThan(0);
    expect(first).toContain(squash(`${model.actions.length} actiepunten afgesproken: hieronder, op deze pagina.`));
    for (const a of model.actions) expect(first).toContain(squash(a.what));
    expect(first.indexOf('Actiepunten')).toBeLessThan(first.indexOf(squash('In één oogopslag')));
    expect(first).not.toContain(squash('Gemiddelde score per uitgangspunt'));
    expect(squash(pages[1]!.text)).toContain(squash('Gemiddelde score per uitgangspunt'));
  });

  it('points to the page of the action points when a long conversation pushes them off page one', async () => {
    const model = buildReportModel(reportInputFor(backend.db, auditId, 'nl'));
    model.summary.worries = 'Een lange zorg die veel plaats vraagt. '.repeat(150);
    const pages = await readPdf(renderReportPdf(model, loadReportFonts(), { printedAt: PRINTED }));
    const pointer = pages[0]!.text.match(/(\d+) actiepunten afgesproken: zie p\. (\d+)\./);
    expect(pointer?.[1]).toBe(String(model.actions.length));
    const page = Number(pointer![2]);
    expect(page).toBeGreaterThan(1);
    expect(squash(pages[page - 1]!.text)).toContain(`Actiepunten${squash('Wat Wie Tegen wanneer')}`);
  });

  it('wraps an 80-character name and a 200-character word everywhere: header, chart, table, principles, actions, sign-off', async () => {
    const demoId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-LANG-1' }).auditId;
    const model = buildReportModel(reportInputFor(backend.db, demoId, 'nl'));
    const plainName = NAME_80.replace(/[^\x20-\x7E]/gu, 'y').slice(0, 80);
    model.people.consultant = { ...model.people.consultant, name: plainName };
    model.signOffs.consultant = { ...model.signOffs.consultant!, name: plainName };
    model.actions[0] = { ...model.actions[0]!, who: plainName, what: LONG_WORD };
    model.principles[0] = { ...model.principles[0]!, title: `Titel ${LONG_WORD}` };
    const pages = await readPdf(renderReportPdf(model, loadReportFonts(), { printedAt: PRINTED }));
    const all = squash(pages.map((p) => p.text).join('\n'));
    // Name: facts table, chart legend, action "who", sign-off box.
    expect(count(all, squash(plainName))).toBe(4);
    // Principle title: score table, chart label (once cut to two lines), section heading.
    expect(count(all, `Titel${LONG_WORD}`)).toBe(3);
    expect(count(all, LONG_WORD)).toBe(4);
    for (const page of pages)
      for (const item of page.items.filter((i) => i.str.trim() !== '' && i.height < 40))
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - 40);
  });
});
