/**
 * Importing and exporting the organisation's own matrix through the backend (Backend.call, as both transports):
 * a valid file adds exactly one template, a refused one changes nothing, and export → import gives the same matrix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { MatrixExport } from '../../shared/domain/matrixFile';
import type { TemplateRef } from '../../shared/domain/model';
import type { TemplateContent } from '../../shared/domain/template';
import { dumpDatabase } from '../support/dbDump';
import { edit, threePrinciples, workbookBytes } from '../support/matrixSheet';
import { fail, ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';

let dir = '';
let backend: Backend;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const importFile = (bytes: Uint8Array, fileName: string) =>
  backend.call('importMatrix', { fileName, data: b64(bytes) });
const content = (id: number) => ok<{ content: TemplateContent }>(backend.dispatch('getTemplate', { id })).content;
const withoutVersion = ({ version: _v, ...rest }: TemplateContent) => rest;

async function exportAs(id: number, format: 'xlsx' | 'json') {
  const e = ok<MatrixExport>(await backend.call('exportMatrix', { id, format }));
  return { ...e, bytes: new Uint8Array(Buffer.from(e.data, 'base64')) };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-matrices-'));
  backend = openQuietBackend(path.join(dir, 'casusaudit.sqlite'));
});
afterAll(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing a matrix', () => {
  it('a spreadsheet adds exactly one template; the same slug again becomes its next version', async () => {
    const before = ok<TemplateRef[]>(backend.dispatch('listTemplates', {}));
    const bytes = await workbookBytes(threePrinciples('drie-principes'));
    const first = ok<TemplateRef>(await importFile(bytes, 'onze matrix.xlsx'));
    expect(first).toMatchObject({ slug: 'drie-principes', version: 1, name: { nl: 'Onze eigen matrix' } });
    const after = ok<TemplateRef[]>(backend.dispatch('listTemplates', {}));
    expect(after.length).toBe(before.length + 1);
    const stored = content(first.id);
    expect(stored.principles.map((p) => p.key)).toEqual(['betrokkenheid', 'netwerkkracht', 'helderheid']);
    // English falls back to Dutch where the sheet left it empty.
    expect(stored.principles[1]!.title.en).toBe('Kracht van het netwerk');
    const second = ok<TemplateRef>(await importFile(bytes, 'onze matrix.xlsx'));
    expect(second).toMatchObject({ slug: 'drie-principes', version: 2 });
    expect(withoutVersion(content(second.id))).toEqual(withoutVersion(stored));
  });

  it('a JSON file is imported the same way', async () => {
    const example = fs.readFileSync('docs/matrix-example.json');
    const ref = ok<TemplateRef>(await importFile(new Uint8Array(example), 'voorbeeld.json'));
    expect(ref).toMatchObject({ slug: 'voorbeeld-organisatie', version: 1 });
    expect(content(ref.id).principles[1]!.items[0]!.allowNotApplicable).toBe(true);
  });

  it('each refused file gets its problems and leaves the database exactly as it was', async () => {
    const sheets = threePrinciples('geweigerd');
    const vraag = sheets[2]!.rows[0]!.indexOf('Vraag');
    const na = sheets[2]!.rows[0]!.indexOf('Niet van toepassing mogelijk');
    const cases: [string, Uint8Array, string][] = [
      [
        'missing column',
        await workbookBytes(edit(sheets, 'Vragen', (r) => r.forEach((row) => row.splice(vraag, 1)))),
        'missing_column',
      ],
      ['empty question', await workbookBytes(edit(sheets, 'Vragen', (r) => (r[2]![vraag] = ''))), 'required'],
      ['duplicate key', await workbookBytes(edit(sheets, 'Vragen', (r) => (r[2]![1] = r[1]![1]!))), 'duplicate_key'],
      ['wrong type', await workbookBytes(edit(sheets, 'Vragen', (r) => (r[2]![na] = 'misschien'))), 'not_yes_no'],
      ['20 MB', new Uint8Array(20 * 1024 * 1024), 'too_large'],
      ['a PDF renamed', new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'not_a_spreadsheet'],
      ['random bytes', Uint8Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256), 'not_a_spreadsheet'],
    ];
    for (const [name, bytes, code] of cases) {
      const before = dumpDatabase(backend.db);
      const error = fail(await importFile(bytes, 'matrix.xlsx'));
      expect(error.code, name).toBe('matrix_invalid');
      expect(error.problems?.[0]?.code, name).toBe(code);
      expect(dumpDatabase(backend.db), name).toBe(before);
    }
    const before = dumpDatabase(backend.db);
    const broken = fail(await importFile(new TextEncoder().encode('{"slug": "kapot", "name": '), 'matrix.json'));
    expect(broken.problems?.[0]).toMatchObject({ code: 'not_json', place: { kind: 'file' } });
    expect(dumpDatabase(backend.db)).toBe(before);
  });

  it('arguments are checked as for every operation', async () => {
    expect(fail(await backend.call('importMatrix', { fileName: 'x.json', data: '%%%' })).code).toBe(
      'invalid_arguments',
    );
    expect(fail(await backend.call('exportMatrix', { id: 999_999, format: 'xlsx' })).code).toBe('not_found');
  });
});

describe('export → import gives the same matrix', () => {
  for (const format of ['xlsx', 'json'] as const) {
    it(`the default matrix and an imported one, as ${format}`, async () => {
      const own = ok<TemplateRef>(await importFile(await workbookBytes(threePrinciples(`rond-${format}`)), 'm.xlsx'));
      for (const id of [1, own.id]) {
        const exported = await exportAs(id, format);
        expect(exported.fileName).toMatch(new RegExp(`-v\\d+\\.${format}$`));
        const again = ok<TemplateRef>(await importFile(exported.bytes, exported.fileName));
        expect(again.id).not.toBe(id);
        expect(withoutVersion(content(again.id))).toEqual(withoutVersion(content(id)));
      }
    });
  }
});
