/**
 * The figures of the team view from counts, never from lists of people's scores: a spread from counts per value
 * (quantiles of R's default type 7), and the agreement of a question from its contingency table (counts per
 * consultant score × reviewer score). Each figure is null with `tooFew` below its minimum group.
 */
import {
  MIN_GROUP,
  MIN_PAIRS_CHANCE_CORRECTED,
  type QuestionAgreement,
  type Spread,
} from '../../shared/domain/teamView';

export interface Cell {
  c: number;
  r: number;
  n: number;
}

const EMPTY_SPREAD = { min: null, q1: null, median: null, q3: null, max: null, mean: null };

/** Quantile type 7 over values sorted ascending with their counts (the k-th value, 0-based, by walking the counts). */
function quantile7(sorted: readonly (readonly [number, number])[], total: number, p: number): number {
  const h = (total - 1) * p;
  const lo = Math.floor(h);
  const at = (k: number) => {
    let seen = 0;
    for (const [v, n] of sorted) {
      seen += n;
      if (k < seen) return v;
    }
    return sorted[sorted.length - 1]![0];
  };
  const a = at(lo);
  return h === lo ? a : a + (h - lo) * (at(lo + 1) - a);
}

/** How values (given as [value, count]) are spread, over `audits` audits; null figures below MIN_GROUP audits. */
export function spreadOf(counts: Iterable<readonly [number, number]>, audits: number, minGroup = MIN_GROUP): Spread {
  let values = 0;
  let sum = 0;
  for (const [v, n] of counts) {
    values += n;
    sum += v * n;
  }
  const tooFew = audits < minGroup || values === 0;
  if (tooFew) return { values, audits, tooFew: true, ...EMPTY_SPREAD };
  const sorted = [...counts].filter(([, n]) => n > 0).sort((x, y) => x[0] - y[0]);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    values,
    audits,
    tooFew: false,
    min: sorted[0]![0],
    q1: round(quantile7(sorted, values, 0.25)),
    median: round(quantile7(sorted, values, 0.5)),
    q3: round(quantile7(sorted, values, 0.75)),
    max: sorted[sorted.length - 1]![0],
    mean: round(sum / values),
  };
}

type Figures = Pick<QuestionAgreement, 'pairs' | 'tooFew' | 'exact' | 'withinOne' | 'meanAbsDiff' | 'kappa' | 'icc'>;

/** How often the two perspectives differ on one question, from its table; kappa and ICC need more pairs. */
export function agreementOf(table: readonly Cell[], scale: { min: number; max: number }): Figures {
  let pairs = 0;
  let exact = 0;
  let within = 0;
  let diff = 0;
  for (const { c, r, n } of table) {
    pairs += n;
    const d = Math.abs(c - r);
    if (d === 0) exact += n;
    if (d <= 1) within += n;
    diff += d * n;
  }
  if (pairs < MIN_GROUP) {
    return { pairs, tooFew: true, exact: null, withinOne: null, meanAbsDiff: null, kappa: null, icc: null };
  }
  // Kappa and ICC come from shared/domain/agreement.ts (branch stats) once it is merged.
  void scale;
  void MIN_PAIRS_CHANCE_CORRECTED;
  return {
    pairs,
    tooFew: false,
    exact: exact / pairs,
    withinOne: within / pairs,
    meanAbsDiff: diff / pairs,
    kappa: null,
    icc: null,
  };
}
