/**
 * Breadth through the real dispatcher on a real SQLite file: a dossier's safety-plan steps (set, changed, cleared,
 * bad days refused with their own codes) and the dashboard's figures against a small case computed by hand: quarter
 * boundaries, "niet van toepassing", a dossier closed the year before, a dossier that only started now, the scope
 * and the minimum group.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import type { BreadthCell, BreadthDashboard, CaseFileSteps, StepEntry } from '../../shared/domain/breadthView';
import { fail, ok } from '../support/results';

let backend: Backend;
let dir = '';
const NOW = new Date('2026-05-15T10:00:00Z'); // 2026-Q2
const call = (op: string, args: unknown) => backend.dispatch(op, args);
const caseFile = (dossierCode: string, extra: Record<string, unknown> = {}) =>
  ok<{ id: number }>(call('createCaseFile', { dossierCode, service: 'OCJ', team: 'Noord', ...extra })).id;
const step = (caseFileId: number, s: string, state: string | null, happenedOn: string | null = null) =>
  ok<StepEntry>(call('setCaseFileStep', { caseFileId, step: s, state, happenedOn }));
const dashboard = (scope: unknown, from = '2024-Q4', to = '2026-Q1') =>
  ok<BreadthDashboard>(call('getBreadthDashboard', { scope, from, to }));
const shown = (c: BreadthCell) => (c.tooFew ? 'too few' : `${c.occurs}/${c.counted}`);
const row = (d: BreadthDashboard, key: string) => {
  const r = d.rows.find((x) => x.step === key)!;
  return { cells: r.cells.map(shown), now: shown(r.now) };
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-breadth-'));
  backend = openBackend(path.join(dir, 'casusaudit.sqlite'), {
    backups: { intervalMinutes: 0, keep: 5 },
    log: () => {},
    now: () => NOW,
  });
});
afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a dossier's steps", () => {
  it('lists all 13 in order, sets, changes and clears one', () => {
    const id = caseFile('STAP-2026-1');
    const empty = ok<CaseFileSteps>(call('getCaseFileSteps', { caseFileId: id }));
    expect(empty.steps).toHaveLength(13);
    expect(empty.steps[0]).toEqual({ step: 'internal_mapping', state: null, happenedOn: null, updatedAt: null });
    expect(empty.steps[12]!.step).toBe('final_safety_plan');
    expect(empty.caseFile).toMatchObject({ dossierCode: 'STAP-2026-1', team: 'Noord' });

    expect(step(id, 'network_meetings', 'done', '2026-02-03')).toMatchObject({
      state: 'done',
      happenedOn: '2026-02-03',
    });
    expect(step(id, 'network_meetings', 'not_applicable')).toMatchObject({ state: 'not_applicable', happenedOn: null });
    step(id, 'internal_mapping', 'not_yet');
    expect(step(id, 'internal_mapping', null)).toMatchObject({ state: null, updatedAt: null });
    const after = ok<CaseFileSteps>(call('getCaseFileSteps', { caseFileId: id })).steps;
    expect(after.filter((s) => s.state !== null).map((s) => s.step)).toEqual(['network_meetings']);
  });

  it('refuses a day in the future, before 1990, missing or where none belongs, each with its own code', () => {
    const id = caseFile('STAP-2026-2');
    const set = (state: string | null, happenedOn: string | null) =>
      fail(call('setCaseFileStep', { caseFileId: id, step: 'network_meetings', state, happenedOn })).code;
    expect(set('done', '2026-05-16')).toBe('step_day_in_future');
    expect(set('done', '1989-12-31')).toBe('step_day_too_early');
    expect(set('done', null)).toBe('step_day_required');
    expect(set('not_yet', '2026-01-01')).toBe('step_day_not_allowed');
    expect(set('done', '2026-02-30')).toBe('invalid_arguments');
    expect(set('maybe', null)).toBe('invalid_arguments');
    // Today and 1 January 1990 are fine.
    expect(step(id, 'network_meetings', 'done', '2026-05-15').happenedOn).toBe('2026-05-15');
    expect(step(id, 'network_meetings', 'done', '1990-01-01').happenedOn).toBe('1990-01-01');
    expect(
      fail(call('setCaseFileStep', { caseFileId: 999, step: 'network_meetings', state: 'not_yet', happenedOn: null }))
        .code,
    ).toBe('not_found');
    expect(
      fail(call('setCaseFileStep', { caseFileId: id, step: 'tea_break', state: 'not_yet', happenedOn: null })).code,
    ).toBe('invalid_arguments');
  });
});

describe('the dashboard', () => {
  /**
   * Team Noord: D1–D6 all had "mappen van gesprekken" on 10 January 2025 (so they started in 2025-Q1). Internal
   * mapping: D1 on the last day of 2025-Q1, D2 on the first day of 2025-Q2, D3 on the last day of 2025, D4 does
   * not apply, D5 not yet (and closed in 2025), D6 nothing. D7 was only created now (2026-Q2) with nothing filled
   * in. Team Zuid (SDJ, region Gent) has one dossier with every step done.
   */
  const seed = () => {
    const d = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'].map((n) =>
      caseFile(`NOORD-${n}-1`, n === 'D5' ? { closureYear: 2025 } : {}),
    );
    for (const id of d) step(id, 'mapping_conversations', 'done', '2025-01-10');
    step(d[0]!, 'internal_mapping', 'done', '2025-03-31');
    step(d[1]!, 'internal_mapping', 'done', '2025-04-01');
    step(d[2]!, 'internal_mapping', 'done', '2025-12-31');
    step(d[3]!, 'internal_mapping', 'not_applicable');
    step(d[4]!, 'internal_mapping', 'not_yet');
    caseFile('NOORD-D7-1');
    const z = caseFile('ZUID-1', { service: 'SDJ', team: 'Zuid', region: 'Gent' });
    step(z, 'internal_mapping', 'done', '2024-11-02');
    step(z, 'mapping_conversations', 'done', '2024-11-02');
  };

  it('counts running dossiers per quarter, leaves out "niet van toepassing" and closed ones, and hides small groups', () => {
    seed();
    const d = dashboard({ kind: 'team', value: 'Noord' });
    expect(d.quarters).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(d.nowQuarter).toBe('2026-Q2');
    expect(d.minGroup).toBe(5);
    expect(row(d, 'internal_mapping')).toEqual({
      cells: ['too few', '1/5', '2/5', '2/5', '3/5', 'too few'],
      now: '3/5',
    });
    expect(row(d, 'mapping_conversations')).toEqual({
      cells: ['too few', '6/6', '6/6', '6/6', '6/6', '5/5'],
      now: '5/6',
    });
    expect(row(d, 'final_safety_plan')).toEqual({ cells: ['too few', '0/6', '0/6', '0/6', '0/6', '0/5'], now: '0/6' });
    const cell = d.rows[0]!.cells[1]!;
    expect(cell).toEqual({ quarter: '2025-Q1', tooFew: false, counted: 5, occurs: 1, percent: 20 });
    expect(d.rows[0]!.cells[0]).toEqual({
      quarter: '2024-Q4',
      tooFew: true,
      counted: null,
      occurs: null,
      percent: null,
    });
  });

  it('scopes by service, region and team, and over all dossiers', () => {
    seed();
    expect(row(dashboard({ kind: 'all' }), 'internal_mapping').cells).toEqual([
      'too few',
      '2/6',
      '3/6',
      '3/6',
      '4/6',
      '4/5',
    ]);
    expect(row(dashboard({ kind: 'service', value: 'OCJ' }), 'internal_mapping').cells).toEqual(
      row(dashboard({ kind: 'team', value: 'Noord' }), 'internal_mapping').cells,
    );
    expect(row(dashboard({ kind: 'region', value: 'Gent' }), 'internal_mapping').now).toBe('too few');
    expect(row(dashboard({ kind: 'team', value: 'Nergens' }), 'internal_mapping').now).toBe('too few');
  });

  it('refuses a reversed or too long period', () => {
    expect(fail(call('getBreadthDashboard', { scope: { kind: 'all' }, from: '2026-Q1', to: '2025-Q4' })).code).toBe(
      'invalid_arguments',
    );
    expect(fail(call('getBreadthDashboard', { scope: { kind: 'all' }, from: '2000-Q1', to: '2026-Q1' })).code).toBe(
      'invalid_arguments',
    );
    expect(
      fail(call('getBreadthDashboard', { scope: { kind: 'team', value: '  ' }, from: '2025-Q1', to: '2025-Q1' })).code,
    ).toBe('invalid_arguments');
  });

  it('lists dossiers to fill in by scope and code, in pages, and offers the scopes in use', () => {
    seed();
    const page = ok(call('listBreadthCaseFiles', { scope: { kind: 'team', value: 'Noord' }, limit: 3 }));
    expect(page.total).toBe(7);
    expect(page.items.map((i: { dossierCode: string }) => i.dossierCode)).toEqual([
      'NOORD-D1-1',
      'NOORD-D2-1',
      'NOORD-D3-1',
    ]);
    expect(page.items[0]).toMatchObject({ filled: 2, done: 2, team: 'Noord', service: 'OCJ' });
    const next = ok(call('listBreadthCaseFiles', { scope: { kind: 'team', value: 'Noord' }, limit: 3, offset: 6 }));
    expect(next.items.map((i: { dossierCode: string }) => i.dossierCode)).toEqual(['NOORD-D7-1']);
    const found = ok(call('listBreadthCaseFiles', { scope: { kind: 'all' }, query: 'zuid' }));
    expect(found.items.map((i: { dossierCode: string }) => i.dossierCode)).toEqual(['ZUID-1']);
    expect(ok(call('getBreadthOptions', {}))).toEqual({
      services: ['OCJ', 'SDJ'],
      regions: ['Gent'],
      teams: ['Noord', 'Zuid'],
      firstQuarter: '2024-Q4',
      nowQuarter: '2026-Q2',
    });
  });
});
