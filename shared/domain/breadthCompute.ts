/**
 * The breadth dashboard's figures, from groups the database counted (db/repositories/breadth.ts): the reference the
 * backend's summary (db/api/breadthCount.ts, ADR 0019) is held equal to in the tests.
 *
 * Definition (also in the screen's explanation): per quarter Q, a dossier COUNTS for a step when it was running in
 * Q: it existed by Q's end (its creation, or the earliest day of any of its steps if that is earlier) and it was not
 * closed before Q (a closure year before Q's year means closed), and the step is not "niet van toepassing" for it.
 * The step OCCURS in that dossier by Q when its day is on or before Q's end. The figure is occurs / counts, shown
 * with both numbers; below MIN_GROUP counted dossiers it is not shown ("te weinig dossiers").
 */
import { SAFETY_PLAN_STEPS, type SafetyPlanStep } from './breadth';
import { MIN_GROUP } from './teamView';
import { quarterIndex, type BreadthCell, type BreadthStepRow, type Quarter } from './breadthView';

/** Dossiers by the quarter they started in (index, see quarterIndex) and their closure year. */
export interface DossierGroup {
  startQ: number;
  closure: number | null;
  n: number;
}
/**
 * Steps by state: for 'done' `q` is the quarter of the step's day; for 'not_applicable' the quarter the dossier
 * started in.
 */
export interface StepGroup extends DossierGroup {
  step: SafetyPlanStep;
  state: 'done' | 'not_applicable';
}

const runningIn = (g: DossierGroup, q: number) =>
  g.startQ <= q && (g.closure === null || g.closure >= Math.floor(q / 4));

export function breadthCell(quarter: Quarter, counted: number, occurs: number): BreadthCell {
  if (counted < MIN_GROUP) return { quarter, tooFew: true, counted: null, occurs: null, percent: null };
  return { quarter, tooFew: false, counted, occurs, percent: (occurs / counted) * 100 };
}

/** Per step: the figure of every quarter asked for and of the current quarter. */
export function breadthRows(
  dossiers: DossierGroup[],
  steps: StepGroup[],
  quarters: Quarter[],
  nowQuarter: Quarter,
): BreadthStepRow[] {
  const byStep = new Map<SafetyPlanStep, { done: StepGroup[]; na: StepGroup[] }>(
    SAFETY_PLAN_STEPS.map((s) => [s, { done: [], na: [] }]),
  );
  for (const g of steps) byStep.get(g.step)?.[g.state === 'done' ? 'done' : 'na'].push(g);
  const running = new Map<number, number>();
  const runningOf = (q: number) => {
    let n = running.get(q);
    if (n === undefined) {
      n = 0;
      for (const g of dossiers) if (runningIn(g, q)) n += g.n;
      running.set(q, n);
    }
    return n;
  };
  const sum = (gs: StepGroup[], q: number) => gs.reduce((n, g) => (runningIn(g, q) ? n + g.n : n), 0);
  const cell = (step: SafetyPlanStep, quarter: Quarter) => {
    const q = quarterIndex(quarter);
    const { done, na } = byStep.get(step)!;
    return breadthCell(quarter, runningOf(q) - sum(na, q), sum(done, q));
  };
  return SAFETY_PLAN_STEPS.map((step) => ({
    step,
    cells: quarters.map((quarter) => cell(step, quarter)),
    now: cell(step, nowQuarter),
  }));
}
