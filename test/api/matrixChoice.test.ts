/**
 * Choosing a matrix (issue 14 item 3, ADR 0016): a second matrix next to the built-in one, the default for new
 * audits, an audit started on a chosen matrix, and retired versions kept for their audits but not offered again.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templatesRepository } from '../../db/repositories/templates';
import type { TemplateListing } from '../../shared/domain/model';
import type { TemplateContent } from '../../shared/domain/template';
import { createTestAudit, openQuietBackend, type TestAudit } from '../support/testAudit';
import { fail, ok } from '../support/results';

/** The built-in matrix, renamed and cut to two principles: the organisation's own matrix. */
function ownMatrix(base: TemplateContent): TemplateContent {
  return {
    ...base,
    slug: 'eigen-matrix',
    name: { nl: 'Onze eigen matrix', en: 'Our own matrix' },
    principles: base.principles.slice(0, 2),
  };
}

let t: TestAudit;
let ids: { caseFileId: number; consultantId: number; reviewerId: number };
let builtInId: number;
let ownId: number;
const call = (op: string, args: unknown) => t.backend.dispatch(op, args);

beforeEach(() => {
  t = createTestAudit('matrix-choice', 'MC-1');
  const audit = ok(call('getAudit', { id: t.auditId }));
  ids = { caseFileId: audit.caseFile.id, consultantId: audit.consultant.id, reviewerId: audit.reviewer.id };
  builtInId = audit.template.id;
  ownId = templatesRepository(t.backend.db).insert(ownMatrix(t.content), new Date().toISOString()).id;
});
afterEach(() => {
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

describe('choosing a matrix', () => {
  it('lists every matrix with its flags; the built-in one is the default until another is chosen', () => {
    const list = ok<TemplateListing[]>(call('listTemplates', {}));
    expect(list.map((m) => [m.id, m.retired, m.isDefault]).sort()).toEqual(
      [
        [builtInId, false, true],
        [ownId, false, false],
      ].sort(),
    );
    expect(ok(call('getDefaultTemplate', {})).id).toBe(builtInId);
  });

  it('starts an audit on the matrix chosen, and new audits on the default chosen', () => {
    const chosen = ok(call('createAudit', { ...ids, templateId: ownId }));
    expect(chosen.template).toMatchObject({ id: ownId, name: { nl: 'Onze eigen matrix' } });
    ok(call('startScoring', { auditId: chosen.id, rater: 'consultant' }));
    const rate = (itemKey: string) =>
      call('saveRating', {
        auditId: chosen.id,
        rater: 'consultant',
        itemKey,
        score: 6,
        notApplicable: false,
        naReason: '',
        rationale: '',
      });
    ok(rate(t.content.principles[1]!.items[0]!.key));
    expect(fail(rate(t.content.principles[2]!.items[0]!.key)).code).toBe('unknown_item'); // not in this matrix

    expect(ok(call('setDefaultTemplate', { id: ownId }))).toMatchObject({ id: ownId, isDefault: true });
    expect(ok(call('createAudit', ids)).template.id).toBe(ownId);
    expect(ok(call('getDefaultTemplate', {})).id).toBe(ownId);
  });

  it('refuses a matrix that does not exist, clearly', () => {
    expect(fail(call('createAudit', { ...ids, templateId: 999 }))).toMatchObject({
      code: 'not_found',
      params: { entity: 'template', id: 999 },
    });
    expect(fail(call('setDefaultTemplate', { id: 999 })).code).toBe('not_found');
  });

  it('a retired version stays readable for its audits but is not offered for new ones', () => {
    const started = ok(call('createAudit', { ...ids, templateId: ownId }));
    expect(ok(call('retireTemplate', { id: ownId }))).toMatchObject({ id: ownId, retired: true });
    expect(fail(call('createAudit', { ...ids, templateId: ownId }))).toMatchObject({ code: 'template_retired' });
    expect(fail(call('setDefaultTemplate', { id: ownId })).code).toBe('template_retired');
    // Its audit goes on as before.
    expect(ok(call('getAudit', { id: started.id })).template.id).toBe(ownId);
    expect(ok(call('getTemplate', { id: ownId })).content.name.nl).toBe('Onze eigen matrix');
    ok(call('startScoring', { auditId: started.id, rater: 'reviewer' }));
    // And it can be offered again.
    expect(ok(call('unretireTemplate', { id: ownId })).retired).toBe(false);
    expect(ok(call('createAudit', { ...ids, templateId: ownId })).template.id).toBe(ownId);
  });

  it('the default can not be retired, neither through the API nor by a direct write', () => {
    expect(fail(call('retireTemplate', { id: builtInId })).code).toBe('template_is_default');
    ok(call('setDefaultTemplate', { id: ownId }));
    expect(fail(call('retireTemplate', { id: ownId })).code).toBe('template_is_default');
    expect(ok(call('retireTemplate', { id: builtInId })).retired).toBe(true);
    expect(() =>
      t.backend.db.prepare('INSERT INTO template_retirement (template_id, retired_at) VALUES (?, ?)').run(ownId, 'x'),
    ).toThrow('template_is_default');
    expect(() => t.backend.db.prepare('UPDATE settings SET default_template_id = ?').run(builtInId)).toThrow(
      'template_retired',
    );
  });

  it('the choices are kept in the data file', () => {
    ok(call('setDefaultTemplate', { id: ownId }));
    ok(call('retireTemplate', { id: builtInId }));
    t.backend.close();
    t.backend = openQuietBackend(t.file);
    const list = ok<TemplateListing[]>(call('listTemplates', {}));
    expect(list.find((m) => m.id === ownId)).toMatchObject({ isDefault: true, retired: false });
    expect(list.find((m) => m.id === builtInId)).toMatchObject({ isDefault: false, retired: true });
  });

  it('inserting a matrix makes the next version of its slug', () => {
    const again = templatesRepository(t.backend.db).insert(ownMatrix(t.content), new Date().toISOString()).id;
    expect(ok(call('getTemplate', { id: again }))).toMatchObject({ slug: 'eigen-matrix', version: 2 });
  });
});
