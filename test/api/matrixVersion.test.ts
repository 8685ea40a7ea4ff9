/**
 * Saving a matrix edited in the app (saveMatrixVersion, issue 14 item 2): a valid draft becomes exactly one new
 * version by the import's path; an invalid one is refused by the import's schema with its problems by JSON path and
 * changes nothing; an audit keeps the version it started with.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateRef } from '../../shared/domain/model';
import type { TemplateContent } from '../../shared/domain/template';
import { dumpDatabase } from '../support/dbDump';
import { fail, ok } from '../support/results';
import { createTestAudit, type TestAudit } from '../support/testAudit';

let env: TestAudit;
const templateOf = (id: number) =>
  ok<{ content: TemplateContent }>(env.backend.dispatch('getTemplate', { id })).content;
const auditTemplate = () =>
  ok<{ template: TemplateRef }>(env.backend.dispatch('getAudit', { id: env.auditId })).template;
const templates = () => ok<TemplateRef[]>(env.backend.dispatch('listTemplates', {}));
const save = (content: unknown) => env.backend.call('saveMatrixVersion', { content });

/** The stored matrix as the editor sends it: the import form, without a version. */
function asDraft(content: TemplateContent) {
  const { version: _v, ...rest } = structuredClone(content);
  return rest;
}

beforeAll(() => {
  env = createTestAudit('matrix-version', 'DOS-MV-1');
});
afterAll(() => {
  env.backend.close();
  fs.rmSync(env.dir, { recursive: true, force: true });
});

describe('saveMatrixVersion', () => {
  it('a valid draft adds exactly one new version; the audit keeps the version it started with', async () => {
    const used = auditTemplate();
    const before = templates();
    const original = templateOf(used.id);
    const draft = asDraft(original);
    draft.principles[0]!.items[0]!.question = { nl: 'Een herschreven vraag?', en: 'A reworded question?' };
    const moved = draft.principles[1]!.items.splice(0, 1)[0]!;
    draft.principles[1]!.items.push(moved);
    const ref = ok<TemplateRef>(await save(draft));
    expect(ref).toMatchObject({ slug: original.slug, version: original.version + 1 });
    const after = templates();
    expect(after.length).toBe(before.length + 1);
    const stored = templateOf(ref.id);
    expect(stored.principles[0]!.items[0]!.question.nl).toBe('Een herschreven vraag?');
    expect(stored.principles[1]!.items.at(-1)!.key).toBe(moved.key);
    // The audit still points at the version it started with, whose content is unchanged.
    expect(auditTemplate()).toEqual(used);
    expect(templateOf(used.id)).toEqual(original);
  });

  it('English left out falls back to Dutch, as on import', async () => {
    const draft = asDraft(templateOf(1));
    draft.name = { nl: 'Onze bewerkte matrix' } as never;
    const ref = ok<TemplateRef>(await save(draft));
    expect(ref.name).toEqual({ nl: 'Onze bewerkte matrix', en: 'Onze bewerkte matrix' });
  });

  it('an invalid draft is refused with its problems by path and leaves the database exactly as it was', async () => {
    const base = templateOf(1);
    const emptyQuestion = asDraft(base);
    emptyQuestion.principles[0]!.items[1]!.question = { nl: '  ', en: '' } as never;
    const duplicate = asDraft(base);
    duplicate.principles[1]!.items[0]!.key = duplicate.principles[0]!.items[0]!.key;
    const tooMany = asDraft(base);
    tooMany.principles[0]!.items = Array.from({ length: 13 }, (_, i) => ({
      ...base.principles[0]!.items[0]!,
      key: `x.${i}`,
    }));
    const noQuestions = asDraft(base);
    noQuestions.principles[2]!.items = [];
    const cases: [string, unknown, string, string][] = [
      ['empty question', emptyQuestion, 'principles[0].items[1].question.nl', 'required'],
      ['duplicate key', duplicate, 'principles[1].items[0].key', 'duplicate_key'],
      ['13 questions', tooMany, 'principles[0].items', 'too_many'],
      ['no questions', noQuestions, 'principles[2].items', 'too_few'],
    ];
    for (const [name, content, path, code] of cases) {
      const before = dumpDatabase(env.backend.db);
      const error = fail(await save(content));
      expect(error.code, name).toBe('matrix_invalid');
      expect(error.problems, name).toContainEqual(expect.objectContaining({ code, place: { kind: 'json', path } }));
      expect(dumpDatabase(env.backend.db), name).toBe(before);
    }
    expect(fail(await env.backend.call('saveMatrixVersion', { content: 'tekst' })).code).toBe('invalid_arguments');
  });
});
