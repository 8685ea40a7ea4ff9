import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import template from '../../db/templates/sofs-default-v1.json' with { type: 'json' };
import {
  appreciativeOrder,
  categorize,
  CATEGORY_ORDER,
  compareItems,
  DIFFERENT_GAP,
  HIDDEN_STRENGTH_GAP,
  HIGH_SCORE_SHARE,
} from '../../shared/domain/compare';
import type { Rating } from '../../shared/domain/scoring';
import { allItems, templateContentSchema } from '../../shared/domain/template';

const content = templateContentSchema.parse(template);
const keys = allItems(content).map((i) => i.key);
const scale = allItems(content)[0]!.scale;

const answer = fc.oneof(
  fc.constant<null>(null),
  fc.constant<'na'>('na'),
  fc.constant<'empty'>('empty'),
  fc.integer({ min: 0, max: 10 }),
);
const ratingsArb = fc.array(answer, { minLength: keys.length, maxLength: keys.length }).map((answers) =>
  answers.flatMap((a, i): Rating[] =>
    a === null
      ? []
      : [
          {
            itemKey: keys[i]!,
            score: typeof a === 'number' ? a : null,
            notApplicable: a === 'na',
            naReason: a === 'na' ? 'reden' : '',
            rationale: '',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
  ),
);

describe('thresholds', () => {
  it('are the named constants', () => {
    expect([HIGH_SCORE_SHARE, HIDDEN_STRENGTH_GAP, DIFFERENT_GAP]).toEqual([0.7, 2, 2]);
    expect(categorize(scale, 7, 7)).toBe('sharedStrength');
    expect(categorize(scale, 6, 7)).toBe('other');
    expect(categorize(scale, 4, 6)).toBe('hiddenStrength');
    expect(categorize(scale, 6, 4)).toBe('different');
    expect(categorize(scale, 5, 6)).toBe('other');
    expect(categorize(scale, null, 9)).toBe('other');
    expect(categorize({ ...scale, min: 0, max: 100 }, 40, 60)).toBe('hiddenStrength');
    expect(categorize({ ...scale, min: 0, max: 100 }, 40, 55)).toBe('other');
  });
});

describe('appreciative order (properties)', () => {
  it('lists every item exactly once, grouped by category, ties in matrix order, N/A and missing as "other"', () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (c, r) => {
        const compared = compareItems(content, c, r);
        const ordered = appreciativeOrder(compared);
        expect(ordered.map((x) => x.item.key).sort()).toEqual([...keys].sort());
        for (let i = 1; i < ordered.length; i++) {
          const a = ordered[i - 1]!;
          const b = ordered[i]!;
          const ca = CATEGORY_ORDER.indexOf(a.category);
          const cb = CATEGORY_ORDER.indexOf(b.category);
          expect(ca).toBeLessThanOrEqual(cb);
          if (ca === cb) {
            if (a.category === 'different') {
              expect(Math.abs(a.difference!)).toBeGreaterThanOrEqual(Math.abs(b.difference!));
              if (Math.abs(a.difference!) === Math.abs(b.difference!)) expect(a.index).toBeLessThan(b.index);
            } else expect(a.index).toBeLessThan(b.index);
          }
        }
        for (const x of compared) {
          const missing = [x.consultant, x.reviewer].some((y) => !y || y.notApplicable || y.score === null);
          if (missing) expect(x.category).toBe('other');
          if (x.category === 'hiddenStrength') expect(x.difference!).toBeGreaterThanOrEqual(HIDDEN_STRENGTH_GAP);
          if (x.category === 'sharedStrength') expect(Math.min(x.consultant!.score!, x.reviewer!.score!)).toBeGreaterThanOrEqual(7);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('is stable: ordering an ordered list changes nothing', () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (c, r) => {
        const once = appreciativeOrder(compareItems(content, c, r));
        expect(appreciativeOrder(once).map((x) => x.item.key)).toEqual(once.map((x) => x.item.key));
      }),
      { numRuns: 100 },
    );
  });
});
