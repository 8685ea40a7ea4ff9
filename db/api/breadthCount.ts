/**
 * The breadth dashboard counted over the backend's summary (breadthStore.ts), with the definition of
 * shared/domain/breadthCompute.ts (whose SQL-fed `breadthRows` stays the reference the tests compare with).
 *
 * The quarters asked for and the current one are sorted into positions 0..m-1. A dossier in scope runs from the
 * position of its start quarter up to (not including) the position of its end; a step done in quarter d occurs from
 * d's position up to the same end. Each such span is added to a difference array (+1 at its first position, −1 at
 * its end), so one pass over the dossiers and one prefix sum give every figure.
 */
import { SAFETY_PLAN_STEPS } from '../../shared/domain/breadth';
import { breadthCell } from '../../shared/domain/breadthCompute';
import { quarterIndex, type BreadthScope, type BreadthStepRow, type Quarter } from '../../shared/domain/breadthView';
import { SERVICES } from '../../shared/domain/model';
import { STEP_NA, type BreadthSummary } from './breadthStore';

const STEPS = SAFETY_PLAN_STEPS.length;

/** The column and code a scope selects on; null column: every dossier. */
function scopeFilter(sum: BreadthSummary, scope: BreadthScope): { column: ArrayLike<number> | null; code: number } {
  switch (scope.kind) {
    case 'all':
      return { column: null, code: 0 };
    case 'service':
      return { column: sum.service, code: SERVICES.indexOf(scope.value) };
    case 'region':
      return { column: sum.region, code: sum.codeOf(scope.value) };
    case 'team':
      return { column: sum.team, code: sum.codeOf(scope.value) };
  }
}

/** Positions of sorted quarter indices: `at(x)` is how many of them are below x. */
function positions(sorted: readonly number[]) {
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  const table = new Int32Array(hi - lo + 1);
  for (let x = lo, i = 0; x <= hi; x++) {
    while (sorted[i]! < x) i++;
    table[x - lo] = i;
  }
  const m = sorted.length;
  return (x: number) => (x <= lo ? 0 : x > hi ? m : table[x - lo]!);
}

interface Spans {
  /** Difference arrays of m + 1 entries: running dossiers, and per step (13 × (m + 1)) not applicable and done. */
  run: Int32Array;
  na: Int32Array;
  done: Int32Array;
}

/** One span [from, to) in a difference array. */
const span = (a: Int32Array, from: number, to: number) => {
  a[from] = a[from]! + 1;
  a[to] = a[to]! - 1;
};

function countSpans(sum: BreadthSummary, scope: BreadthScope, at: (x: number) => number, m: number): Spans {
  const w = m + 1;
  const run = new Int32Array(w);
  const na = new Int32Array(STEPS * w);
  const done = new Int32Array(STEPS * w);
  const { column, code } = scopeFilter(sum, scope);
  const { start, end, steps } = sum;
  for (let k = 0; k < sum.n; k++) {
    if (column !== null && column[k] !== code) continue;
    const i0 = at(start[k]!);
    const i1 = at(end[k]!);
    if (i0 >= i1) continue;
    span(run, i0, i1);
    for (let s = 0, base = k * STEPS; s < STEPS; s++) {
      const c = steps[base + s]!;
      if (c === STEP_NA) {
        span(na, s * w + i0, s * w + i1);
      } else if (c >= 0) {
        const j0 = at(c);
        if (j0 < i1) {
          span(done, s * w + j0, s * w + i1);
        }
      }
    }
  }
  return { run, na, done };
}

/** Adds up each difference array of `w` entries in place. */
function cumulate(a: Int32Array, w: number) {
  for (let off = 0; off < a.length; off += w) for (let i = 1; i < w; i++) a[off + i]! += a[off + i - 1]!;
}

/** Per step: the figure of every quarter asked for and of the current quarter. */
export function countBreadth(
  sum: BreadthSummary,
  scope: BreadthScope,
  quarters: readonly Quarter[],
  nowQuarter: Quarter,
): BreadthStepRow[] {
  const sorted = [...new Set([...quarters, nowQuarter].map(quarterIndex))].sort((a, b) => a - b);
  const m = sorted.length;
  const at = positions(sorted);
  const { run, na, done } = countSpans(sum, scope, at, m);
  const w = m + 1;
  cumulate(run, w);
  cumulate(na, w);
  cumulate(done, w);
  const cell = (s: number, quarter: Quarter) => {
    const i = at(quarterIndex(quarter));
    return breadthCell(quarter, run[i]! - na[s * w + i]!, done[s * w + i]!);
  };
  return SAFETY_PLAN_STEPS.map((step, s) => ({
    step,
    cells: quarters.map((quarter) => cell(s, quarter)),
    now: cell(s, nowQuarter),
  }));
}
