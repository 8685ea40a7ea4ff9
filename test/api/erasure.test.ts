/**
 * Erasing an audit, a case file with its audits, and a person in no audit, through the real dispatcher on a real
 * SQLite file: the second confirmation for a completed audit, the append-only erasure log, the database's own lock
 * on completed audits, and the erased text gone from every byte of the data file and its -wal.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { ErasureResult } from '../../shared/domain/erasure';
import type { AuditDetail, AuditSummary, Person, Rater } from '../../shared/domain/model';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import { fail, ok } from '../support/results';
import { createTestAudit } from '../support/testAudit';

export const MARKER = 'ZqxErasedMarker4417';

let backend: Backend;
let dir = '';
let file = '';
let auditId = 0;
let content: TemplateContent;

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const audit = () => ok<AuditDetail>(call('getAudit', { id: auditId }));
/** Every byte of the data file and its write-ahead log, as one buffer. */
const fileBytes = () =>
  Buffer.concat([
    fs.readFileSync(file),
    fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
  ]);
export const holdsMarker = (bytes: Buffer) => bytes.includes(Buffer.from(MARKER, 'utf8'));

const score = (rater: Rater) =>
  allItems(content).forEach((it, i) =>
    ok(
      call('saveRating', {
        auditId,
        rater,
        itemKey: it.key,
        score: 5,
        notApplicable: false,
        naReason: '',
        rationale: i === 0 ? `${rater} ${MARKER} rationale` : '',
        ...(rater === 'consultant' ? { code: `code-${MARKER}` } : {}),
      }),
    ),
  );
const sign = () => {
  ok(call('signOff', { auditId, rater: 'consultant', name: `Charlotte ${MARKER}` }));
  ok(call('signOff', { auditId, rater: 'reviewer', name: `Rik ${MARKER}` }));
};

/** An audit with the marker in every text field it has, completed, reopened (recorded) and signed again. */
function completeWithMarkerEverywhere(): void {
  const a = audit();
  ok(
    call('correctCaseFile', {
      id: a.caseFile.id,
      dossierCode: `${MARKER}-1`,
      service: 'OCJ',
      region: `regio ${MARKER}`,
      peopleInvolved: `mensen ${MARKER}`,
      minorAges: `leeftijden ${MARKER}`,
      complicatingFactors: `factoren ${MARKER}`,
    }),
  );
  ok(
    call('correctAudit', {
      auditId,
      consultantId: a.consultant.id,
      reviewerId: a.reviewer.id,
      auditDate: a.auditDate,
      reviewerRole: `rol ${MARKER}`,
    }),
  );
  ok(call('setSeatCode', { auditId, rater: 'consultant', code: `code-${MARKER}` }));
  for (const rater of ['consultant', 'reviewer'] as const) {
    score(rater);
    ok(
      call('submitRatings', {
        auditId,
        rater,
        confirmGaps: false,
        ...(rater === 'consultant' ? { code: `code-${MARKER}` } : {}),
      }),
    );
  }
  ok(call('reveal', { auditId }));
  const p = content.principles[0]!.key;
  for (const column of ['strengths', 'worries', 'next'] as const)
    ok(call('saveNote', { auditId, scope: p, column, text: `${column} ${MARKER}` }));
  ok(call('saveAgreedScore', { auditId, principleKey: p, score: 6 }));
  ok(call('addAction', { auditId, what: `actie ${MARKER}`, who: `wie ${MARKER}`, due: '2026-03-01' }));
  sign();
  ok(call('reopenAudit', { auditId, byName: `Rik ${MARKER}`, reason: `reden ${MARKER}` }));
  sign();
  expect(audit().status).toBe('completed');
}

beforeEach(() => {
  ({ backend, dir, file, auditId, content } = createTestAudit('erasure', 'ERASE-2026-1'));
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('erasing an audit', () => {
  it('erases a not yet completed audit at once; the case file and people stay', () => {
    const r = ok<ErasureResult>(call('eraseAudit', { auditId }));
    expect(r.erased).toMatchObject({ kind: 'audit', audits: [{ id: auditId }], caseFile: null, person: null });
    expect(r.walCleared).toBe(true);
    expect(fail(call('getAudit', { id: auditId })).code).toBe('not_found');
    expect(ok<unknown[]>(call('listCaseFiles', {}))).toHaveLength(1);
    expect(ok<Person[]>(call('listPeople', {}))).toHaveLength(2);
  });

  it('refuses a completed audit without the second confirmation, and keeps it whole', () => {
    completeWithMarkerEverywhere();
    expect(fail(call('eraseAudit', { auditId }))).toEqual({ code: 'erase_unconfirmed' });
    expect(fail(call('eraseAudit', { auditId, confirmCompleted: false })).code).toBe('erase_unconfirmed');
    expect(audit().status).toBe('completed');
    ok(call('eraseAudit', { auditId, confirmCompleted: true }));
    expect(ok<AuditSummary[]>(call('listAudits', {}))).toEqual([]);
  });

  it('leaves no byte of its text in the data file or its -wal', () => {
    completeWithMarkerEverywhere();
    expect(holdsMarker(fileBytes())).toBe(true);
    const cf = audit().caseFile.id;
    ok(call('eraseCaseFile', { id: cf, confirmCompleted: true }));
    expect(holdsMarker(fileBytes())).toBe(false);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  });
});

describe('erasing a case file and a person', () => {
  it('erases a case file with all its audits', () => {
    const a = audit();
    const second = ok<AuditDetail>(
      call('createAudit', { caseFileId: a.caseFile.id, consultantId: a.consultant.id, reviewerId: a.reviewer.id }),
    );
    const r = ok<ErasureResult>(call('eraseCaseFile', { id: a.caseFile.id }));
    expect(r.erased.audits.map((x) => x.id).sort()).toEqual([auditId, second.id].sort());
    expect(r.erased.caseFile).toEqual({ id: a.caseFile.id, dossierCode: 'ERASE-2026-1' });
    expect(ok<unknown[]>(call('listCaseFiles', {}))).toEqual([]);
    expect(ok<unknown[]>(call('listAudits', {}))).toEqual([]);
  });

  it('refuses a case file with a completed audit without the second confirmation', () => {
    completeWithMarkerEverywhere();
    expect(fail(call('eraseCaseFile', { id: audit().caseFile.id })).code).toBe('erase_unconfirmed');
    expect(audit().status).toBe('completed');
  });

  it('erases a person in no audit, and refuses one who is in an audit', () => {
    const p = ok<Person>(call('createPerson', { name: `Noor ${MARKER}`, role: 'consulent' }));
    expect(fail(call('erasePerson', { id: audit().consultant.id }))).toEqual({
      code: 'person_in_audit',
      params: { name: 'Charlotte Consulent' },
    });
    expect(holdsMarker(fileBytes())).toBe(true);
    expect(ok<Person[]>(call('listPeopleWithoutAudit', {})).map((x) => x.name)).toEqual([`Noor ${MARKER}`]);
    const r = ok<ErasureResult>(call('erasePerson', { id: p.id }));
    expect(r.erased).toMatchObject({ kind: 'person', audits: [], person: { id: p.id } });
    expect(ok<Person[]>(call('listPeople', {})).map((x) => x.id)).not.toContain(p.id);
    expect(holdsMarker(fileBytes())).toBe(false);
  });
});

describe('the erasure log and the database’s own lock', () => {
  it('records kind, moment and number of audits only, and refuses to be changed', () => {
    completeWithMarkerEverywhere();
    ok(call('eraseCaseFile', { id: audit().caseFile.id, confirmCompleted: true }));
    backend.close();
    const db = new Database(file);
    const rows = db.prepare('SELECT * FROM erasure_log').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['audits', 'erased_at', 'id', 'kind']);
    expect(rows[0]).toMatchObject({ kind: 'case_file', audits: 1 });
    expect(() => db.prepare("UPDATE erasure_log SET kind = 'person'").run()).toThrow('erasure_log_append_only');
    expect(() => db.prepare('DELETE FROM erasure_log').run()).toThrow('erasure_log_append_only');
    db.close();
  });

  it('still refuses deleting a completed audit, or marking it, outside the recorded erasure', () => {
    completeWithMarkerEverywhere();
    backend.close();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    for (const t of ['notes', 'actions', 'sign_offs', 'agreed_scores', 'reopenings', 'ratings'])
      expect(() => db.prepare(`DELETE FROM ${t} WHERE audit_id = ?`).run(auditId), t).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM audits WHERE id = ?').run(auditId)).toThrow('audit_locked');
    expect(() => db.prepare('UPDATE audits SET erasing = 1 WHERE id = ?').run(auditId)).toThrow('audit_locked');
    // A mark with a moment that is not the newest erasure's is refused as well.
    db.prepare(
      "INSERT INTO erasure_log (kind, erased_at, audits) VALUES ('person', '2020-01-01T00:00:00.000Z', 0)",
    ).run();
    expect(() =>
      db.prepare("UPDATE audits SET erasing = 1, updated_at = '2019-01-01T00:00:00.000Z' WHERE id = ?").run(auditId),
    ).toThrow('audit_locked');
    db.close();
  });
});
