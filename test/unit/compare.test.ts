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
  HIGH_SCORE,
  highScore,
  matrixOrder,
  principleSummaries,
  REFERENCE_SCALE_SPAN,
  type Category,
} from '../../shared/domain/compare';
import type { Rating } from '../../shared/domain/scoring';
import { allItems, templateContentSchema, type TemplateContent } from '../../shared/domain/template';

const content = templateContentSchema.parse(template);
const keys = allItems(content).map((i) => i.key);
const scale = allItems(content)[0]!.scale;

type Raw = null | 'na' | 'empty' | number;
const rating = (itemKey: string, a: Exclude<Raw, null>): Rating => ({
  itemKey,
  score: typeof a === 'number' ? a : null,
  notApplicable: a === 'na',
  naReason: a === 'na' ? 'Anders aangepakt' : '',
  rationale: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
/** One answer per item: no row at all (null), N/A, a row without a score, or a score. */
const answersArb = (min: number, max: number) =>
  fc.array(
    fc.oneof(fc.constant<Raw>(null), fc.constant<Raw>('na'), fc.constant<Raw>('empty'), fc.integer({ min, max })),
    {
      minLength: keys.length,
      maxLength: keys.length,
    },
  );
const toRatings = (answers: Raw[], itemKeys = keys): Rating[] =>
  answers.flatMap((a, i) => (a === null ? [] : [rating(itemKeys[i]!, a)]));

/** The rule written out once more, independently, on 0–10. */
function expectedCategory(c: Raw | undefined, r: Raw | undefined): Category {
  if (typeof c !== 'number' || typeof r !== 'number') return 'other';
  if (c >= 7 && r >= 7) return 'sharedStrength';
  if (r - c >= 2) return 'hiddenStrength';
  if (Math.abs(r - c) >= 2) return 'different';
  return 'other';
}

describe('thresholds', () => {
  it('are the named constants, on a 0–10 scale', () => {
    expect({ REFERENCE_SCALE_SPAN, HIGH_SCORE, HIDDEN_STRENGTH_GAP, DIFFERENT_GAP }).toEqual({
      REFERENCE_SCALE_SPAN: 10,
      HIGH_SCORE: 7,
      HIDDEN_STRENGTH_GAP: 2,
      DIFFERENT_GAP: 2,
    });
    expect(highScore(scale)).toBe(7);
  });
  it('sort examples into the four categories', () => {
    expect(categorize(scale, 7, 7)).toBe('sharedStrength');
    expect(categorize(scale, 7, 10)).toBe('sharedStrength'); // both high wins over the gap
    expect(categorize(scale, 6, 7)).toBe('other');
    expect(categorize(scale, 4, 6)).toBe('hiddenStrength');
    expect(categorize(scale, 5, 9)).toBe('hiddenStrength');
    expect(categorize(scale, 6, 4)).toBe('different');
    expect(categorize(scale, 9, 3)).toBe('different');
    expect(categorize(scale, 5, 6)).toBe('other');
    expect(categorize(scale, 6, 5)).toBe('other');
    expect(categorize(scale, null, 9)).toBe('other');
    expect(categorize(scale, 9, null)).toBe('other');
  });
  it('scale with the scale', () => {
    const hundred = { ...scale, min: 0, max: 100 };
    expect(highScore(hundred)).toBe(70);
    expect(categorize(hundred, 40, 60)).toBe('hiddenStrength');
    expect(categorize(hundred, 40, 55)).toBe('other');
    expect(categorize(hundred, 70, 70)).toBe('sharedStrength');
    const oneToFive = { ...scale, min: 1, max: 5 };
    expect(highScore(oneToFive)).toBeCloseTo(3.8);
    expect(categorize(oneToFive, 4, 4)).toBe('sharedStrength');
    expect(categorize(oneToFive, 3, 4)).toBe('hiddenStrength'); // 1 point on 1–5 is 2.5 on 0–10
    expect(categorize(oneToFive, 3, 3)).toBe('other');
  });
});

describe('comparing items', () => {
  it('handles N/A, a missing row and a row without a score', () => {
    const [k0, k1, k2, k3] = keys;
    const compared = compareItems(
      content,
      [rating(k0!, 'na'), rating(k1!, 'empty'), rating(k2!, 8)],
      [rating(k0!, 8), rating(k1!, 8), rating(k3!, 8)],
    );
    expect(compared).toHaveLength(keys.length);
    expect(compared[0]!.answers).toEqual({
      consultant: { kind: 'notApplicable', reason: 'Anders aangepakt' },
      reviewer: { kind: 'score', score: 8 },
    });
    expect(compared[1]!.answers.consultant).toEqual({ kind: 'missing' });
    expect(compared[2]!.answers.reviewer).toEqual({ kind: 'missing' });
    expect(compared[3]!.answers.consultant).toEqual({ kind: 'missing' });
    expect(compared.slice(0, 4).map((x) => [x.difference, x.category])).toEqual([
      [null, 'other'],
      [null, 'other'],
      [null, 'other'],
      [null, 'other'],
    ]);
    expect(compared.at(-1)!.principleKey).toBeNull();
    expect(compared.at(-1)!.item.key).toBe(content.overall.key);
  });

  it('orders an example appreciatively', () => {
    // item 0 shared, 1 close, 2 reviewer −3, 3 reviewer +3, 4 reviewer −5, 5 reviewer +3; the rest unanswered
    const c: Raw[] = [8, 5, 6, 3, 9, 2];
    const r: Raw[] = [9, 5, 3, 6, 4, 5];
    const compared = compareItems(content, toRatings(c), toRatings(r));
    const ordered = appreciativeOrder(compared).map((x) => x.index);
    expect(ordered.slice(0, 6)).toEqual([0, 3, 5, 4, 2, 1]);
    expect(matrixOrder(appreciativeOrder(compared)).map((x) => x.index)).toEqual(compared.map((_, i) => i));
  });
});

describe('appreciative order (properties)', () => {
  it('lists every item exactly once, grouped by category, ties in matrix order, categories as the rule says', () => {
    fc.assert(
      fc.property(answersArb(0, 10), answersArb(0, 10), (c, r) => {
        const compared = compareItems(content, toRatings(c), toRatings(r));
        const ordered = appreciativeOrder(compared);
        expect(ordered.map((x) => x.item.key).sort()).toEqual([...keys].sort());
        expect(new Set(ordered.map((x) => x.index)).size).toBe(keys.length);
        for (let i = 1; i < ordered.length; i++) {
          const a = ordered[i - 1]!;
          const b = ordered[i]!;
          const ca = CATEGORY_ORDER.indexOf(a.category);
          const cb = CATEGORY_ORDER.indexOf(b.category);
          expect(ca).toBeLessThanOrEqual(cb);
          if (ca !== cb) continue;
          if (a.category === 'different') {
            expect(Math.abs(a.difference!)).toBeGreaterThanOrEqual(Math.abs(b.difference!));
            if (Math.abs(a.difference!) === Math.abs(b.difference!)) expect(a.index).toBeLessThan(b.index);
          } else expect(a.index).toBeLessThan(b.index);
        }
        compared.forEach((x, i) => {
          expect(x.category).toBe(expectedCategory(c[i], r[i]));
          const bothScored = typeof c[i] === 'number' && typeof r[i] === 'number';
          expect(x.difference).toBe(bothScored ? (r[i] as number) - (c[i] as number) : null);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: ordering twice, or ordering a shuffled list, gives the same order', () => {
    fc.assert(
      fc.property(answersArb(0, 10), answersArb(0, 10), fc.nat(), (c, r, seed) => {
        const compared = compareItems(content, toRatings(c), toRatings(r));
        const once = appreciativeOrder(compared).map((x) => x.item.key);
        const shuffled = [...compared].sort((a, b) => ((a.index * 7919 + seed) % 97) - ((b.index * 7919 + seed) % 97));
        expect(appreciativeOrder(shuffled).map((x) => x.item.key)).toEqual(once);
        expect(appreciativeOrder(appreciativeOrder(compared)).map((x) => x.item.key)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the thresholds by position on other scales', () => {
    const scales = fc.record({ min: fc.integer({ min: 0, max: 20 }), span: fc.integer({ min: 1, max: 80 }) });
    fc.assert(
      fc.property(
        scales,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ min, span }, a, b) => {
          const s = { ...scale, min, max: min + span };
          const cs = min + Math.round(a * span);
          const rs = min + Math.round(b * span);
          const cat = categorize(s, cs, rs);
          const c10 = ((cs - min) * 10) / span;
          const r10 = ((rs - min) * 10) / span;
          const eps = 1e-9;
          if (cat === 'sharedStrength') expect(Math.min(c10, r10)).toBeGreaterThanOrEqual(7 - eps);
          else expect(Math.min(c10, r10)).toBeLessThan(7 + eps);
          if (cat === 'hiddenStrength') expect(r10 - c10).toBeGreaterThanOrEqual(2 - eps);
          if (cat === 'different') expect(Math.abs(r10 - c10)).toBeGreaterThanOrEqual(2 - eps);
          if (cat === 'other') expect(Math.abs(r10 - c10)).toBeLessThan(2 + eps);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('summary per principle', () => {
  it('counts scored, N/A and missing answers and averages the given scores', () => {
    fc.assert(
      fc.property(answersArb(0, 10), answersArb(0, 10), (c, r) => {
        const compared = compareItems(content, toRatings(c), toRatings(r));
        const summaries = principleSummaries(content, compared);
        expect(summaries.map((s) => s.principleKey)).toEqual(content.principles.map((p) => p.key));
        let offset = 0;
        for (const [pi, s] of summaries.entries()) {
          const n = content.principles[pi]!.items.length;
          expect(s.items).toBe(n);
          for (const [who, raw] of [
            ['consultant', c],
            ['reviewer', r],
          ] as const) {
            const slice = raw.slice(offset, offset + n);
            const scores = slice.filter((x): x is number => typeof x === 'number');
            const sum = s.raters[who];
            expect(sum.scored).toBe(scores.length);
            expect(sum.notApplicable).toBe(slice.filter((x) => x === 'na').length);
            expect(sum.scored + sum.notApplicable + sum.missing).toBe(n);
            if (scores.length === 0) expect(sum.mean).toBeNull();
            else expect(sum.mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
          }
          offset += n;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('carries scores of an item on another scale over by position', () => {
    const mixed: TemplateContent = structuredClone(content);
    const p = mixed.principles[0]!;
    p.items = [p.items[0]!, { ...p.items[1]!, scale: { ...p.items[1]!.scale, min: 0, max: 100 } }];
    const compared = compareItems(mixed, [rating(p.items[0]!.key, 4), rating(p.items[1]!.key, 80)], []);
    const [first] = principleSummaries(mixed, compared);
    expect(first!.raters.consultant.mean).toBeCloseTo(6);
    expect(first!.raters.reviewer).toEqual({ mean: null, scored: 0, notApplicable: 0, missing: 2 });
  });
});
