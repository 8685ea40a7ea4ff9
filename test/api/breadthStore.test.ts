/**
 * The breadth dashboard counted over the backend's summary (db/api/breadthStore.ts, ADR 0019) equals the SQL
 * reference (db/repositories/breadth.ts dashboardGroups with shared/domain/breadthCompute.ts breadthRows) on seeded
 * random dossiers, for every kind of scope and period, and stays equal after each kind of change: a step set, changed,
 * cleared; a new case file; a correction of service, region, team or closure year; an erased case file; writes
 * through this connection outside the API and by a second connection to the same file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { countBreadth } from '../../db/api/breadthCount';
import { breadthStore } from '../../db/api/breadthStore';
import { breadthRepository } from '../../db/repositories/breadth';
import { breadthSummaryRepository } from '../../db/repositories/breadthSummary';
import { breadthRows } from '../../shared/domain/breadthCompute';
import {
  quarterIndex,
  quartersBetween,
  type BreadthDashboard,
  type BreadthScope,
} from '../../shared/domain/breadthView';
import type { CaseFile } from '../../shared/domain/model';
import { writeBreadthDossiers } from '../support/breadthBulk';
import { ok } from '../support/results';

let backend: Backend;
let dir = '';
let file = '';
const NOW = new Date('2026-05-15T10:00:00Z'); // 2026-Q2
const call = (op: string, args: unknown) => backend.dispatch(op, args);

const SCOPES: BreadthScope[] = [
  { kind: 'all' },
  { kind: 'service', value: 'OCJ' },
  { kind: 'service', value: 'SDJ' },
  { kind: 'region', value: 'Gent' },
  { kind: 'region', value: 'gent' },
  { kind: 'region', value: 'Brugge' },
  { kind: 'region', value: 'Nergens' },
  { kind: 'team', value: 'Noord' },
  { kind: 'team', value: 'Oost' },
  { kind: 'team', value: 'Nergens' },
];
const PERIODS = [
  ['2022-Q1', '2026-Q2'],
  ['2024-Q3', '2025-Q2'],
  ['2026-Q2', '2026-Q2'],
  ['2019-Q1', '2019-Q4'],
  ['2026-Q3', '2027-Q2'],
] as const;

/** Every scope and period: the API's figures and SQL's, and how many figures are shown (not "too few"). */
function compareAll() {
  const sql = breadthRepository(backend.db);
  let shown = 0;
  for (const scope of SCOPES) {
    for (const [from, to] of PERIODS) {
      const api = ok<BreadthDashboard>(call('getBreadthDashboard', { scope, from, to }));
      const { dossiers, steps } = sql.dashboardGroups(scope);
      const reference = breadthRows(dossiers, steps, quartersBetween(from, to), '2026-Q2');
      expect(api.rows, `${JSON.stringify(scope)} ${from}..${to}`).toEqual(reference);
      shown += reference.flatMap((r) => r.cells).filter((c) => !c.tooFew && c.occurs! > 0).length;
    }
  }
  return shown;
}

const step = (caseFileId: number, s: string, state: string | null, happenedOn: string | null = null) =>
  ok(call('setCaseFileStep', { caseFileId, step: s, state, happenedOn }));
const idOf = (code: string) =>
  (backend.db.prepare('SELECT id FROM case_files WHERE dossier_code = ?').get(code) as { id: number }).id;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-breadth-store-'));
  file = path.join(dir, 'casusaudit.sqlite');
  backend = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {}, now: () => NOW });
  writeBreadthDossiers(backend.db, 400, 19, '2026-05-15');
});
afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the dashboard from the summary equals SQL', () => {
  it('on seeded random dossiers, every scope and period', () => {
    expect(compareAll()).toBeGreaterThan(500);
  });

  it('after a step is set, changed to another day or state, cleared, and set before the dossier started', () => {
    compareAll();
    const id = idOf('BULK-19-7');
    step(id, 'network_meetings', 'done', '2025-02-03');
    compareAll();
    step(id, 'network_meetings', 'done', '2025-11-30');
    compareAll();
    step(id, 'network_meetings', 'not_applicable');
    compareAll();
    step(id, 'network_meetings', null);
    step(id, 'internal_mapping', null);
    compareAll();
    step(id, 'final_safety_plan', 'done', '2021-06-01');
    step(idOf('BULK-19-8'), 'final_safety_plan', 'not_yet');
    compareAll();
  });

  it('after a new case file, with and without steps', () => {
    compareAll();
    const cf = ok<CaseFile>(call('createCaseFile', { dossierCode: 'NIEUW-2026-1', service: 'SDJ', team: 'Oost' }));
    compareAll();
    step(cf.id, 'involving_children', 'done', '2024-01-09');
    ok(call('createCaseFile', { dossierCode: 'NIEUW-2026-2', service: 'OCJ', region: 'Gent', closureYear: 2025 }));
    compareAll();
  });

  it('after a correction of service, region, team and closure year', () => {
    compareAll();
    const id = idOf('BULK-19-3');
    const current = ok<CaseFile>(call('getCaseFile', { id }));
    const fields = { dossierCode: current.dossierCode, service: current.service };
    ok(call('correctCaseFile', { id, ...fields, service: current.service === 'OCJ' ? 'SDJ' : 'OCJ' }));
    compareAll();
    ok(call('correctCaseFile', { id, ...fields, region: 'Gent', team: 'Noord', closureYear: 2024 }));
    compareAll();
    ok(call('correctCaseFile', { id, ...fields, region: 'Brugge', team: 'Oost', closureYear: null }));
    compareAll();
  });

  it('after a case file is erased', () => {
    compareAll();
    ok(call('eraseCaseFile', { id: idOf('BULK-19-11') }));
    ok(call('eraseCaseFile', { id: idOf('BULK-19-12') }));
    compareAll();
  });

  it('after writes through this connection outside the API and by a second connection to the same file', () => {
    compareAll();
    backend.db
      .prepare("UPDATE safety_plan_steps SET happened_on = '2023-01-02' WHERE state = 'done' AND case_file_id < 40")
      .run();
    compareAll();
    const other = new Database(file);
    try {
      other.prepare("UPDATE case_files SET team = 'Noord', closure_year = 2023 WHERE id % 9 = 0").run();
      other.prepare("DELETE FROM safety_plan_steps WHERE case_file_id % 5 = 0 AND step_key = 'network_meetings'").run();
      other
        .prepare(
          `INSERT INTO safety_plan_steps (case_file_id, step_key, state, happened_on, updated_at)
           SELECT id, 'network_meetings', 'done', '2024-08-08', '2026-05-15T10:00:00.000Z' FROM case_files WHERE id % 10 = 0`,
        )
        .run();
    } finally {
      other.close();
    }
    compareAll();
  });
});

describe('the summary', () => {
  const setStep = (id: number, day: string) =>
    backend.db
      .prepare(
        `INSERT OR REPLACE INTO safety_plan_steps (case_file_id, step_key, state, happened_on, updated_at)
         VALUES (?, 'network_meetings', 'done', ?, '2026-05-15T10:00:00.000Z')`,
      )
      .run(id, day);

  it('patches one dossier after a step set through it, and reloads when anything else was written first', () => {
    const repo = breadthSummaryRepository(backend.db);
    let loads = 0;
    const store = breadthStore({ ...repo, caseFiles: () => (loads++, repo.caseFiles()) });
    const id = idOf('BULK-19-5');
    const all = { kind: 'all' } as const;
    const quarters = quartersBetween('2020-Q1', '2026-Q2');
    const reference = () => {
      const { dossiers, steps } = breadthRepository(backend.db).dashboardGroups(all);
      return breadthRows(dossiers, steps, quarters, '2026-Q2');
    };
    store.summary();
    store.summary();
    expect(loads).toBe(1);

    const before = store.stamp();
    setStep(id, '2020-02-02');
    store.stepWritten(id, before);
    const patched = store.summary();
    expect(loads).toBe(1);
    expect(patched.start[patched.ids.indexOf(id)]).toBe(quarterIndex('2020-Q1'));
    expect(countBreadth(patched, all, quarters, '2026-Q2')).toEqual(reference());

    backend.db.prepare("UPDATE case_files SET team = 'Zuid' WHERE id = ?").run(id);
    const stale = store.stamp();
    setStep(id, '2021-03-03');
    store.stepWritten(id, stale);
    expect(countBreadth(store.summary(), all, quarters, '2026-Q2')).toEqual(reference());
    expect(loads).toBe(2);
  });
});
