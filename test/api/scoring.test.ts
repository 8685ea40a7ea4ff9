/** Scoring rules through the real dispatcher on a real SQLite file: answers, typed errors, submit/reopen/reveal, validation. */
import { dumpDatabase } from '../support/dbDump';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { Rater } from '../../shared/domain/model';
import { allItems, type TemplateContent, type TemplateItem } from '../../shared/domain/template';
import { ok, fail } from '../support/results';
import { createTestAudit } from '../support/testAudit';

let backend: Backend;
let dir = '';
let auditId = 0;
let items: TemplateItem[] = [];

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const rating = (rater: Rater, itemKey: string, score: number | null, extra: Record<string, unknown> = {}) => ({
  auditId,
  rater,
  itemKey,
  score,
  notApplicable: false,
  naReason: '',
  rationale: '',
  ...extra,
});
const status = () => ok<{ status: string }>(call('getAudit', { id: auditId })).status;
const own = (rater: Rater) =>
  ok<{
    ratings: { itemKey: string; score: number | null; notApplicable: boolean; naReason: string; rationale: string }[];
    submitted: boolean;
    otherSubmitted: boolean;
  }>(call('startScoring', { auditId, rater }));
const scoreAll = (rater: Rater, score = 6) => items.forEach((i) => ok(call('saveRating', rating(rater, i.key, score))));
const naItem = () => items.find((i) => i.allowNotApplicable)!;
const coreItem = () => items.find((i) => !i.allowNotApplicable)!;

const dump = (): string => dumpDatabase(backend.db);

beforeEach(() => {
  let content: TemplateContent;
  ({ backend, dir, auditId, content } = createTestAudit('scoring', 'SC-2026-7'));
  items = allItems(content);
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('saving answers', () => {
  it('updates in place: one row per rater and item, the last answer wins', () => {
    const key = items[0]!.key;
    ok(call('saveRating', rating('consultant', key, 3, { rationale: 'eerst' })));
    const second = ok<{ score: number; rationale: string }>(
      call('saveRating', rating('consultant', key, 8, { rationale: 'daarna' })),
    );
    expect(second).toMatchObject({ score: 8, rationale: 'daarna' });
    const mine = own('consultant').ratings;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ itemKey: key, score: 8, rationale: 'daarna', notApplicable: false });
  });

  it('N/A with a reason on an item that allows it; the reason is kept', () => {
    const item = naItem();
    ok(
      call(
        'saveRating',
        rating('consultant', item.key, null, { notApplicable: true, naReason: 'Geen kinderen in het gezin.' }),
      ),
    );
    expect(own('consultant').ratings[0]).toMatchObject({
      itemKey: item.key,
      score: null,
      notApplicable: true,
      naReason: 'Geen kinderen in het gezin.',
    });
  });

  it('N/A on a core item is refused: not_applicable_not_allowed', () => {
    expect(
      fail(call('saveRating', rating('consultant', coreItem().key, null, { notApplicable: true, naReason: 'x' }))).code,
    ).toBe('not_applicable_not_allowed');
    expect(own('consultant').ratings).toHaveLength(0);
  });

  it('scores outside the scale or not whole are typed errors', () => {
    const key = items[0]!.key;
    const e11 = fail(call('saveRating', rating('consultant', key, 11)));
    expect(e11.code).toBe('score_out_of_range');
    expect(e11.params).toEqual({ min: 0, max: 10 });
    const eNeg = fail(call('saveRating', rating('consultant', key, -1)));
    expect(eNeg.code).toBe('invalid_arguments');
    expect(eNeg.issues?.[0]?.path).toBe('score');
    const eFrac = fail(call('saveRating', rating('consultant', key, 2.5)));
    expect(eFrac.code).toBe('invalid_arguments');
    expect(eFrac.issues?.map((i) => i.message)).toContain('score_integer');
    expect(own('consultant').ratings).toHaveLength(0);
  });

  it('an unknown item is refused: unknown_item', () => {
    const e = fail(call('saveRating', rating('consultant', 'basishouding.bestaat-niet', 5)));
    expect(e).toEqual({ code: 'unknown_item', params: { item: 'basishouding.bestaat-niet' } });
  });
});

describe('submitting, reopening, locking, revealing', () => {
  it('statuses go created → scoring → ready → conversation', () => {
    expect(status()).toBe('created');
    ok(call('saveRating', rating('consultant', items[0]!.key, 4)));
    expect(status()).toBe('scoring');
    scoreAll('consultant');
    scoreAll('reviewer');
    expect(
      ok<{ status: string }>(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false })).status,
    ).toBe('scoring');
    expect(
      ok<{ status: string }>(call('submitRatings', { auditId, rater: 'reviewer', confirmGaps: false })).status,
    ).toBe('ready');
    expect(ok<{ status: string }>(call('reveal', { auditId })).status).toBe('conversation');
    expect(status()).toBe('conversation');
  });

  it('reveal before both submitted: invalid_transition', () => {
    expect(fail(call('reveal', { auditId }))).toEqual({ code: 'invalid_transition', params: { from: 'created' } });
    scoreAll('consultant');
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    expect(fail(call('reveal', { auditId }))).toEqual({ code: 'invalid_transition', params: { from: 'scoring' } });
    expect(fail(call('getRevealed', { auditId })).code).toBe('not_revealed');
  });

  it('edits after one’s own submit: already_submitted; the other rater can still score', () => {
    scoreAll('consultant', 2);
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    expect(fail(call('saveRating', rating('consultant', items[0]!.key, 9))).code).toBe('already_submitted');
    expect(fail(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false })).code).toBe(
      'already_submitted',
    );
    expect(own('consultant').ratings.every((r) => r.score === 2)).toBe(true);
    ok(call('saveRating', rating('reviewer', items[0]!.key, 9)));
  });

  it('after both submitted, scores are locked: scores_locked (also after reveal)', () => {
    scoreAll('consultant');
    scoreAll('reviewer');
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    ok(call('submitRatings', { auditId, rater: 'reviewer', confirmGaps: false }));
    for (const rater of ['consultant', 'reviewer'] as const) {
      expect(fail(call('saveRating', rating(rater, items[0]!.key, 1))).code).toBe('scores_locked');
      expect(fail(call('reopenSubmission', { auditId, rater })).code).toBe('invalid_transition');
    }
    ok(call('reveal', { auditId }));
    expect(fail(call('saveRating', rating('reviewer', items[0]!.key, 1))).code).toBe('scores_locked');
    // The trigger holds too, below the handlers.
    expect(() => backend.db.prepare('UPDATE ratings SET score = 0').run()).toThrow();
  });

  it('submitting with gaps needs confirmGaps; unanswered_items tells how many', () => {
    ok(call('saveRating', rating('consultant', items[0]!.key, 5)));
    ok(call('saveRating', rating('consultant', naItem().key, null, { notApplicable: true, naReason: 'n.v.t.' })));
    // A rationale without a score is not an answer.
    ok(call('saveRating', rating('consultant', items[2]!.key, null, { rationale: 'nog twijfel' })));
    const e = fail(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    expect(e).toEqual({ code: 'unanswered_items', params: { count: items.length - 2 } });
    expect(own('consultant').submitted).toBe(false);
    const s = ok<{ consultantSubmitted: boolean }>(
      call('submitRatings', { auditId, rater: 'consultant', confirmGaps: true }),
    );
    expect(s.consultantSubmitted).toBe(true);
  });

  it('reopenSubmission works only before the other rater submitted', () => {
    expect(fail(call('reopenSubmission', { auditId, rater: 'consultant' })).code).toBe('invalid_transition');
    scoreAll('consultant');
    expect(fail(call('reopenSubmission', { auditId, rater: 'consultant' })).code).toBe('not_submitted');
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    const reopened = ok<{ consultantSubmitted: boolean; status: string }>(
      call('reopenSubmission', { auditId, rater: 'consultant' }),
    );
    expect(reopened).toMatchObject({ consultantSubmitted: false, status: 'scoring' });
    ok(call('saveRating', rating('consultant', items[0]!.key, 10)));
    ok(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    scoreAll('reviewer');
    ok(call('submitRatings', { auditId, rater: 'reviewer', confirmGaps: false }));
    expect(own('consultant').otherSubmitted).toBe(true);
    expect(fail(call('reopenSubmission', { auditId, rater: 'consultant' })).code).toBe('invalid_transition');
    expect(status()).toBe('ready');
  });
});

describe('validation: a refused call leaves the database unchanged', () => {
  const base = () => rating('consultant', items[0]!.key, 5, { rationale: 'ok' });
  const cases: [string, () => unknown][] = [
    ['extra field', () => ({ ...base(), extra: 1 })],
    [
      'missing field',
      () => {
        const { rationale: _r, ...rest } = base();
        return rest;
      },
    ],
    ['1 MB rationale', () => ({ ...base(), rationale: 'é'.repeat(1024 * 1024) })],
    ['1 MB item key', () => ({ ...base(), itemKey: 'x'.repeat(1024 * 1024) })],
    ['score as string', () => ({ ...base(), score: '5' })],
    ['notApplicable as string', () => ({ ...base(), notApplicable: 'false' })],
    ['auditId as string', () => ({ ...base(), auditId: String(auditId) })],
    ['rater unknown', () => ({ ...base(), rater: 'teamleader' })],
    ['rationale as number', () => ({ ...base(), rationale: 42 })],
    ['args an array', () => [base()]],
    ['args null', () => null],
  ];
  for (const [name, args] of cases) {
    it(`saveRating: ${name} → invalid_arguments`, () => {
      ok(call('saveRating', base()));
      const before = dump();
      const e = fail(call('saveRating', args()));
      expect(e.code).toBe('invalid_arguments');
      expect(dump()).toBe(before);
    });
  }

  it('submitRatings without confirmGaps, or with a string: invalid_arguments, unchanged', () => {
    scoreAll('consultant');
    const before = dump();
    expect(fail(call('submitRatings', { auditId, rater: 'consultant' })).code).toBe('invalid_arguments');
    expect(fail(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: 'yes' })).code).toBe(
      'invalid_arguments',
    );
    expect(fail(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false, sneaky: true })).code).toBe(
      'invalid_arguments',
    );
    expect(dump()).toBe(before);
  });

  it('a refused domain rule also leaves the database unchanged', () => {
    ok(call('saveRating', base()));
    const before = dump();
    fail(call('saveRating', rating('consultant', items[0]!.key, 11)));
    fail(call('saveRating', rating('consultant', coreItem().key, null, { notApplicable: true, naReason: 'x' })));
    fail(call('saveRating', rating('consultant', 'nope', 1)));
    fail(call('submitRatings', { auditId, rater: 'consultant', confirmGaps: false }));
    fail(call('reveal', { auditId }));
    expect(dump()).toBe(before);
  });
});
