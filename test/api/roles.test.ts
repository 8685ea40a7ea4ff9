/**
 * The second participant's role is chosen when the audit is made and returned with the audit: the default
 * (teamverantwoordelijke), each known role, a role typed in (kept as typed), and refusals with a clear error for
 * an empty, invisible, multi-line or too long role. The role is stored in the database, so it survives a reopen.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { KNOWN_PARTNER_ROLES, LIMITS } from '../../shared/domain/model';
import { createTestAudit, openQuietBackend } from '../support/testAudit';
import { fail, ok } from '../support/results';

const t = createTestAudit('roles', 'ROL-2026-001');
const call = (op: string, args: unknown) => t.backend.dispatch(op, args);
const people = ok<{ id: number }[]>(call('listPeople', {}));
const caseFile = ok<{ id: number }[]>(call('listCaseFiles', {}))[0]!;
const base = { caseFileId: caseFile.id, consultantId: people[0]!.id, reviewerId: people[1]!.id };
const create = (reviewerRole?: unknown) =>
  call('createAudit', reviewerRole === undefined ? base : { ...base, reviewerRole });

afterAll(() => {
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

describe('the second participant’s role', () => {
  it('is "teamverantwoordelijke" when none is chosen', () => {
    expect(ok(create()).reviewerRole).toBe('teamverantwoordelijke');
    expect(ok(call('getAudit', { id: t.auditId })).reviewerRole).toBe('teamverantwoordelijke');
  });

  it.each(KNOWN_PARTNER_ROLES)('is stored and returned as chosen: %s', (role) => {
    const made = ok<{ id: number; reviewerRole: string }>(create(role));
    expect(made.reviewerRole).toBe(role);
    expect(ok(call('getAudit', { id: made.id })).reviewerRole).toBe(role);
    expect(
      ok<{ id: number; reviewerRole: string }[]>(call('listAudits', {})).find((a) => a.id === made.id),
    ).toMatchObject({ reviewerRole: role });
  });

  it('a known role typed in any case, with or without accents, becomes that role', () => {
    expect(ok(create('Groepscoördinator')).reviewerRole).toBe('groepscoordinator');
    expect(ok(create('  CO-CONSULENT ')).reviewerRole).toBe('co-consulent');
  });

  it('a role typed in is kept exactly as typed (trimmed at both ends), and survives a reopen', () => {
    const made = ok<{ id: number; reviewerRole: string }>(create('  Stafmedewerker kwaliteit 👩‍💼 '));
    expect(made.reviewerRole).toBe('Stafmedewerker kwaliteit 👩‍💼');
    t.backend.close();
    t.backend = openQuietBackend(t.file);
    expect(ok(call('getAudit', { id: made.id })).reviewerRole).toBe('Stafmedewerker kwaliteit 👩‍💼');
  });

  it.each([
    ['empty', '', 'required'],
    ['only spaces', '   ', 'required'],
    ['only invisible characters', '\u200B\u2060', 'no_visible_text'],
    ['two lines', 'team\nleider', 'single_line'],
    ['too long', 'r'.repeat(LIMITS.role + 1), 'too_long'],
    ['a control character', 'team\u0007', 'control_chars'],
  ])('is refused with a clear error when %s, and no audit is made', (_, role, message) => {
    const before = ok<unknown[]>(call('listAudits', {})).length;
    const error = fail(create(role));
    expect(error).toMatchObject({ code: 'invalid_arguments', issues: [{ path: 'reviewerRole', message }] });
    expect(ok<unknown[]>(call('listAudits', {}))).toHaveLength(before);
  });

  it('a role of exactly the maximum length is accepted', () => {
    expect(ok(create('r'.repeat(LIMITS.role))).reviewerRole).toHaveLength(LIMITS.role);
  });

  it('is refused when it is not text', () => {
    expect(fail(create(42))).toMatchObject({ code: 'invalid_arguments', issues: [{ path: 'reviewerRole' }] });
  });
});
