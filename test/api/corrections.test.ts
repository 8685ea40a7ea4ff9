/**
 * Correcting a case file, an audit and a person's name through the real dispatcher on a real SQLite file: the same
 * validation as on creation, refused once the audit is completed (also by the database's trigger when the handler is
 * bypassed), and participants fixed once someone started scoring.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { AuditDetail, CaseFile, Person, Rater } from '../../shared/domain/model';
import { allItems, type TemplateItem } from '../../shared/domain/template';
import { fail, ok } from '../support/results';
import { createTestAudit } from '../support/testAudit';

let backend: Backend;
let dir = '';
let auditId = 0;
let items: TemplateItem[] = [];

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const audit = () => ok<AuditDetail>(call('getAudit', { id: auditId }));
const caseFileArgs = (over: Record<string, unknown> = {}) => ({
  id: audit().caseFile.id,
  dossierCode: 'OCJ-2026-042',
  service: 'SDJ',
  region: 'Gent',
  referralYear: 2021,
  closureYear: 2024,
  ...over,
});
const auditArgs = (over: Record<string, unknown> = {}) => {
  const a = audit();
  return { auditId, consultantId: a.consultant.id, reviewerId: a.reviewer.id, auditDate: a.auditDate, ...over };
};
const score = (rater: Rater) =>
  items.forEach((it) =>
    ok(
      call('saveRating', {
        auditId,
        rater,
        itemKey: it.key,
        score: 5,
        notApplicable: false,
        naReason: '',
        rationale: '',
      }),
    ),
  );
const complete = () => {
  for (const rater of ['consultant', 'reviewer'] as const) {
    score(rater);
    ok(call('submitRatings', { auditId, rater, confirmGaps: false }));
  }
  ok(call('reveal', { auditId }));
  ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }));
  ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
  expect(audit().status).toBe('completed');
};

beforeEach(() => {
  let content;
  ({ backend, dir, auditId, content } = createTestAudit('corrections', 'CORR-2026-1'));
  items = allItems(content);
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('correcting a case file', () => {
  it('changes its code and context, shown by the audit', () => {
    const cf = ok<CaseFile>(call('correctCaseFile', caseFileArgs()));
    expect(cf).toMatchObject({ dossierCode: 'OCJ-2026-042', service: 'SDJ', region: 'Gent', closureYear: 2024 });
    expect(audit().caseFile.dossierCode).toBe('OCJ-2026-042');
    expect(audit().caseFileDetail.region).toBe('Gent');
    // Optional context left out is cleared, as on creation.
    expect(ok<CaseFile>(call('correctCaseFile', caseFileArgs({ region: '' }))).region).toBeNull();
  });

  it('validates as on creation: code rules, years, unique code', () => {
    const issue = (over: Record<string, unknown>) => fail(call('correctCaseFile', caseFileArgs(over)));
    expect(issue({ dossierCode: 'geen cijfer' }).issues?.[0]?.message).toBe('dossier_code_digit');
    expect(issue({ dossierCode: '#12' }).issues?.[0]?.message).toBe('dossier_code_chars');
    expect(issue({ dossierCode: '   ' }).code).toBe('invalid_arguments');
    expect(issue({ closureYear: 2019, referralYear: 2020 }).issues?.[0]?.message).toBe('closure_before_referral');
    expect(issue({ service: 'XYZ' }).code).toBe('invalid_arguments');
    ok(call('createCaseFile', { dossierCode: 'ANDER-7', service: 'OCJ' }));
    expect(issue({ dossierCode: 'ander-7' })).toEqual({ code: 'conflict_dossier_code', params: { code: 'ander-7' } });
    // Its own code in other capitals is no conflict.
    expect(ok<CaseFile>(call('correctCaseFile', caseFileArgs({ dossierCode: 'corr-2026-1' }))).dossierCode).toBe(
      'corr-2026-1',
    );
  });

  it('accepts letters with diacritics, on creation and on correction, stored in one composed form', () => {
    expect(
      ok<CaseFile>(call('createCaseFile', { dossierCode: 'OCJ-Brussel-ëï-0042', service: 'OCJ' })).dossierCode,
    ).toBe('OCJ-Brussel-ëï-0042');
    const decomposed = 'Çé-Liège-7'.normalize('NFD');
    const cf = ok<CaseFile>(call('correctCaseFile', caseFileArgs({ dossierCode: decomposed })));
    expect(cf.dossierCode).toBe('Çé-Liège-7'.normalize('NFC'));
    expect(fail(call('createCaseFile', { dossierCode: 'Çé-Liège-7', service: 'OCJ' })).code).toBe(
      'conflict_dossier_code',
    );
  });

  it('is refused once one of its audits is completed, by the handler and by the trigger', () => {
    complete();
    const before = audit();
    expect(fail(call('correctCaseFile', caseFileArgs()))).toEqual({
      code: 'case_file_locked',
      params: { code: 'CORR-2026-1' },
    });
    expect(audit()).toEqual(before);
    expect(() => backend.db.prepare('UPDATE audits SET updated_at = ? WHERE id = ?').run('x', auditId)).toThrow(
      'audit_locked',
    );
  });
});

describe('correcting an audit', () => {
  it('changes its date at any stage before completion, and its participants before anyone scored', () => {
    const a = audit();
    const third = ok<Person>(call('createPerson', { name: 'Toon Derde', role: 'teamverantwoordelijke' }));
    const moved = ok<AuditDetail>(call('correctAudit', auditArgs({ auditDate: '2026-01-31', reviewerId: third.id })));
    expect(moved.auditDate).toBe('2026-01-31');
    expect(moved.reviewer.name).toBe('Toon Derde');
    // Swapping the seats is a participant change too.
    const swapped = ok<AuditDetail>(
      call('correctAudit', auditArgs({ consultantId: third.id, reviewerId: a.consultant.id })),
    );
    expect([swapped.consultant.name, swapped.reviewer.name]).toEqual(['Toon Derde', 'Charlotte Consulent']);
  });

  it('validates as on creation', () => {
    const issue = (over: Record<string, unknown>) => fail(call('correctAudit', auditArgs(over)));
    expect(issue({ auditDate: '2026-02-30' }).issues?.[0]?.message).toBe('date_invalid');
    expect(issue({ auditDate: '15/03/2026' }).issues?.[0]?.message).toBe('date_format');
    expect(issue({ reviewerId: audit().consultant.id }).issues?.[0]?.message).toBe('same_person');
    expect(issue({ reviewerId: 999 })).toEqual({ code: 'not_found', params: { entity: 'person', id: 999 } });
    expect(fail(call('correctAudit', { ...auditArgs(), auditId: 999 })).code).toBe('not_found');
  });

  it('keeps the participants once someone started scoring or set a seat code, but still corrects the date', () => {
    const third = ok<Person>(call('createPerson', { name: 'Toon Derde', role: 'consulent' }));
    ok(call('setSeatCode', { auditId, rater: 'reviewer', code: 'geheim-1' }));
    expect(audit().status).toBe('created');
    expect(fail(call('correctAudit', auditArgs({ consultantId: third.id }))).code).toBe('participants_locked');
    const [first] = items;
    ok(
      call('saveRating', {
        auditId,
        rater: 'consultant',
        itemKey: first!.key,
        score: 3,
        notApplicable: false,
        naReason: '',
        rationale: '',
      }),
    );
    expect(fail(call('correctAudit', auditArgs({ consultantId: third.id }))).code).toBe('participants_locked');
    expect(ok<AuditDetail>(call('correctAudit', auditArgs({ auditDate: '2025-12-01' }))).auditDate).toBe('2025-12-01');
  });

  it('corrects the second participant’s role until completion, validated as on creation; left out, it stays', () => {
    const role = (over: Record<string, unknown>) => ok<AuditDetail>(call('correctAudit', auditArgs(over))).reviewerRole;
    expect(audit().reviewerRole).toBe('teamverantwoordelijke');
    // A known role typed with a capital and its diaeresis is stored as the known role's key, as on creation.
    expect(role({ reviewerRole: 'Groepscoördinator' })).toBe('groepscoordinator');
    expect(role({ auditDate: '2026-02-01' })).toBe('groepscoordinator');
    expect(role({ reviewerRole: 'Pleegzorgbegeleider' })).toBe('Pleegzorgbegeleider');
    expect(fail(call('correctAudit', auditArgs({ reviewerRole: '   ' }))).code).toBe('invalid_arguments');
    expect(fail(call('correctAudit', auditArgs({ reviewerRole: 'x'.repeat(61) }))).code).toBe('invalid_arguments');
    expect(audit().reviewerRole).toBe('Pleegzorgbegeleider');
    complete();
    expect(fail(call('correctAudit', auditArgs({ reviewerRole: 'co-consulent' }))).code).toBe('audit_locked');
  });

  it('is refused once completed, by the handler and by the trigger; after a recorded reopening it works', () => {
    complete();
    const before = audit();
    expect(fail(call('correctAudit', auditArgs({ auditDate: '2020-01-01' }))).code).toBe('audit_locked');
    expect(() =>
      backend.db.prepare('UPDATE audits SET audit_date = ? WHERE id = ?').run('2020-01-01', auditId),
    ).toThrow('audit_locked');
    expect(audit()).toEqual(before);
    ok(call('reopenAudit', { auditId, byName: 'Rik Reviewer', reason: 'Verkeerde datum' }));
    expect(ok<AuditDetail>(call('correctAudit', auditArgs({ auditDate: '2020-01-01' }))).auditDate).toBe('2020-01-01');
  });
});

describe('correcting a person’s name', () => {
  it('renames them everywhere they appear, validated as on creation', () => {
    const id = audit().reviewer.id;
    expect(ok<Person>(call('correctPersonName', { id, name: '  Rik Reviewers ' })).name).toBe('Rik Reviewers');
    expect(audit().reviewer.name).toBe('Rik Reviewers');
    expect(fail(call('correctPersonName', { id, name: '\u200B ' })).issues?.[0]?.message).toBe('no_visible_text');
    expect(fail(call('correctPersonName', { id, name: 'a\nb' })).issues?.[0]?.message).toBe('single_line');
    expect(fail(call('correctPersonName', { id, name: 'x'.repeat(121) })).issues?.[0]?.message).toBe('too_long');
    expect(fail(call('correctPersonName', { id: 999, name: 'Niemand' })).code).toBe('not_found');
  });

  it('is refused while the person is in a completed audit, by the handler and by the trigger', () => {
    complete();
    const id = audit().reviewer.id;
    expect(fail(call('correctPersonName', { id, name: 'Rik Anders' }))).toEqual({
      code: 'person_locked',
      params: { name: 'Rik Reviewer' },
    });
    expect(audit().reviewer.name).toBe('Rik Reviewer');
  });
});
