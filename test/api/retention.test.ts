/**
 * Retention and archive (ADR 0012) through the real dispatcher on a real SQLite file: the period setting, the audits
 * past it (with dates around the boundary), "bewaren", and the archive of completed audits, whose signed content
 * stays locked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import type { AuditPage } from '../../shared/domain/auditList';
import type { AuditSummary } from '../../shared/domain/model';
import type { RetentionSetting } from '../../shared/domain/retention';
import { monthsBefore } from '../../shared/domain/retention';
import { fail, ok } from '../support/results';

let backend: Backend;
let dir = '';
/** The backend's clock: midday, so the local day is the same in every time zone near Brussels. */
let today = '2026-06-15';
let people: [number, number];

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const setting = () => ok<RetentionSetting>(call('getRetention', {}));
const due = (args: object = {}) => ok<AuditPage>(call('listRetentionDue', args));
const dueCodes = () => due().items.map((a) => a.dossierCode);
const list = (args: object = {}) => ok<AuditPage>(call('listAuditPage', args));
const codes = (args: object = {}) => list(args).items.map((a) => a.dossierCode);

function audit(code: string, auditDate: string): number {
  const f = ok<{ id: number }>(call('createCaseFile', { dossierCode: code, service: 'OCJ' }));
  return ok<{ id: number }>(
    call('createAudit', { caseFileId: f.id, consultantId: people[0], reviewerId: people[1], auditDate }),
  ).id;
}

/** Both submit (gaps confirmed), the scores are revealed and both sign: completed, today. */
function complete(auditId: number): void {
  for (const rater of ['consultant', 'reviewer'] as const)
    ok(call('submitRatings', { auditId, rater, confirmGaps: true }));
  ok(call('reveal', { auditId }));
  ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }));
  ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
}

beforeEach(() => {
  today = '2026-06-15';
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-retention-'));
  backend = openBackend(path.join(dir, 'casusaudit.sqlite'), {
    now: () => new Date(`${today}T12:00:00`),
    backups: { intervalMinutes: 0, keep: 5 },
    log: () => {},
  });
  const c = ok<{ id: number }>(call('createPerson', { name: 'Charlotte Consulent', role: 'consulent' }));
  const r = ok<{ id: number }>(call('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' }));
  people = [c.id, r.id];
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the retention period', () => {
  it('is none until chosen, takes only the offered periods, and can be set back to none', () => {
    expect(setting()).toEqual({ months: null, setAt: null, due: 0 });
    expect(setting()).toEqual(ok(call('getRetention', {})));
    expect(ok<RetentionSetting>(call('setRetention', { months: 60 }))).toMatchObject({ months: 60 });
    expect(setting().setAt).toMatch(/^2026-06-15T/);
    for (const months of [0, 7, 13, 60.5, '60', -12, undefined])
      expect(fail(call('setRetention', { months })).code, String(months)).toBe('invalid_arguments');
    expect(setting().months).toBe(60);
    expect(ok<RetentionSetting>(call('setRetention', { months: null })).months).toBeNull();
  });

  it('lists nothing without a period, however old the audits', () => {
    audit('OUD-2001', '2001-01-01');
    expect(due()).toEqual({ items: [], total: 0, nextCursor: null });
    expect(fail(call('keepAudit', { auditId: 1 })).code).toBe('retention_not_due');
  });
});

describe('audits past the period', () => {
  it('counts from the audit date, or a completed audit’s sign-off day, the boundary day included', () => {
    audit('GRENS-1-OP', '2025-06-15'); // exactly one year ago: past
    audit('GRENS-2-NA', '2025-06-16'); // one day short
    audit('OUD-2019', '2019-03-01');
    const signedToday = audit('LAAT-3-GETEKEND', '2020-01-01');
    complete(signedToday); // dated long ago, signed today: its year starts today
    ok(call('setRetention', { months: 12 }));
    expect(dueCodes()).toEqual(['OUD-2019', 'GRENS-1-OP']);
    expect(setting().due).toBe(2);

    today = '2027-06-15';
    expect(dueCodes()).toEqual(['OUD-2019', 'LAAT-3-GETEKEND', 'GRENS-1-OP', 'GRENS-2-NA']);
    ok(call('setRetention', { months: 60 }));
    expect(dueCodes()).toEqual(['OUD-2019']);
  });

  it('pages like the home list and shows only what the home list shows', () => {
    for (let i = 0; i < 5; i++) audit(`OUD-${i}`, `201${i}-05-01`);
    ok(call('setRetention', { months: 24 }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = due({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(5);
      seen.push(...page.items.map((a) => a.dossierCode));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['OUD-0', 'OUD-1', 'OUD-2', 'OUD-3', 'OUD-4']);
    expect(Object.keys(due().items[0]!).sort()).toEqual(Object.keys(list().items[0]!).sort());
    expect(fail(call('listRetentionDue', { limit: 0 })).code).toBe('invalid_arguments');
    expect(fail(call('listRetentionDue', { query: 'x' })).code).toBe('invalid_arguments');
  });

  it('"bewaren" takes an audit off the list for a year; only an audit past the period can be kept', () => {
    const old = audit('OUD-2020', '2020-02-01');
    const recent = audit('RECENT-4', '2026-05-01');
    ok(call('setRetention', { months: 36 }));
    expect(fail(call('keepAudit', { auditId: recent })).code).toBe('retention_not_due');
    expect(fail(call('keepAudit', { auditId: 999 })).code).toBe('not_found');
    expect(ok(call('keepAudit', { auditId: old }))).toEqual({
      auditId: old,
      keptOn: '2026-06-15',
      askAgainOn: '2027-06-15',
    });
    expect(dueCodes()).toEqual([]);
    expect(setting().due).toBe(0);
    expect(codes()).toEqual(['RECENT-4', 'OUD-2020']); // kept, not hidden: still on the home list
    today = '2027-06-14';
    expect(dueCodes()).toEqual([]);
    today = '2027-06-15';
    expect(dueCodes()).toEqual(['OUD-2020']);
  });

  it('is never erased by itself: erasing goes through eraseAudit with its confirmation', () => {
    const signed = audit('OUD-5-GETEKEND', '2018-01-01');
    complete(signed);
    ok(call('archiveAudit', { auditId: signed }));
    today = '2030-01-01';
    ok(call('setRetention', { months: 12 }));
    expect(dueCodes()).toEqual(['OUD-5-GETEKEND']); // archived audits are listed too
    expect(ok(call('getAudit', { id: signed })).status).toBe('completed');
    expect(fail(call('eraseAudit', { auditId: signed })).code).toBe('erase_unconfirmed');
    ok(call('eraseAudit', { auditId: signed, confirmCompleted: true }));
    expect(dueCodes()).toEqual([]);
    expect(backend.db.prepare('SELECT count(*) FROM audit_retention').pluck().get()).toBe(0);
  });
});

describe('the archive', () => {
  it('takes only completed audits; archived ones leave the default list but a search or the toggle finds them', () => {
    const open = audit('OPEN-0001', '2026-06-01');
    const signed = audit('KLAAR-0002', '2026-05-01');
    complete(signed);
    expect(fail(call('archiveAudit', { auditId: open })).code).toBe('archive_not_completed');
    expect(fail(call('unarchiveAudit', { auditId: open })).code).toBe('archive_not_completed');
    expect(list().total).toBe(2);

    const archived = ok<AuditSummary>(call('archiveAudit', { auditId: signed }));
    expect(archived.archivedAt).toMatch(/^2026-06-15T/);
    expect(list()).toMatchObject({ total: 1, items: [{ dossierCode: 'OPEN-0001', archived: false }] });
    expect(codes({ status: 'completed' })).toEqual([]);
    expect(list({ query: 'klaar' }).items).toMatchObject([{ dossierCode: 'KLAAR-0002', archived: true }]);
    expect(list({ query: 'Charlotte' }).total).toBe(2);
    expect(list({ includeArchived: true })).toMatchObject({ total: 2 });
    expect(codes({ includeArchived: true, status: 'completed' })).toEqual(['KLAAR-0002']);
    expect(fail(call('listAuditPage', { includeArchived: 'ja' })).code).toBe('invalid_arguments');

    expect(ok<AuditSummary>(call('unarchiveAudit', { auditId: signed })).archivedAt).toBeNull();
    expect(codes()).toEqual(['OPEN-0001', 'KLAAR-0002']);
  });

  it('changes nothing that was signed, and the database still refuses to', () => {
    const signed = audit('KLAAR-0003', '2026-05-01');
    complete(signed);
    const before = ok<AuditSummary>(call('getAudit', { id: signed }));
    const signedRecord = () => ok(call('getRevealed', { auditId: signed }));
    const record = signedRecord();
    ok(call('archiveAudit', { auditId: signed }));
    expect(ok<AuditSummary>(call('getAudit', { id: signed }))).toEqual({ ...before, archivedAt: expect.any(String) });
    expect(signedRecord()).toEqual(record);
    const db = backend.db;
    expect(() => db.prepare("UPDATE audits SET audit_date = '2020-01-01' WHERE id = ?").run(signed)).toThrow(
      'audit_locked',
    );
    expect(() => db.prepare("UPDATE sign_offs SET name = 'Iemand' WHERE audit_id = ?").run(signed)).toThrow(
      'audit_locked',
    );
    expect(() => db.prepare('DELETE FROM audits WHERE id = ?').run(signed)).toThrow('audit_locked');
    // The table itself takes an archive mark only for a completed audit.
    const open = audit('OPEN-0004', '2026-06-01');
    expect(() =>
      db.prepare("INSERT INTO audit_retention (audit_id, archived_at) VALUES (?, '2026-06-15')").run(open),
    ).toThrow('invalid_transition');
  });

  it('a reopened audit is no longer done and comes back into the list', () => {
    const signed = audit('KLAAR-0005', '2026-05-01');
    complete(signed);
    ok(call('archiveAudit', { auditId: signed }));
    ok(call('reopenAudit', { auditId: signed, byName: 'Rik Reviewer', reason: 'Actie vergeten' }));
    expect(list().items).toMatchObject([{ dossierCode: 'KLAAR-0005', archived: false }]);
    expect(ok<AuditSummary>(call('getAudit', { id: signed })).archivedAt).toBeNull();
  });
});

describe('monthsBefore', () => {
  it('counts calendar months back and forth, the last day of a shorter month included', () => {
    expect(monthsBefore('2026-06-15', 12)).toBe('2025-06-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-06-15', -12)).toBe('2027-06-15');
    expect(monthsBefore('2026-06-15', 120)).toBe('2016-06-15');
  });
});
