/**
 * How far two perspectives on the same question agree (issue 15, "Leren over tijd"): the plain figures (exact, within
 * one point, mean absolute difference) and the chance-corrected ones (quadratic weighted kappa, ICC(2,1)), each from
 * the pairs themselves or from a contingency table of counts per (consultant score, reviewer score), which is what
 * the backend aggregates in SQL. Pure TypeScript: runs in the backend and the renderer.
 *
 * Every figure matches a standard statistics package to 1e-6 (test/unit/agreement.test.ts against
 * test/fixtures/agreement-reference.json, made by scripts/agreement-reference/). The figures describe a group of
 * pairs, never a person (DOMAIN.md §5, §6): nothing here ranks or names anyone.
 */
import { iccFromPairs, iccFromTable } from './agreementIcc';
import { kappaFromTable, kappaIntervalFromTable } from './agreementKappa';
import type { Interval } from './teamView';

/** One question of one audit: the consultant's and the reviewer's score, N/A left out. */
export type Pair = readonly [consultant: number, reviewer: number];
/** The integer scale of a question, e.g. 0..10. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}
/** How many pairs had consultant score `c` and reviewer score `r`. */
export interface Cell {
  readonly c: number;
  readonly r: number;
  readonly n: number;
}
export type Table = readonly Cell[];

export interface AgreementOptions {
  /** Below this many pairs every figure is null (and `tooFew` true). */
  readonly minPairs: number;
  /** Below this many pairs kappa and ICC are null. */
  readonly minPairsChanceCorrected: number;
}

export interface AgreementSummary {
  pairs: number;
  tooFew: boolean;
  exact: number | null;
  withinOne: number | null;
  meanAbsDiff: number | null;
  kappa: Interval | null;
  icc: Interval | null;
}

export function assertScale(scale: Scale): void {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max)
    throw new RangeError(`Agreement: the scale ${scale.min}..${scale.max} must be whole numbers with min < max.`);
}

function assertScore(score: number, scale: Scale | null): void {
  if (!Number.isInteger(score)) throw new RangeError(`Agreement: the score ${score} is not a whole number.`);
  if (scale && (score < scale.min || score > scale.max))
    throw new RangeError(`Agreement: the score ${score} is outside the scale ${scale.min}..${scale.max}.`);
}

/** Throws a RangeError for a score that is not a whole number or lies outside the scale (when one is given). */
export function assertPairs(pairs: readonly Pair[], scale: Scale | null = null): void {
  if (scale) assertScale(scale);
  for (const [c, r] of pairs) {
    assertScore(c, scale);
    assertScore(r, scale);
  }
}

/** Throws a RangeError for a cell with a score off the scale or a count that is not a whole number ≥ 0. */
export function assertTable(table: Table, scale: Scale): void {
  assertScale(scale);
  for (const { c, r, n } of table) {
    assertScore(c, scale);
    assertScore(r, scale);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Agreement: the count ${n} is not a whole number ≥ 0.`);
  }
}

/** The contingency table of the pairs: one cell per (consultant, reviewer) combination that occurs. */
export function tabulate(pairs: readonly Pair[]): Cell[] {
  const cells = new Map<string, { c: number; r: number; n: number }>();
  for (const [c, r] of pairs) {
    const key = `${c}:${r}`;
    const cell = cells.get(key);
    if (cell) cell.n += 1;
    else cells.set(key, { c, r, n: 1 });
  }
  return [...cells.values()];
}

const fractionOf = (pairs: readonly Pair[], test: (c: number, r: number) => boolean): number | null => {
  assertPairs(pairs);
  if (pairs.length === 0) return null;
  return pairs.filter(([c, r]) => test(c, r)).length / pairs.length;
};

/** The share of pairs with the same score (0..1), or null without pairs. */
export const exactAgreement = (pairs: readonly Pair[]): number | null => fractionOf(pairs, (c, r) => c === r);

/** The share of pairs at most one point apart (0..1), or null without pairs. */
export const withinOne = (pairs: readonly Pair[]): number | null => fractionOf(pairs, (c, r) => Math.abs(c - r) <= 1);

/** The mean of |consultant − reviewer|, or null without pairs. */
export function meanAbsoluteDifference(pairs: readonly Pair[]): number | null {
  assertPairs(pairs);
  if (pairs.length === 0) return null;
  return pairs.reduce((sum, [c, r]) => sum + Math.abs(c - r), 0) / pairs.length;
}

/**
 * Quadratic weighted kappa over the whole scale: equals scikit-learn's
 * `cohen_kappa_score(a, b, weights='quadratic', labels=range(min, max + 1))`. Null without pairs or when either
 * rater used one score only (scikit-learn then gives 0, or NaN when both used the same one: chance correction says
 * nothing).
 */
export function quadraticWeightedKappa(pairs: readonly Pair[], scale: Scale): number | null {
  assertPairs(pairs, scale);
  return kappaFromTable(tabulate(pairs), scale);
}

/**
 * That kappa with its 95% interval: estimate ∓ 1.96 × the large-sample standard error of Fleiss, Cohen & Everitt
 * (1969), clipped to [−1, 1]; equals R `vcd::Kappa(table, weights = "Fleiss-Cohen")` with `confint()`. Null when the
 * kappa is.
 */
export function quadraticWeightedKappaInterval(pairs: readonly Pair[], scale: Scale): Interval | null {
  assertPairs(pairs, scale);
  return kappaIntervalFromTable(tabulate(pairs), scale);
}

/**
 * ICC(2,1): two-way random effects, single rater, absolute agreement (Shrout & Fleiss ICC2, McGraw & Wong ICC(A,1)),
 * with the 95% interval R `psych::ICC` reports for "Single_random_raters". Null with fewer than 2 pairs, when every
 * score is the same, or when the interval cannot be computed.
 */
export function icc21(pairs: readonly Pair[]): Interval | null {
  assertPairs(pairs);
  return iccFromPairs(pairs);
}

function summarize(
  count: number,
  opts: AgreementOptions,
  plain: () => Pick<AgreementSummary, 'exact' | 'withinOne' | 'meanAbsDiff'>,
  chanceCorrected: () => Pick<AgreementSummary, 'kappa' | 'icc'>,
): AgreementSummary {
  const tooFew = count < Math.max(1, opts.minPairs);
  const none = { exact: null, withinOne: null, meanAbsDiff: null, kappa: null, icc: null };
  if (tooFew) return { pairs: count, tooFew, ...none };
  const chance = count < opts.minPairsChanceCorrected ? { kappa: null, icc: null } : chanceCorrected();
  return { pairs: count, tooFew, ...plain(), ...chance };
}

/** Every figure of one question from its pairs, with the rules of `QuestionAgreement` in teamView.ts. */
export function summarizeAgreement(pairs: readonly Pair[], scale: Scale, opts: AgreementOptions): AgreementSummary {
  assertPairs(pairs, scale);
  return summarize(
    pairs.length,
    opts,
    () => ({
      exact: exactAgreement(pairs),
      withinOne: withinOne(pairs),
      meanAbsDiff: meanAbsoluteDifference(pairs),
    }),
    () => ({ kappa: quadraticWeightedKappaInterval(pairs, scale), icc: icc21(pairs) }),
  );
}

/** The same figures from a contingency table (e.g. SQL `GROUP BY item, c.score, r.score`), without the pairs. */
export function summarizeTable(table: Table, scale: Scale, opts: AgreementOptions): AgreementSummary {
  assertTable(table, scale);
  let total = 0;
  let same = 0;
  let near = 0;
  let distance = 0;
  for (const { c, r, n } of table) {
    total += n;
    if (c === r) same += n;
    if (Math.abs(c - r) <= 1) near += n;
    distance += n * Math.abs(c - r);
  }
  return summarize(
    total,
    opts,
    () => ({ exact: same / total, withinOne: near / total, meanAbsDiff: distance / total }),
    () => ({ kappa: kappaIntervalFromTable(table, scale), icc: iccFromTable(table) }),
  );
}
