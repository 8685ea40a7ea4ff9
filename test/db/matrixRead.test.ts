/**
 * Reading the organisation's own matrix (db/matrix/): a spreadsheet as quality staff fill it, and JSON. Every
 * problem names its sheet, row and column (or JSON path), in Dutch and in English.
 */
import { describe, expect, it } from 'vitest';
import { readMatrixFile, type MatrixRead } from '../../db/matrix';
import { MATRIX_PROBLEM_CODES, type MatrixProblem } from '../../shared/domain/matrixFile';
import { describeMatrixProblem } from '../../shared/i18n/matrixProblem';
import { resources, translate } from '../../shared/i18n/translate';
import { edit, threePrinciples, workbookBytes } from '../support/matrixSheet';

const nl = translate('nl');
const en = translate('en');
const problems = (r: MatrixRead): MatrixProblem[] => {
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};
const xlsx = async (sheets = threePrinciples()) => readMatrixFile(await workbookBytes(sheets), 'matrix.xlsx');
const json = (value: unknown) => readMatrixFile(new TextEncoder().encode(JSON.stringify(value)), 'matrix.json');
const column = (rows: unknown[][], heading: string) => rows[0]!.indexOf(heading);

describe('reading a matrix spreadsheet', () => {
  it('reads three principles with their own questions, English filled in only where given', async () => {
    const r = await xlsx();
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.file.slug).toBe('eigen-matrix');
    expect(r.file.principles.map((p) => [p.key, p.items.length])).toEqual([
      ['betrokkenheid', 2],
      ['netwerkkracht', 1],
      ['helderheid', 2],
    ]);
    const first = r.file.principles[0]!.items[0]!;
    expect(first.question.en).toBe('Are the parents heard?');
    expect(first.lookFor.map((l) => l.nl)).toEqual(['Eerste aandachtspunt 1', 'Tweede aandachtspunt 1']);
    expect(r.file.principles[0]!.items[1]!.allowNotApplicable).toBe(true);
    // An empty key is made from the principle and the question's place in it.
    expect(r.file.principles[2]!.items[1]!.key).toBe('helderheid.2');
    expect(r.file.overall.key).toBe('overall');
  });

  it('recognises the English sheet names and headings', async () => {
    const english = threePrinciples().map((s) => ({
      name: { Matrix: 'Matrix', Principes: 'Principles', Vragen: 'Questions' }[s.name]!,
      rows: s.rows.map((r, i) =>
        i > 0 ? r : r.map((h) => (h === 'Vraag' ? 'Question' : h === 'Anker laag' ? 'Low anchor' : h)),
      ),
    }));
    expect((await xlsx(english)).ok).toBe(true);
  });

  it('a missing column: names the sheet and the heading', async () => {
    const sheets = edit(threePrinciples(), 'Vragen', (rows) => {
      const c = column(rows, 'Vraag');
      for (const r of rows) r.splice(c, 1);
    });
    const [p] = problems(await xlsx(sheets));
    expect(p).toMatchObject({ code: 'missing_column', place: { kind: 'sheet', sheet: 'Vragen', row: 1 } });
    expect(describeMatrixProblem(nl, p!)).toBe("Blad Vragen, rij 1: De kolom 'Vraag' ontbreekt in de eerste rij.");
    expect(describeMatrixProblem(en, p!)).toBe(
      "Sheet Vragen, row 1: The column 'Vraag' is missing from the first row.",
    );
  });

  it('an empty question: sheet, row and column', async () => {
    const sheets = edit(threePrinciples(), 'Vragen', (rows) => (rows[3]![column(rows, 'Vraag')] = '  '));
    const found = problems(await xlsx(sheets));
    expect(found).toHaveLength(1);
    expect(describeMatrixProblem(nl, found[0]!)).toBe('Blad Vragen, rij 4, kolom D (Vraag): Hier hoort nog tekst.');
    expect(describeMatrixProblem(en, found[0]!)).toBe('Sheet Vragen, row 4, column D (Vraag): Some text belongs here.');
  });

  it('a duplicate key: the row of the second one, in the Sleutel column', async () => {
    const sheets = edit(threePrinciples(), 'Vragen', (rows) => (rows[3]![1] = 'betrokkenheid.stem'));
    const found = problems(await xlsx(sheets));
    expect(found.map((p) => describeMatrixProblem(nl, p))).toEqual([
      'Blad Vragen, rij 4, kolom B (Sleutel): Deze sleutel kwam al eerder voor; elke sleutel mag maar één keer voorkomen.',
    ]);
  });

  it('a wrong type: "misschien" in the not-applicable column', async () => {
    const c = 'Niet van toepassing mogelijk';
    const sheets = edit(threePrinciples(), 'Vragen', (rows) => (rows[2]![column(rows, c)] = 'misschien'));
    const found = problems(await xlsx(sheets));
    expect(found.map((p) => describeMatrixProblem(nl, p))).toEqual([
      "Blad Vragen, rij 3, kolom H (Niet van toepassing mogelijk): Hier verwachten we 'ja' of 'nee', niet 'misschien'.",
    ]);
    expect(describeMatrixProblem(en, found[0]!)).toContain('Sheet Vragen, row 3, column H');
  });

  it('a question under a principle that is not listed, and a principle without questions', async () => {
    const sheets = edit(threePrinciples(), 'Vragen', (rows) => (rows[3]![0] = 'netwerk'));
    const found = problems(await xlsx(sheets)).map((p) => describeMatrixProblem(nl, p));
    expect(found).toEqual([
      "Blad Vragen, rij 4, kolom A (Principe): Het principe 'netwerk' staat niet op het blad Principes.",
      'Blad Principes, rij 3: Hier is er minstens 1 nodig (bij een principe: minstens één vraag).',
    ]);
  });

  it('a missing sheet and a missing overall row', async () => {
    const noSheet = threePrinciples().filter((s) => s.name !== 'Principes');
    expect(problems(await xlsx(noSheet)).map((p) => describeMatrixProblem(nl, p))).toEqual([
      "Blad Principes: Het blad 'Principes' ontbreekt.",
    ]);
    const noOverall = edit(threePrinciples(), 'Vragen', (rows) => rows.pop());
    expect(problems(await xlsx(noOverall)).map((p) => p.code)).toEqual(['no_overall']);
  });

  it('a 20 MB file, a PDF and random bytes named .xlsx are refused before anything is read', async () => {
    const big = new Uint8Array(20 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const [tooLarge] = problems(await readMatrixFile(big, 'groot.xlsx'));
    expect(describeMatrixProblem(nl, tooLarge!)).toBe(
      'Het bestand: Het bestand is 20 MB; een matrix mag ten hoogste 2 MB zijn.',
    );
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    expect(problems(await readMatrixFile(pdf, 'matrix.xlsx'))[0]!.code).toBe('not_a_spreadsheet');
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(problems(await readMatrixFile(random, 'matrix.xlsx'))[0]!.code).toBe('not_a_spreadsheet');
    // A zip that is not a workbook (the zip signature, then garbage).
    const fakeZip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random.subarray(0, 500)]);
    expect(problems(await readMatrixFile(fakeZip, 'matrix.xlsx'))[0]!.code).toBe('not_a_spreadsheet');
  });
});

describe('reading a matrix as JSON', () => {
  it('broken JSON is named as such', async () => {
    const [p] = problems(await readMatrixFile(new TextEncoder().encode('{"slug": "x",'), 'matrix.json'));
    expect(p!.code).toBe('not_json');
    expect(describeMatrixProblem(nl, p!)).toMatch(/^Het bestand: Dit is geen leesbare JSON/);
  });

  it('each problem names its JSON path', async () => {
    const example = (await import('../../docs/matrix-example.json', { with: { type: 'json' } })).default;
    expect((await json(example)).ok).toBe(true);
    const broken = structuredClone(example) as any;
    broken.principles[0].items[0].question.nl = '';
    broken.principles[1].items[0].key = 'samenwerking.stem';
    broken.principles[1].items[0].allowNotApplicable = 'misschien';
    expect(problems(await json(broken)).map((p) => describeMatrixProblem(nl, p))).toEqual([
      'Op principles[0].items[0].question.nl: Hier hoort nog tekst.',
      'Op principles[1].items[0].allowNotApplicable: Hier verwachten we een ander soort waarde (boolean).',
    ]);
    delete broken.principles[1].items[0].allowNotApplicable;
    broken.principles[0].items[0].question.nl = 'Terug ingevuld';
    expect(problems(await json(broken)).map((p) => describeMatrixProblem(en, p))).toEqual([
      'At principles[1].items[0].key: This key was used before; each key can be used only once.',
    ]);
  });
});

describe('the problems’ texts', () => {
  it('every problem code has its sentence in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const problem = (resources[lang].translation as any).matrix.problem as Record<string, string>;
      expect(Object.keys(problem).sort(), lang).toEqual([...MATRIX_PROBLEM_CODES].sort());
    }
  });
});
