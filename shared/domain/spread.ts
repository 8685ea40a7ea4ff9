/**
 * How a set of scores is spread (the numbers of `Spread` in teamView.ts), from counts per value so the backend can
 * aggregate in SQL (`GROUP BY score`) instead of fetching every score. Quartiles are R's default, `quantile(x, type =
 * 7)`: for probability p over the n sorted values, h = (n − 1)p and the result lies between the values at ⌊h⌋ and
 * ⌈h⌉ (0-based), linearly. Values need not be whole numbers (a principle's score is a mean of item scores).
 */

/** How often one value occurs. */
export interface ValueCount {
  readonly value: number;
  readonly n: number;
}

export interface SpreadFigures {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

function sortedCounts(counts: readonly ValueCount[]): ValueCount[] {
  for (const { value, n } of counts) {
    if (!Number.isFinite(value)) throw new RangeError(`Spread: the value ${value} is not a finite number.`);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Spread: the count ${n} is not a whole number ≥ 0.`);
  }
  return counts.filter((c) => c.n > 0).sort((a, b) => a.value - b.value);
}

/** The value at 0-based position `index` of the sorted values. */
function orderStatistic(sorted: readonly ValueCount[], index: number): number {
  let seen = 0;
  for (const { value, n } of sorted) {
    seen += n;
    if (index < seen) return value;
  }
  return sorted[sorted.length - 1]!.value;
}

/** R `quantile(x, p, type = 7)` of the values behind the counts; null when there are none. */
export function quantile7(counts: readonly ValueCount[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Spread: the probability ${p} is not within 0..1.`);
  const sorted = sortedCounts(counts);
  const total = sorted.reduce((s, c) => s + c.n, 0);
  return total === 0 ? null : quantileOfSorted(sorted, total, p);
}

function quantileOfSorted(sorted: readonly ValueCount[], total: number, p: number): number {
  const h = (total - 1) * p;
  const lo = Math.floor(h);
  const below = orderStatistic(sorted, lo);
  const above = orderStatistic(sorted, Math.ceil(h));
  const t = h - lo;
  return t === 0 || above === below ? below : (1 - t) * below + t * above;
}

/** min, quartiles (type 7), max and mean of the values behind the counts; null when there are none. */
export function spreadFromCounts(counts: readonly ValueCount[]): SpreadFigures | null {
  const sorted = sortedCounts(counts);
  const total = sorted.reduce((s, c) => s + c.n, 0);
  if (total === 0) return null;
  return {
    min: sorted[0]!.value,
    q1: quantileOfSorted(sorted, total, 0.25),
    median: quantileOfSorted(sorted, total, 0.5),
    q3: quantileOfSorted(sorted, total, 0.75),
    max: sorted[sorted.length - 1]!.value,
    mean: sorted.reduce((s, c) => s + c.value * c.n, 0) / total,
  };
}

/** The counts per value of a list of values. */
export function countValues(values: readonly number[]): ValueCount[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, n }));
}

/** The spread of a list of values; null when it is empty. */
export const spreadOf = (values: readonly number[]): SpreadFigures | null => spreadFromCounts(countValues(values));
