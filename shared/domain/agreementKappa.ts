/**
 * Quadratic weighted kappa from a contingency table, and its 95% interval. The table is checked by the callers in
 * agreement.ts. Categories are the whole scale min..max (unused scores count in the weights), so the estimate equals
 * scikit-learn's `cohen_kappa_score(..., weights='quadratic', labels=range(min, max + 1))`.
 *
 * The interval is estimate ∓ z(0.975) × ASE with the large-sample variance of Fleiss, Cohen & Everitt (1969), as R
 * `vcd::Kappa` computes it, clipped to [−1, 1] as `vcd`'s `confint()` does. R `psych::cohen.kappa` (2.2.9) gives the
 * same estimate, but its variance of the weighted kappa mixes up the marginal weights (scripts/agreement-reference/
 * README.md): it comes out negative (psych then shows a zero-width interval) or far too wide, so we do not follow it.
 */
import type { Interval } from './teamView';
import type { Scale, Table } from './agreement';

/** R `qnorm(0.975)`. */
const Z_975 = 1.959963984540054;

interface Frequencies {
  /** Proportions p[i][j], rows consultant, columns reviewer, index = score − min. */
  p: number[][];
  rows: number[];
  cols: number[];
  total: number;
  /** Agreement weights 1 − (i − j)² / (k − 1)². */
  w: number[][];
}

function frequencies(table: Table, scale: Scale): Frequencies {
  const k = scale.max - scale.min + 1;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let total = 0;
  for (const { c, r, n } of table) {
    counts[c - scale.min]![r - scale.min]! += n;
    total += n;
  }
  const p = counts.map((row) => row.map((n) => n / total));
  const rows = p.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = p[0]!.map((_, j) => p.reduce((a, row) => a + row[j]!, 0));
  const w = counts.map((_, i) => counts.map((__, j) => 1 - (i - j) ** 2 / (k - 1) ** 2));
  return { p, rows, cols, total, w };
}

/** Both raters used more than one score: otherwise chance-corrected agreement says nothing. */
const varies = (marginal: number[]) => marginal.filter((m) => m > 0).length > 1;

interface Estimate {
  f: Frequencies;
  kappa: number;
  expected: number;
  /** No pair differs: kappa is exactly 1 and its variance exactly 0. */
  perfect: boolean;
}

function estimate(table: Table, scale: Scale): Estimate | null {
  const f = frequencies(table, scale);
  if (f.total === 0 || !varies(f.rows) || !varies(f.cols)) return null;
  // scikit-learn's form, 1 − observed / expected disagreement (weights (i − j)²): exact 1 when no pair differs.
  let observed = 0;
  let chance = 0;
  let expected = 0;
  f.p.forEach((row, i) =>
    row.forEach((pij, j) => {
      observed += (i - j) ** 2 * pij;
      chance += (i - j) ** 2 * f.rows[i]! * f.cols[j]!;
      expected += f.w[i]![j]! * f.rows[i]! * f.cols[j]!;
    }),
  );
  return { f, kappa: 1 - observed / chance, expected, perfect: observed === 0 };
}

export function kappaFromTable(table: Table, scale: Scale): number | null {
  return estimate(table, scale)?.kappa ?? null;
}

export function kappaIntervalFromTable(table: Table, scale: Scale): Interval | null {
  const e = estimate(table, scale);
  if (!e) return null;
  const { f, kappa, expected, perfect } = e;
  // w̄_i. = Σ_j w_ij p_.j and w̄_.j = Σ_i w_ij p_i. (Fleiss, Cohen & Everitt 1969).
  const rowWeight = f.w.map((wi) => wi.reduce((sum, wij, j) => sum + wij * f.cols[j]!, 0));
  const colWeight = f.w.map((_, j) => f.w.reduce((sum, wi, i) => sum + wi[j]! * f.rows[i]!, 0));
  let sum = 0;
  f.p.forEach((row, i) =>
    row.forEach((pij, j) => {
      sum += pij * (f.w[i]![j]! - (rowWeight[i]! + colWeight[j]!) * (1 - kappa)) ** 2;
    }),
  );
  const variance = (sum - (kappa - expected * (1 - kappa)) ** 2) / ((1 - expected) ** 2 * f.total);
  // Perfect agreement has variance 0, which rounding would turn into ±1e-16.
  const se = perfect ? 0 : Math.sqrt(Math.max(0, variance));
  return { value: kappa, low: Math.max(-1, kappa - Z_975 * se), high: Math.min(1, kappa + Z_975 * se) };
}
