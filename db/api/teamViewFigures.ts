/**
 * The figures of the team view from counts, never from lists of people's scores, with the statistics of
 * shared/domain/agreement.ts and spread.ts: a spread from counts per value (quantiles of R's default type 7), and
 * the agreement of a question from its contingency table (counts per consultant score × reviewer score). Each
 * figure is null with `tooFew` below its minimum group.
 */
import { summarizeTable, type Cell, type Scale } from '../../shared/domain/agreement';
import { spreadFromCounts } from '../../shared/domain/spread';
import {
  MIN_GROUP,
  MIN_PAIRS_CHANCE_CORRECTED,
  type QuestionAgreement,
  type Spread,
} from '../../shared/domain/teamView';

export type { Cell };

const EMPTY_SPREAD = { min: null, q1: null, median: null, q3: null, max: null, mean: null };
/** Figures are rounded to 6 decimals, so the same counts give the same bytes whatever order they were summed in. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** How values (given as [value, count]) are spread, over `audits` audits; null figures below MIN_GROUP audits. */
export function spreadOf(counts: Iterable<readonly [number, number]>, audits: number, minGroup = MIN_GROUP): Spread {
  const list = [...counts].map(([value, n]) => ({ value, n }));
  const values = list.reduce((t, c) => t + c.n, 0);
  const figures = audits < minGroup ? null : spreadFromCounts(list);
  if (!figures) return { values, audits, tooFew: true, ...EMPTY_SPREAD };
  return {
    values,
    audits,
    tooFew: false,
    min: figures.min,
    q1: round(figures.q1),
    median: round(figures.median),
    q3: round(figures.q3),
    max: figures.max,
    mean: round(figures.mean),
  };
}

type Figures = Pick<QuestionAgreement, 'pairs' | 'tooFew' | 'exact' | 'withinOne' | 'meanAbsDiff' | 'kappa' | 'icc'>;

/**
 * How often the two perspectives differ on one question, from its table: plain figures from MIN_GROUP pairs,
 * kappa and ICC from MIN_PAIRS_CHANCE_CORRECTED. A score outside the question's scale (a newer version may have
 * narrowed it) widens the scale for the kappa's weights rather than failing the whole view.
 */
export function agreementOf(table: readonly Cell[], scale: Scale): Figures {
  const scores = table.flatMap((x) => [x.c, x.r]);
  const wide = { min: Math.min(scale.min, ...scores), max: Math.max(scale.max, ...scores) };
  return summarizeTable(table, wide, { minPairs: MIN_GROUP, minPairsChanceCorrected: MIN_PAIRS_CHANCE_CORRECTED });
}
