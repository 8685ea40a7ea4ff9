/**
 * SQL for the backend's summary of every dossier for the breadth dashboard (db/api/breadthStore.ts, ADR 0019):
 * SQLite's own change counters, the case files' scope fields, start and closure, and the steps that count (done,
 * with the quarter of their day, or not applicable). A whole load is two queries whose rows are JSON arrays, since
 * reading 100,000 step rows one by one costs far more than SQLite's scan.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SafetyPlanStep } from '../../shared/domain/breadth';

/** A day's quarter as one number: year × 4 + quarter − 1 (shared/domain/breadthView.ts quarterIndex). */
const quarterIndex = (day: string) =>
  `(CAST(substr(${day}, 1, 4) AS INTEGER) * 4 + (CAST(substr(${day}, 6, 2) AS INTEGER) - 1) / 3)`;

/** `total_changes()` of this connection (triggers included) and `data_version` (commits by any other connection). */
export interface Stamp {
  changes: number;
  version: number;
}

export interface CaseFileColumns {
  ids: number[];
  services: string[];
  regions: (string | null)[];
  teams: (string | null)[];
  closures: (number | null)[];
  /** The quarter index of the day the case file was created. */
  created: number[];
}

/** The case files that have one step in one state; for 'done' also each one's quarter index of the step's day. */
export interface StepList {
  step: SafetyPlanStep;
  state: 'done' | 'not_applicable';
  ids: number[];
  quarters: number[];
}

/** A step of one case file: its quarter index when done, null when not applicable. */
export interface StepCode {
  step: SafetyPlanStep;
  quarter: number | null;
}

type Json = string;

export function breadthSummaryRepository(db: Database) {
  const stamp = db
    .prepare<[], [number, number]>('SELECT total_changes(), (SELECT data_version FROM pragma_data_version)')
    .raw();
  const caseFiles = db
    .prepare<[], [Json, Json, Json, Json, Json, Json]>(
      `SELECT json_group_array(id), json_group_array(service), json_group_array(region), json_group_array(team),
        json_group_array(closure_year), json_group_array(${quarterIndex('created_at')}) FROM case_files`,
    )
    .raw();
  const steps = db
    .prepare<[], [SafetyPlanStep, 'done' | 'not_applicable', Json, Json]>(
      `SELECT step_key, state, json_group_array(case_file_id), json_group_array(${quarterIndex('happened_on')})
        FROM safety_plan_steps WHERE state IN ('done', 'not_applicable') GROUP BY step_key, state`,
    )
    .raw();
  const stepsOf = db.prepare<[number], StepCode>(
    `SELECT step_key AS step, CASE state WHEN 'done' THEN ${quarterIndex('happened_on')} END AS quarter
      FROM safety_plan_steps WHERE case_file_id = ? AND state IN ('done', 'not_applicable')`,
  );

  return {
    stamp: (): Stamp => {
      const [changes, version] = stamp.get() ?? [0, 0];
      return { changes, version };
    },
    caseFiles: (): CaseFileColumns => {
      const row = caseFiles.get();
      const [ids, services, regions, teams, closures, created] = (row ?? ['[]', '[]', '[]', '[]', '[]', '[]']).map(
        (s) => JSON.parse(s) as unknown[],
      );
      return { ids, services, regions, teams, closures, created } as CaseFileColumns;
    },
    steps: (): StepList[] =>
      steps.all().map(([step, state, ids, quarters]) => ({
        step,
        state,
        ids: JSON.parse(ids) as number[],
        quarters: state === 'done' ? (JSON.parse(quarters) as number[]) : [],
      })),
    /** One case file's steps that count, for patching the summary after a step was set here. */
    stepsOf: (caseFileId: number): StepCode[] => stepsOf.all(caseFileId),
  };
}
