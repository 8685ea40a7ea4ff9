/**
 * `agreement`: the agreement figures of one matrix (40 questions × 500 pairs, 0..10) computed from contingency
 * tables (`summarizeTable`, what the backend does after SQL `GROUP BY item, c.score, r.score`) against the same
 * figures from the pairs (`summarizeAgreement`), and against the plain figures alone from the pairs (exact, within
 * one, mean difference: the floor), interleaved in the same run.
 */
import {
  exactAgreement,
  meanAbsoluteDifference,
  summarizeAgreement,
  summarizeTable,
  tabulate,
  withinOne,
  type Pair,
} from '../../shared/domain/agreement';
import { MIN_GROUP, MIN_PAIRS_CHANCE_CORRECTED } from '../../shared/domain/teamView';
import { percentile, round } from './scale';

const scale = { min: 0, max: 10 };
const opts = { minPairs: MIN_GROUP, minPairsChanceCorrected: MIN_PAIRS_CHANCE_CORRECTED };

function questions(count: number, pairs: number): Pair[][] {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: count }, () =>
    Array.from({ length: pairs }, (): Pair => {
      const c = Math.round(rand() * 10);
      return [c, Math.min(10, Math.max(0, c + Math.round((rand() - 0.5) * 4)))];
    }),
  );
}

export function benchAgreement(runs = 60, warmup = 10) {
  const sets = questions(40, 500);
  const tables = sets.map(tabulate);
  const times = { table: [] as number[], pairs: [] as number[], plain: [] as number[] };
  const measure = (into: number[], work: () => void) => {
    const t0 = performance.now();
    work();
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < warmup + runs; i++) {
    const t: number[] = [];
    const p: number[] = [];
    const f: number[] = [];
    measure(t, () => tables.forEach((table) => summarizeTable(table, scale, opts)));
    measure(p, () => sets.forEach((pairs) => summarizeAgreement(pairs, scale, opts)));
    measure(f, () => sets.forEach((pairs) => [exactAgreement(pairs), withinOne(pairs), meanAbsoluteDifference(pairs)]));
    if (i >= warmup) {
      times.table.push(t[0]!);
      times.pairs.push(p[0]!);
      times.plain.push(f[0]!);
    }
  }
  const p50 = (xs: number[]) => round(percentile(xs, 50));
  return {
    questions: 40,
    pairs: 500,
    table_p50_ms: p50(times.table),
    pairs_p50_ms: p50(times.pairs),
    plain_p50_ms: p50(times.plain),
    ratio_table_to_pairs: round(percentile(times.table, 50) / percentile(times.pairs, 50), 2),
    ratio_table_to_plain: round(percentile(times.table, 50) / percentile(times.plain, 50), 2),
  };
}
