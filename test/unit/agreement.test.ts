/**
 * The agreement figures match scikit-learn (quadratic weighted kappa), R vcd (its interval), R psych (ICC(2,1) and
 * its interval) and R's quantile type 7, to 1e-6, on the committed data sets (scripts/agreement-reference/); the
 * pair and table versions agree; bad input is refused with a clear error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactAgreement,
  icc21,
  meanAbsoluteDifference,
  quadraticWeightedKappa,
  quadraticWeightedKappaInterval,
  summarizeAgreement,
  summarizeTable,
  tabulate,
  withinOne,
  type Cell,
  type Pair,
  type Scale,
} from '../../shared/domain/agreement';
import { spreadOf } from '../../shared/domain/spread';
import { expectClose, expectInterval, expectSpread, REFERENCE } from '../support/agreementReference';

const ten: Scale = { min: 0, max: 10 };
const all = { minPairs: 1, minPairsChanceCorrected: 1 };

describe('the reference file', () => {
  it('holds at least 8 data sets, the ones the issue asks for, and the package versions', () => {
    const names = REFERENCE.sets.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of ['small', 'large', 'perfect', 'offset', 'unused-categories', 'scale-1-4', 'many-ties'])
      expect(names).toContain(name);
    expect(REFERENCE.sets.find((s) => s.name === 'large')!.pairs.length).toBeGreaterThanOrEqual(480);
    expect(REFERENCE.sets.find((s) => s.name === 'kappa-undefined')!.kappaSklearn).toBeNull();
    expect(Object.keys(REFERENCE.versions)).toEqual(
      expect.arrayContaining(['scikit-learn', 'R', 'psych', 'vcd', 'python', 'numpy']),
    );
  });
});

describe.each(REFERENCE.sets)('data set $name matches the reference packages', (set) => {
  const { pairs, scale } = set;
  it('plain figures (R)', () => {
    expectClose(exactAgreement(pairs), set.plain.exact, 'exact');
    expectClose(withinOne(pairs), set.plain.withinOne, 'withinOne');
    expectClose(meanAbsoluteDifference(pairs), set.plain.meanAbsDiff, 'meanAbsDiff');
  });
  it('quadratic weighted kappa (scikit-learn) and its interval (vcd)', () => {
    const kappa = quadraticWeightedKappa(pairs, scale);
    if (set.kappa === null) expect(kappa).toBeNull();
    else expectClose(kappa, set.kappaSklearn!, 'kappa vs scikit-learn');
    expectInterval(quadraticWeightedKappaInterval(pairs, scale), set.kappa, 'kappa vs vcd');
  });
  it('ICC(2,1) with its interval (psych::ICC, Single_random_raters)', () => {
    expectInterval(icc21(pairs), set.icc, 'icc');
  });
  it('the table version gives the same figures', () => {
    const summary = summarizeTable(tabulate(pairs), scale, all);
    expectClose(summary.exact, set.plain.exact, 'exact');
    expectClose(summary.meanAbsDiff, set.plain.meanAbsDiff, 'meanAbsDiff');
    expectInterval(summary.kappa, set.kappa, 'kappa');
    expectInterval(summary.icc, set.icc, 'icc');
  });
  it('spreads (quantile type 7)', () => {
    expectSpread(spreadOf(pairs.map(([c]) => c)), set.spreadConsultant, 'consultant');
    expectSpread(spreadOf(pairs.flat()), set.spreadBoth, 'both');
  });
});

describe('spreads of values that are not whole numbers', () => {
  it.each(REFERENCE.spreads)('$name', ({ values, spread }) => expectSpread(spreadOf(values), spread, 'spread'));
});

describe('edge cases', () => {
  it('no pairs: every figure null, too few', () => {
    expect([exactAgreement([]), withinOne([]), meanAbsoluteDifference([])]).toEqual([null, null, null]);
    expect(quadraticWeightedKappa([], ten)).toBeNull();
    expect(icc21([])).toBeNull();
    expect(spreadOf([])).toBeNull();
    const none = { exact: null, withinOne: null, meanAbsDiff: null, kappa: null, icc: null };
    expect(summarizeAgreement([], ten, { minPairs: 0, minPairsChanceCorrected: 0 })).toEqual({
      pairs: 0,
      tooFew: true,
      ...none,
    });
    expect(summarizeTable([], ten, all)).toEqual({ pairs: 0, tooFew: true, ...none });
  });
  it('one pair: plain figures, but no chance correction', () => {
    const summary = summarizeAgreement([[6, 7]], ten, all);
    expect(summary).toEqual({
      pairs: 1,
      tooFew: false,
      exact: 0,
      withinOne: 1,
      meanAbsDiff: 1,
      kappa: null,
      icc: null,
    });
  });
  it('constant ratings: kappa and ICC are undefined, the plain figures are not', () => {
    const same: Pair[] = Array.from({ length: 30 }, () => [6, 6]);
    expect(summarizeAgreement(same, ten, all)).toMatchObject({ exact: 1, meanAbsDiff: 0, kappa: null, icc: null });
    const oneRater: Pair[] = [0, 2, 4, 6, 8].map((r) => [5, r]);
    expect(quadraticWeightedKappa(oneRater, ten)).toBeNull();
  });
  it('perfect agreement with variation: kappa and ICC are 1 with a closed interval', () => {
    const perfect: Pair[] = [0, 3, 5, 5, 8, 10].map((s) => [s, s]);
    expect(quadraticWeightedKappaInterval(perfect, ten)).toEqual({ value: 1, low: 1, high: 1 });
    expect(icc21(perfect)).toEqual({ value: 1, low: 1, high: 1 });
  });
  it('refuses a score outside the scale, a fraction, a bad scale or a bad count, saying which', () => {
    expect(() => quadraticWeightedKappa([[4, 11]], ten)).toThrow('the score 11 is outside the scale 0..10');
    expect(() => summarizeAgreement([[-1, 3]], ten, all)).toThrow('the score -1 is outside the scale 0..10');
    expect(() => exactAgreement([[4.5, 4]])).toThrow('the score 4.5 is not a whole number');
    expect(() => icc21([[Number.NaN, 4]])).toThrow('is not a whole number');
    expect(() => summarizeAgreement([[1, 1]], { min: 4, max: 4 }, all)).toThrow('min < max');
    expect(() => summarizeTable([{ c: 1, r: 2, n: -1 }], ten, all)).toThrow('the count -1');
    expect(() => summarizeTable([{ c: 1, r: 12, n: 1 }], ten, all)).toThrow('outside the scale 0..10');
  });
  it('follows the minimum group: plain figures from minPairs, kappa and ICC from minPairsChanceCorrected', () => {
    const pairs = REFERENCE.sets.find((s) => s.name === 'small')!.pairs;
    const rules = { minPairs: 5, minPairsChanceCorrected: 20 };
    expect(summarizeAgreement(pairs.slice(0, 4), ten, rules)).toMatchObject({ pairs: 4, tooFew: true, exact: null });
    const twelve = summarizeAgreement(pairs, ten, rules);
    expect(twelve).toMatchObject({ pairs: 12, tooFew: false, kappa: null, icc: null });
    expect(twelve.exact).toBeCloseTo(5 / 12, 12);
    const chance = summarizeAgreement([...pairs, ...pairs], ten, rules);
    expect(chance.kappa).not.toBeNull();
    expect(chance.icc).not.toBeNull();
  });
});

/** A table for the same pairs written the awkward way SQL may return it: split cells, empty cells, any order. */
function awkwardTable(pairs: readonly Pair[], scale: Scale): Cell[] {
  const cells = tabulate(pairs).flatMap(({ c, r, n }) =>
    n > 1
      ? [
          { c, r, n: 1 },
          { c, r, n: n - 1 },
        ]
      : [{ c, r, n }],
  );
  return [{ c: scale.max, r: scale.min, n: 0 }, ...cells.reverse()];
}

describe('table and pairs agree', () => {
  const scaleArb = fc
    .record({ min: fc.integer({ min: -2, max: 3 }), span: fc.integer({ min: 1, max: 10 }) })
    .map(({ min, span }) => ({ min, max: min + span }));
  const caseArb = scaleArb.chain((scale) =>
    fc.record({
      scale: fc.constant(scale),
      pairs: fc.array(
        fc.tuple(fc.integer({ min: scale.min, max: scale.max }), fc.integer({ min: scale.min, max: scale.max })),
        { minLength: 0, maxLength: 120 },
      ),
    }),
  );
  it('on 300 seeded random data sets, to 1e-9', () => {
    fc.assert(
      fc.property(caseArb, ({ scale, pairs }) => {
        const fromPairs = summarizeAgreement(pairs, scale, all);
        const fromTable = summarizeTable(awkwardTable(pairs, scale), scale, all);
        expect(fromTable.pairs).toBe(fromPairs.pairs);
        expect(fromTable.tooFew).toBe(fromPairs.tooFew);
        for (const key of ['exact', 'withinOne', 'meanAbsDiff'] as const) {
          if (fromPairs[key] === null) expect(fromTable[key]).toBeNull();
          else expectClose(fromTable[key], fromPairs[key]!, key, 1e-9);
        }
        expectInterval(fromTable.kappa, fromPairs.kappa, 'kappa', 1e-9);
        expectInterval(fromTable.icc, fromPairs.icc, 'icc', 1e-9);
      }),
      { seed: 20260415, numRuns: 300 },
    );
  });
});
