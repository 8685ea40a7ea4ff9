/**
 * Breadth for the demo year (DOMAIN.md §6): per dossier, the day each safety-plan step happened, in the plan's
 * order from the dossier's start, "nog niet" for what has not happened yet (or was skipped), and a few "niet van
 * toepassing". Later in the year the team skips fewer steps, so the percentages grow. Written with prepared SQL
 * (the breadth API is built elsewhere), exactly as that API stores a step: `happened_on` only when done.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SAFETY_PLAN_STEPS, type SafetyPlanStep, type StepState } from '../shared/domain/breadth';
import { addDays, at, between, daysBetween, workingDay, type Random } from './demoYearTime';

export interface DemoDossier {
  caseFileId: number;
  /** The day the work with the family started. */
  start: string;
}

/** Steps that are sometimes skipped early in the year, and those that may not apply (very young children). */
const OFTEN_SKIPPED: ReadonlySet<SafetyPlanStep> = new Set([
  'words_and_pictures',
  'sharing_timeline',
  'involving_children',
  'network_meetings',
  'monitoring_initial_plan',
]);
const MAY_NOT_APPLY: ReadonlySet<SafetyPlanStep> = new Set([
  'involving_children',
  'words_and_pictures',
  'sharing_timeline',
]);

export function seedDemoSteps(
  db: Database,
  rnd: Random,
  dossiers: readonly DemoDossier[],
  year: { start: string; today: string },
): number {
  const insert = db.prepare<[number, SafetyPlanStep, StepState, string | null, string]>(
    'INSERT INTO safety_plan_steps (case_file_id, step_key, state, happened_on, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const yearDays = Math.max(1, daysBetween(year.start, year.today));
  const noted = (day: string) => new Date(Math.min(at(day, 16), at(year.today, 7))).toISOString();
  let rows = 0;
  for (const d of dossiers) {
    // 0 early in the year, 1 now: the team's habits grow over the year.
    const progress = Math.min(1, Math.max(0, daysBetween(year.start, d.start) / yearDays));
    const skipChance = 0.3 - 0.22 * progress;
    let day = addDays(d.start, between(rnd, 0, 10));
    for (const step of SAFETY_PLAN_STEPS) {
      day = workingDay(addDays(day, between(rnd, 4, 24)));
      let state: StepState = 'done';
      if (MAY_NOT_APPLY.has(step) && rnd() < 0.06) state = 'not_applicable';
      else if (day >= year.today) state = 'not_yet';
      else if (OFTEN_SKIPPED.has(step) && rnd() < skipChance) state = 'not_yet';
      // Past what happened, a step is sometimes simply not filled in yet (no row).
      if (state === 'not_yet' && day >= year.today && rnd() < 0.3) continue;
      const happenedOn = state === 'done' ? day : null;
      insert.run(d.caseFileId, step, state, happenedOn, noted(happenedOn ?? addDays(d.start, 7)));
      rows++;
    }
  }
  return rows;
}
