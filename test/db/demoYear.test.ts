/**
 * The demo year (db/demoYear.ts) behind "Leren over tijd" and "Breedte": enough completed audits in each of the
 * last four full quarters, breadth steps for most dossiers, follow-ups in all three states, rows in the order the
 * app writes them, and the same rows from the same seed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { seedDemo } from '../../db/demo';
import { lastFullQuarters } from '../../db/demoYearTime';
import { openQuietBackend } from '../support/testAudit';
import { ok } from '../support/results';
import type { AuditPage } from '../../shared/domain/auditList';

const TODAY = '2026-11-29';
let dir = '';
let first: Backend;
let second: Backend;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-demo-year-'));
  first = openQuietBackend(path.join(dir, 'first.sqlite'));
  second = openQuietBackend(path.join(dir, 'second.sqlite'));
  seedDemo(first.db, { today: TODAY });
  seedDemo(second.db, { today: TODAY });
});

afterAll(() => {
  first?.close();
  second?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = <T>(b: Backend, sql: string, ...args: unknown[]) => b.db.prepare(sql).all(...args) as T[];
const one = <T>(b: Backend, sql: string, ...args: unknown[]) =>
  b.db
    .prepare(sql)
    .pluck()
    .get(...args) as T;

describe('the demo year', () => {
  it('has at least five completed audits in each of the last four full quarters', () => {
    const quarters = lastFullQuarters(TODAY, 4);
    expect(quarters.map((q) => q.start)).toEqual(['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01']);
    for (const q of quarters) {
      const n = one<number>(
        first,
        "SELECT count(*) FROM audits WHERE status = 'completed' AND audit_date BETWEEN ? AND ?",
        q.start,
        q.end,
      );
      expect(n, q.start).toBeGreaterThanOrEqual(5);
    }
  });

  it('spreads them over two services, three regions and four teams, with ten people of the year', () => {
    const scope = all<{ service: string; region: string; team: string }>(
      first,
      'SELECT DISTINCT service, region, team FROM case_files WHERE team IS NOT NULL',
    );
    expect(new Set(scope.map((s) => s.service)).size).toBe(2);
    expect(new Set(scope.map((s) => s.region)).size).toBe(3);
    expect(new Set(scope.map((s) => s.team)).size).toBe(4);
    expect(one<number>(first, "SELECT count(*) FROM case_files WHERE dossier_code NOT LIKE 'DEMO-%'")).toBe(0);
    expect(one<number>(first, "SELECT count(*) FROM people WHERE name NOT LIKE '%(demo)'")).toBe(0);
  });

  it('writes completed audits as the app does: both submitted, revealed, both signed, completed last', () => {
    const wrong = one<number>(
      first,
      `SELECT count(*) FROM audits a WHERE status = 'completed' AND NOT (
         consultant_submitted_at <= revealed_at AND reviewer_submitted_at <= revealed_at AND revealed_at <= completed_at
         AND (SELECT count(*) FROM sign_offs s WHERE s.audit_id = a.id AND s.signed_at <= a.completed_at) = 2
         AND (SELECT count(*) FROM ratings r WHERE r.audit_id = a.id) = 42)`,
    );
    expect(wrong).toBe(0);
    expect(
      one<number>(
        first,
        `SELECT count(*) FROM action_followups f JOIN audits a ON a.id = f.audit_id
         WHERE f.recorded_at < a.completed_at OR f.recorded_at > ?`,
        `${TODAY}T23:59:59Z`,
      ),
    ).toBe(0);
  });

  it('has breadth steps for at least 60 dossiers, with "not yet" and "not applicable" among them', () => {
    expect(one<number>(first, 'SELECT count(DISTINCT case_file_id) FROM safety_plan_steps')).toBeGreaterThanOrEqual(60);
    const states = all<{ state: string; n: number }>(
      first,
      'SELECT state, count(*) AS n FROM safety_plan_steps GROUP BY state ORDER BY state',
    );
    expect(states.map((s) => s.state)).toEqual(['done', 'not_applicable', 'not_yet']);
    expect(one<number>(first, 'SELECT count(*) FROM safety_plan_steps WHERE happened_on > ?', TODAY)).toBe(0);
  });

  it('has action points whose current follow-up is done, open and no longer needed', () => {
    const current = all<{ state: string; n: number }>(
      first,
      `SELECT state, count(*) AS n FROM action_followups f
       WHERE id = (SELECT max(id) FROM action_followups g WHERE g.action_id = f.action_id)
       GROUP BY state ORDER BY n DESC`,
    );
    expect(current.map((c) => c.state)).toEqual(['done', 'open', 'dropped']);
  });

  it('repeats strengths across audits, so the most often written ones show', () => {
    const lines = all<{ text: string }>(first, "SELECT text FROM notes WHERE col = 'strengths'").flatMap((r) =>
      r.text.split('\n'),
    );
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(5);
  });

  it("keeps the demo audits in every stage on the home list's first page, also a year from now", () => {
    const later = openQuietBackend(path.join(dir, 'later.sqlite'));
    try {
      seedDemo(later.db, { today: '2027-11-29' });
      for (const b of [first, later]) {
        const page = ok<AuditPage>(b.dispatch('listAuditPage', {}));
        const codes = page.items.map((a) => a.dossierCode);
        for (const code of ['DEMO-OCJ-2025-004', 'DEMO-SDJ-2023-102', 'DEMO-OCJ-2024-017', 'DEMO-OCJ-2025-031'])
          expect(codes).toContain(code);
        // The archived oldest quarter is found by a search and counts as completed.
        expect(page.total).toBe(49);
      }
      const archived = one<number>(
        first,
        "SELECT count(*) FROM audit_retention r JOIN audits a ON a.id = r.audit_id WHERE a.status = 'completed' AND r.archived_at IS NOT NULL",
      );
      expect(archived).toBe(15);
    } finally {
      later.close();
    }
  });

  it('gives the same rows from the same seed, apart from the moments the other demo audits were made', () => {
    const TABLES = ['case_files', 'people', 'audits', 'ratings', 'notes', 'agreed_scores', 'actions', 'sign_offs'];
    const dump = (b: Backend) =>
      [...TABLES, 'action_followups', 'safety_plan_steps'].map((t) =>
        all<Record<string, unknown>>(b, `SELECT * FROM ${t}`).map((row) =>
          Object.fromEntries(Object.entries(row).filter(([k]) => !k.endsWith('_at') && k !== 'audit_date')),
        ),
      );
    expect(dump(second)).toEqual(dump(first));
    // The year's own moments come from its clock, so they are identical too.
    const yearRows = (b: Backend) =>
      all(
        b,
        'SELECT a.* FROM audits a JOIN case_files c ON c.id = a.case_file_id WHERE c.team IS NOT NULL ORDER BY a.id',
      ).concat(
        all(b, 'SELECT * FROM action_followups ORDER BY id'),
        all(b, 'SELECT * FROM safety_plan_steps ORDER BY case_file_id, step_key'),
      );
    expect(yearRows(second)).toEqual(yearRows(first));
    expect(yearRows(first).length).toBeGreaterThan(1000);
  });
});
