/**
 * The breadth dashboard at scale (`breadth10k`): 10,000 dossiers with their 13 safety-plan steps (about 130,000 rows,
 * written straight into a migrated file, deterministic), the dashboard through the API for all dossiers, one service,
 * one region and one team (four quarters), interleaved with one raw SQL aggregate over the same rows (the steps
 * grouped by step and state). Goal: p99 ≤ 50 ms. Also the first call after opening (it builds the backend's summary,
 * ADR 0019), the call right after a step was set through the API, and the call after any other write (a full reload).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../db/backend';
import { SAFETY_PLAN_STEPS } from '../../shared/domain/breadth';
import { percentile, round } from './scale';
import { seededRandom } from '../../db/demoYearTime';

const seeded = seededRandom;

const TEAMS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Rand'];
const REGIONS = ['Gent', 'Brugge', 'Antwerpen', 'Leuven'];

/** Fills a fresh data file with `n` dossiers and their steps; returns the open backend and its folder. */
export function breadthFile(n = 10_000): { backend: Backend; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bench-breadth-'));
  const backend = openBackend(path.join(dir, 'app.sqlite'), {
    backups: { intervalMinutes: 0, keep: 5 },
    log: () => {},
  });
  const db = backend.db;
  const rnd = seeded(15);
  const cf = db.prepare(`INSERT INTO case_files (dossier_code, service, region, team, closure_year, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const step = db.prepare(`INSERT INTO safety_plan_steps (case_file_id, step_key, state, happened_on, updated_at)
    VALUES (?, ?, ?, ?, ?)`);
  const day = (from: number, span: number) => new Date(from + rnd() * span).toISOString().slice(0, 10);
  const start = Date.UTC(2023, 0, 1);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const created = day(start, 3 * 365 * 86_400_000);
      const closure = rnd() < 0.3 ? 2024 + Math.floor(rnd() * 2) : null;
      const id = Number(
        cf.run(
          `BENCH-${100000 + i}`,
          rnd() < 0.5 ? 'OCJ' : 'SDJ',
          REGIONS[Math.floor(rnd() * REGIONS.length)],
          TEAMS[Math.floor(rnd() * TEAMS.length)],
          closure,
          `${created}T09:00:00.000Z`,
        ).lastInsertRowid,
      );
      const createdAt = Date.parse(`${created}T00:00:00Z`);
      for (const key of SAFETY_PLAN_STEPS) {
        const r = rnd();
        if (r < 0.55) step.run(id, key, 'done', day(createdAt - 60 * 86_400_000, 300 * 86_400_000), created);
        else if (r < 0.8) step.run(id, key, 'not_yet', null, created);
        else if (r < 0.9) step.run(id, key, 'not_applicable', null, created);
      }
    }
  })();
  // Step days must not lie in the future (the API refuses them); the generator may have made some.
  db.prepare("UPDATE safety_plan_steps SET happened_on = date('now') WHERE happened_on > date('now')").run();
  db.exec('ANALYZE');
  return { backend, dir };
}

const SCOPES = [
  { kind: 'all' },
  { kind: 'service', value: 'OCJ' },
  { kind: 'region', value: 'Gent' },
  { kind: 'team', value: 'Noord' },
];

/** One dashboard call through the API, in ms. */
function timedDashboard(backend: Backend, i: number) {
  const t0 = performance.now();
  const res = backend.dispatch('getBreadthDashboard', { scope: SCOPES[i % 4], from: '2025-Q1', to: '2025-Q4' });
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return ms;
}

/**
 * The dashboard right after a step was set through the API (patches one dossier of the summary), and right after
 * another write (here a case file's region written again), which reloads the whole summary.
 */
function afterWrites(backend: Backend, runs: number) {
  const afterEdit: number[] = [];
  const afterOther: number[] = [];
  const touch = backend.db.prepare('UPDATE case_files SET region = region WHERE id = ?');
  for (let i = 0; i < runs; i++) {
    const caseFileId = 1 + ((i * 7919) % 10_000);
    const state = i % 2 === 0 ? 'done' : null;
    const happenedOn = state === 'done' ? '2025-05-05' : null;
    const set = backend.dispatch('setCaseFileStep', { caseFileId, step: 'network_meetings', state, happenedOn });
    if (!set.ok) throw new Error(JSON.stringify(set.error));
    afterEdit.push(timedDashboard(backend, i));
    touch.run(caseFileId);
    afterOther.push(timedDashboard(backend, i));
  }
  return {
    after_edit_p50_ms: round(percentile(afterEdit, 50)),
    after_edit_max_ms: round(Math.max(...afterEdit)),
    reload_p50_ms: round(percentile(afterOther, 50)),
    reload_max_ms: round(Math.max(...afterOther)),
  };
}

export function benchBreadth(runs = 200) {
  const { backend, dir } = breadthFile();
  const raw = backend.db.prepare(
    'SELECT step_key, state, count(*) AS n FROM safety_plan_steps GROUP BY step_key, state',
  );
  const api: number[] = [];
  const base: number[] = [];
  try {
    // The first call after opening builds the summary.
    const cold = timedDashboard(backend, 0);
    for (let i = 0; i < runs + 20; i++) {
      const apiMs = timedDashboard(backend, i);
      const t1 = performance.now();
      raw.all();
      const t2 = performance.now();
      if (i < 20) continue;
      api.push(apiMs);
      base.push(t2 - t1);
    }
    return {
      p50_ms: round(percentile(api, 50)),
      p99_ms: round(percentile(api, 99)),
      raw_p50_ms: round(percentile(base, 50)),
      raw_p99_ms: round(percentile(base, 99)),
      ratio_p50: round(percentile(api, 50) / percentile(base, 50)),
      ratio_p99: round(percentile(api, 99) / percentile(base, 99)),
      cold_ms: round(cold),
      ...afterWrites(backend, 20),
    };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('breadth10k.ts')) {
  console.log(
    'The breadth dashboard at 10,000 dossiers (four scopes, four quarters) vs one raw aggregate of the steps',
  );
  console.table({ breadth10k: benchBreadth() });
}
