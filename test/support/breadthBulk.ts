/**
 * Random dossiers with safety-plan steps for the breadth tests (seeded, so a failure repeats): written straight into
 * the file, with what the API would not make but a file may hold: regions differing only in case or spacing,
 * no region or team, closure years from before the first step to after today, step days before the dossier's
 * creation, and every state.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SAFETY_PLAN_STEPS } from '../../shared/domain/breadth';
import { seededRandom } from '../../db/demoYearTime';

/** The demo's seeded generator (mulberry32), so every run builds the same data. */
export const seeded = seededRandom;

export const BULK_REGIONS = ['Gent', 'gent', 'Brugge', ' Brugge', null] as const;
export const BULK_TEAMS = ['Noord', 'Zuid', 'Oost', null] as const;
const DAY = 86_400_000;

/** Writes `n` dossiers (codes `BULK-<seed>-<i>`) and their steps, all days on or before `today`. */
export function writeBreadthDossiers(db: Database, n: number, seed: number, today: string) {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const last = Date.parse(`${today}T00:00:00Z`);
  const first = Date.UTC(2023, 0, 1);
  const day = (from: number, to: number) => new Date(from + rnd() * Math.max(0, to - from)).toISOString().slice(0, 10);
  const cf = db.prepare(`INSERT INTO case_files (dossier_code, service, region, team, closure_year, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const step = db.prepare(`INSERT INTO safety_plan_steps (case_file_id, step_key, state, happened_on, updated_at)
    VALUES (?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const created = day(first, last);
      const closure = rnd() < 0.35 ? 2022 + Math.floor(rnd() * 6) : null;
      const id = Number(
        cf.run(
          `BULK-${seed}-${i}`,
          rnd() < 0.5 ? 'OCJ' : 'SDJ',
          pick(BULK_REGIONS),
          pick(BULK_TEAMS),
          closure,
          `${created}T09:00:00.000Z`,
        ).lastInsertRowid,
      );
      const createdAt = Date.parse(`${created}T00:00:00Z`);
      for (const key of SAFETY_PLAN_STEPS) {
        const r = rnd();
        if (r < 0.5) step.run(id, key, 'done', day(createdAt - 120 * DAY, last), `${created}T10:00:00.000Z`);
        else if (r < 0.7) step.run(id, key, 'not_yet', null, `${created}T10:00:00.000Z`);
        else if (r < 0.85) step.run(id, key, 'not_applicable', null, `${created}T10:00:00.000Z`);
      }
    }
  })();
}
