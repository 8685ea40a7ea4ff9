/**
 * ICC(2,1) of two raters (consultant, reviewer): two-way random effects, single rater, absolute agreement (Shrout &
 * Fleiss 1979 ICC2, McGraw & Wong 1996 ICC(A,1)), from the classical two-way ANOVA mean squares, with the 95%
 * interval exactly as R `psych::ICC` reports it for "Single_random_raters" (McGraw & Wong's, with Satterthwaite's
 * degrees of freedom). Two ways to the mean squares: from the pairs (row and column means) and from a contingency
 * table (sums of integer scores, so the numerators are exact); the tests hold them equal.
 *
 * The F quantile comes from @stdlib/stats-base-dists-f-quantile (Apache-2.0, the stdlib-js project, released
 * regularly): a port of Boost's inverse incomplete beta that matches R's `qf` to about 1e-15 on the degrees of freedom
 * used here, where jstat's `centralF.inv` is off by up to 5e-4 at extreme ones. Only this file imports it.
 */
import fQuantile from '@stdlib/stats-base-dists-f-quantile';
import type { Interval } from './teamView';
import type { Pair, Table } from './agreement';

/** Mean squares of the two-way ANOVA (subjects × 2 raters, one score per cell). */
export interface MeanSquares {
  n: number;
  /** Between subjects (df n − 1), between raters (df 1), residual (df n − 1). */
  msb: number;
  msj: number;
  mse: number;
}

export function meanSquaresFromPairs(pairs: readonly Pair[]): MeanSquares {
  const n = pairs.length;
  const meanC = pairs.reduce((s, [c]) => s + c, 0) / n;
  const meanR = pairs.reduce((s, [, r]) => s + r, 0) / n;
  const grand = (meanC + meanR) / 2;
  let ssb = 0;
  let sse = 0;
  for (const [c, r] of pairs) {
    const subject = (c + r) / 2;
    ssb += 2 * (subject - grand) ** 2;
    sse += (c - subject - meanC + grand) ** 2 + (r - subject - meanR + grand) ** 2;
  }
  const ssj = n * ((meanC - grand) ** 2 + (meanR - grand) ** 2);
  return { n, msb: ssb / (n - 1), msj: ssj, mse: sse / (n - 1) };
}

/** With s = c + r and d = c − r: SSB = (nΣs² − (Σs)²)/2n, SSJ = (Σd)²/2n, SSE = (nΣd² − (Σd)²)/2n. */
export function meanSquaresFromTable(table: Table): MeanSquares {
  let n = 0;
  let sumS = 0;
  let sumS2 = 0;
  let sumD = 0;
  let sumD2 = 0;
  for (const { c, r, n: count } of table) {
    n += count;
    sumS += count * (c + r);
    sumS2 += count * (c + r) ** 2;
    sumD += count * (c - r);
    sumD2 += count * (c - r) ** 2;
  }
  return {
    n,
    msb: (n * sumS2 - sumS ** 2) / (2 * n) / (n - 1),
    msj: sumD ** 2 / (2 * n),
    mse: (n * sumD2 - sumD ** 2) / (2 * n) / (n - 1),
  };
}

/**
 * psych's Satterthwaite degrees of freedom v, written with MSE/MSJ instead of Fj = MSJ/MSE so that a residual of 0
 * (every pair differs by the same amount) gives its limit instead of ∞/∞.
 */
function satterthwaite(n: number, icc: number, msj: number, mse: number): number {
  if (msj === 0) return n - 1;
  const q = mse / msj;
  const a = n * (1 + icc) - 2 * icc;
  return ((n - 1) * (2 * icc + a * q) ** 2) / ((n - 1) * 4 * icc ** 2 + (a * q) ** 2);
}

export function iccFromMeanSquares({ n, msb, msj, mse }: MeanSquares): Interval | null {
  if (n < 2) return null;
  const value = (msb - mse) / (msb + mse + (2 * (msj - mse)) / n);
  const v = satterthwaite(n, value, msj, mse);
  const fUpper = fQuantile(0.975, n - 1, v);
  const fLower = fQuantile(0.975, v, n - 1);
  const low = (n * (msb - fUpper * mse)) / (fUpper * (2 * msj + (n - 2) * mse) + n * msb);
  const high = (n * (fLower * msb - mse)) / (2 * msj + (n - 2) * mse + n * fLower * msb);
  return [value, low, high].every(Number.isFinite) ? { value, low, high } : null;
}

const allSame = (values: number[]) => values.every((v) => v === values[0]);

export function iccFromPairs(pairs: readonly Pair[]): Interval | null {
  if (pairs.length < 2 || allSame(pairs.flat())) return null;
  return iccFromMeanSquares(meanSquaresFromPairs(pairs));
}

export function iccFromTable(table: Table): Interval | null {
  const used = table.filter((cell) => cell.n > 0);
  if (allSame(used.flatMap(({ c, r }) => [c, r]))) return null;
  return iccFromMeanSquares(meanSquaresFromTable(used));
}
