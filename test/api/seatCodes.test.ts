/**
 * Personal seat codes through the real dispatcher on a real SQLite file: a protected seat opens, saves, submits and
 * reopens only with its code (checked in the backend, typed errors), a refused call changes nothing, and the file
 * holds a salted scrypt hash with its parameters, never the code.
 */
import { scryptSync } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { Rater } from '../../shared/domain/model';
import { allItems, type TemplateItem } from '../../shared/domain/template';
import { dumpDatabase } from '../support/dbDump';
import { fail, ok } from '../support/results';
import { createTestAudit } from '../support/testAudit';

const CODE = 'Zebra-7731';
let backend: Backend;
let dir = '';
let file = '';
let auditId = 0;
let items: TemplateItem[] = [];

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const withCode = (code: string | undefined) => (code === undefined ? {} : { code });
const answer = (rater: Rater, itemKey: string, code?: string) => ({
  auditId,
  rater,
  itemKey,
  score: 6,
  notApplicable: false,
  naReason: '',
  rationale: 'eigen woorden',
  ...withCode(code),
});
const protect = (rater: Rater, code = CODE) => ok(call('setSeatCode', { auditId, rater, code }));
const dump = () => dumpDatabase(backend.db);

beforeEach(() => {
  ({ backend, dir, file, auditId } = createTestAudit('seatcodes', 'SEAT-2026-1'));
  items = allItems(ok(call('getTemplate', { id: ok(call('getAudit', { id: auditId })).template.id })).content);
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a protected seat', () => {
  it('needs its code for startScoring, saveRating, submitRatings and reopenSubmission; refusals change nothing', () => {
    ok(call('saveRating', answer('consultant', items[0]!.key)));
    expect(protect('consultant')).toEqual({
      consultant: { protectedByCode: true },
      reviewer: { protectedByCode: false },
    });
    const calls: [string, (code?: string) => unknown][] = [
      ['startScoring', (code) => ({ auditId, rater: 'consultant', ...withCode(code) })],
      ['saveRating', (code) => answer('consultant', items[1]!.key, code)],
      ['submitRatings', (code) => ({ auditId, rater: 'consultant', confirmGaps: true, ...withCode(code) })],
    ];
    for (const [op, args] of calls) {
      const before = dump();
      expect(fail(call(op, args())), `${op} without the code`).toEqual({ code: 'seat_code_required' });
      expect(fail(call(op, args('Zebra-7732'))), `${op} with a wrong code`).toEqual({ code: 'seat_code_wrong' });
      expect(fail(call(op, args('zebra-7731'))), `${op}: the code is case-sensitive`).toEqual({
        code: 'seat_code_wrong',
      });
      expect(dump(), `${op}: refused calls change nothing`).toBe(before);
    }
    // With the code (spaces around it are trimmed), everything works.
    const session = ok(call('startScoring', { auditId, rater: 'consultant', code: ` ${CODE} ` }));
    expect(session).toMatchObject({ protectedByCode: true, submitted: false });
    expect(session.ratings.map((r: { itemKey: string }) => r.itemKey)).toEqual([items[0]!.key]);
    ok(call('saveRating', answer('consultant', items[1]!.key, CODE)));
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: true, code: CODE }));

    const before = dump();
    expect(fail(call('reopenSubmission', { auditId, rater: 'consultant' }))).toEqual({ code: 'seat_code_required' });
    expect(fail(call('reopenSubmission', { auditId, rater: 'consultant', code: 'Zebra' }))).toEqual({
      code: 'seat_code_wrong',
    });
    expect(dump()).toBe(before);
    expect(ok(call('reopenSubmission', { auditId, rater: 'consultant', code: CODE })).consultantSubmitted).toBe(false);
  });

  it('the other seat and an unprotected seat need no code (a code sent along is not needed)', () => {
    protect('consultant');
    ok(call('saveRating', answer('reviewer', items[0]!.key)));
    ok(call('saveRating', answer('reviewer', items[1]!.key, 'niet-nodig')));
    expect(ok(call('startScoring', { auditId, rater: 'reviewer' }))).toMatchObject({ protectedByCode: false });
    expect(ok(call('getSeats', { auditId }))).toEqual({
      consultant: { protectedByCode: true },
      reviewer: { protectedByCode: false },
    });
  });

  it('changing a code needs the current one; then only the new one opens the seat', () => {
    protect('reviewer');
    const before = dump();
    expect(fail(call('setSeatCode', { auditId, rater: 'reviewer', code: 'nieuw-2222' }))).toEqual({
      code: 'seat_code_required',
    });
    expect(
      fail(call('setSeatCode', { auditId, rater: 'reviewer', code: 'nieuw-2222', currentCode: 'fout-0000' })),
    ).toEqual({ code: 'seat_code_wrong' });
    expect(dump()).toBe(before);
    ok(call('setSeatCode', { auditId, rater: 'reviewer', code: 'nieuw-2222', currentCode: CODE }));
    expect(fail(call('startScoring', { auditId, rater: 'reviewer', code: CODE })).code).toBe('seat_code_wrong');
    ok(call('startScoring', { auditId, rater: 'reviewer', code: 'nieuw-2222' }));
  });

  it('holds until the reveal: needed while ready, not after; codes are set only while scoring apart', () => {
    protect('consultant');
    for (const item of items) ok(call('saveRating', answer('consultant', item.key, CODE)));
    for (const item of items) ok(call('saveRating', answer('reviewer', item.key)));
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false, code: CODE }));
    ok(call('submitRatings', { auditId, rater: 'reviewer', confirmGaps: false }));
    expect(fail(call('startScoring', { auditId, rater: 'consultant' })).code).toBe('seat_code_required');
    expect(fail(call('setSeatCode', { auditId, rater: 'reviewer', code: 'te-laat-1' })).code).toBe(
      'invalid_transition',
    );
    // Below the handlers too: the database refuses a code for an audit past scoring.
    expect(() =>
      backend.db
        .prepare("UPDATE seat_codes SET params = '{}' WHERE audit_id = ? AND rater = 'consultant'")
        .run(auditId),
    ).toThrow(/scores_locked/);
    ok(call('reveal', { auditId }));
    expect(ok(call('startScoring', { auditId, rater: 'consultant' })).ratings).toHaveLength(items.length);
  });

  it('codes of 4 to 32 visible characters; others are refused by validation', () => {
    for (const code of ['abc', ' ab ', 'x'.repeat(33), 'ab\u0000cd', '']) {
      const e = fail(call('setSeatCode', { auditId, rater: 'consultant', code }));
      expect(e.code, JSON.stringify(code)).toBe('invalid_arguments');
    }
    expect(fail(call('setSeatCode', { auditId, rater: 'consultant', code: 'abc' })).issues?.[0]?.message).toBe(
      'seat_code_length',
    );
    expect(ok(call('getSeats', { auditId })).consultant.protectedByCode).toBe(false);
    // Composed and decomposed "é" are the same code.
    protect('consultant', 'caf\u00e9-12');
    ok(call('startScoring', { auditId, rater: 'consultant', code: 'cafe\u0301-12' }));
  });
});

describe('what is stored', () => {
  it('a salted scrypt hash with its parameters, never the code: not in the file, not in its journal', () => {
    protect('consultant');
    protect('reviewer'); // the same code on two seats
    const rows = backend.db
      .prepare('SELECT rater, algorithm, params, salt, hash FROM seat_codes WHERE audit_id = ? ORDER BY rater')
      .all(auditId) as { rater: Rater; algorithm: string; params: string; salt: Buffer; hash: Buffer }[];
    expect(rows.map((r) => r.rater)).toEqual(['consultant', 'reviewer']);
    for (const r of rows) {
      expect(r.algorithm).toBe('scrypt');
      const p = JSON.parse(r.params) as { N: number; r: number; p: number; keylen: number };
      expect(p).toEqual({ N: 16384, r: 8, p: 1, keylen: 32 });
      expect(r.salt.length).toBe(16);
      // The recorded parameters are enough to check a code: the hash is scrypt(code, salt).
      expect(scryptSync(CODE, r.salt, p.keylen, { N: p.N, r: p.r, p: p.p }).equals(r.hash)).toBe(true);
    }
    expect(rows[0]!.salt.equals(rows[1]!.salt)).toBe(false);
    expect(rows[0]!.hash.equals(rows[1]!.hash)).toBe(false);
    for (const f of [file, `${file}-wal`].filter((f) => fs.existsSync(f))) {
      const bytes = fs.readFileSync(f);
      for (const enc of ['utf8', 'utf16le'] as const) {
        expect(bytes.includes(Buffer.from(CODE, enc)), `${f} (${enc})`).toBe(false);
      }
    }
  });
});
