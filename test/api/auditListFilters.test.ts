/**
 * The home list's search, filters and sort (listAuditPage): dossier codes and names found without case or accents,
 * each filter alone and together, keyset paging that neither repeats nor skips in both orders, refused filters.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterConditions, pageSql } from '../../db/repositories/auditList';
import { nextStepOf, type AuditListItem, type AuditPage } from '../../shared/domain/auditList';
import type { AuditStatus } from '../../shared/domain/model';
import { createTestAudit, type TestAudit } from '../support/testAudit';
import { fail, ok } from '../support/results';

let t: TestAudit;
const p: Record<string, number> = {};
const call = (op: string, args: unknown) => t.backend.dispatch(op, args);
const page = (args: unknown) => ok<AuditPage>(call('listAuditPage', args));
const codes = (args: Record<string, unknown>) => page({ limit: 200, ...args }).items.map((a) => a.dossierCode);

interface Spec {
  code: string;
  service: 'OCJ' | 'SDJ';
  region?: string;
  date: string;
  c: string;
  r: string;
  status: AuditStatus;
  cSub?: boolean;
}

/** Adds a case file and an audit; the status and submissions are set in the file directly. */
function add(s: Spec): number {
  const f = ok<{ id: number }>(call('createCaseFile', { dossierCode: s.code, service: s.service, region: s.region }));
  const id = ok<{ id: number }>(
    call('createAudit', { caseFileId: f.id, consultantId: p[s.c], reviewerId: p[s.r], auditDate: s.date }),
  ).id;
  const both = ['ready', 'conversation', 'completed'].includes(s.status);
  t.backend.db
    .prepare('UPDATE audits SET status = ?, consultant_submitted_at = ?, reviewer_submitted_at = ? WHERE id = ?')
    .run(s.status, both || s.cSub ? '2025-01-01T00:00:00Z' : null, both ? '2025-01-01T00:00:00Z' : null, id);
  return id;
}

const SPECS: Spec[] = [
  {
    code: 'OCJ-Brussel-ëï-0042',
    service: 'OCJ',
    region: 'Brussel',
    date: '2025-02-01',
    c: 'zoe',
    r: 'karel',
    status: 'created',
  },
  {
    code: 'SDJ-0007',
    service: 'SDJ',
    region: 'Oost-Vlaanderen',
    date: '2025-06-10',
    c: 'charlotte',
    r: 'karel',
    status: 'scoring',
    cSub: true,
  },
  { code: 'OCJ-0100', service: 'OCJ', region: 'Antwerpen', date: '2024-11-30', c: 'noor', r: 'rik', status: 'ready' },
  {
    code: 'OCJ-0101',
    service: 'OCJ',
    region: 'Antwerpen',
    date: '2024-01-05',
    c: 'zoe',
    r: 'rik',
    status: 'conversation',
  },
  { code: 'SDJ-0102', service: 'SDJ', date: '2023-03-03', c: 'noor', r: 'karel', status: 'completed' },
];

beforeEach(() => {
  t = createTestAudit('audit-find', 'LIST-0');
  const a = ok<{ consultant: { id: number }; reviewer: { id: number } }>(call('getAudit', { id: t.auditId }));
  p.charlotte = a.consultant.id;
  p.rik = a.reviewer.id;
  p.zoe = ok<{ id: number }>(call('createPerson', { name: 'Zoë Maës', role: 'consulent' })).id;
  p.karel = ok<{ id: number }>(call('createPerson', { name: 'Karel Peeters', role: 'teamverantwoordelijke' })).id;
  p.noor = ok<{ id: number }>(call('createPerson', { name: 'Noor Ünal', role: 'consulent' })).id;
  t.backend.db.prepare("UPDATE audits SET audit_date = '2026-01-20'").run();
  SPECS.forEach(add);
});
afterEach(() => {
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

describe('listAuditPage search', () => {
  it('finds dossier codes and either participant by name, without case or accents', () => {
    expect(codes({ query: 'brussel-EI' })).toEqual(['OCJ-Brussel-ëï-0042']);
    expect(codes({ query: 'ocj-brussel-ëï' })).toEqual(['OCJ-Brussel-ëï-0042']);
    expect(codes({ query: 'zoe maes' })).toEqual(['OCJ-Brussel-ëï-0042', 'OCJ-0101']);
    expect(codes({ query: 'ZOË' })).toEqual(['OCJ-Brussel-ëï-0042', 'OCJ-0101']);
    expect(codes({ query: 'unal' })).toEqual(['OCJ-0100', 'SDJ-0102']);
    expect(codes({ query: 'peeters' })).toEqual(['SDJ-0007', 'OCJ-Brussel-ëï-0042', 'SDJ-0102']);
    expect(codes({ query: '010' })).toEqual(['OCJ-0100', 'OCJ-0101', 'SDJ-0102']);
    expect(codes({ query: '  ' })).toHaveLength(6);
    expect(codes({ query: 'nobody-here' })).toEqual([]);
    expect(page({ query: 'nobody-here' })).toEqual({ items: [], total: 0, nextCursor: null });
    expect(codes({ query: '%' })).toEqual([]);
  });

  it('filters by shown status (created counts as scoring), the waiting group, person, year, service and region', () => {
    expect(codes({ status: 'scoring' })).toEqual(['LIST-0', 'SDJ-0007', 'OCJ-Brussel-ëï-0042']);
    expect(codes({ status: 'ready' })).toEqual(['OCJ-0100']);
    expect(codes({ status: 'conversation' })).toEqual(['OCJ-0101']);
    expect(codes({ status: 'completed' })).toEqual(['SDJ-0102']);
    expect(codes({ status: 'waiting' })).toEqual(['LIST-0', 'SDJ-0007', 'OCJ-Brussel-ëï-0042', 'OCJ-0100', 'OCJ-0101']);
    expect(codes({ personId: p.rik })).toEqual(['LIST-0', 'OCJ-0100', 'OCJ-0101']);
    expect(codes({ personId: p.karel })).toEqual(['SDJ-0007', 'OCJ-Brussel-ëï-0042', 'SDJ-0102']);
    expect(codes({ year: 2024 })).toEqual(['OCJ-0100', 'OCJ-0101']);
    expect(codes({ year: 2020 })).toEqual([]);
    expect(codes({ service: 'SDJ' })).toEqual(['SDJ-0007', 'SDJ-0102']);
    expect(codes({ region: 'antwerpen' })).toEqual(['OCJ-0100', 'OCJ-0101']);
    expect(codes({ region: 'VLAANDEREN' })).toEqual(['SDJ-0007']);
  });

  it('combines filters, sorts oldest first on request, and counts what matches', () => {
    expect(codes({ personId: p.zoe, year: 2025 })).toEqual(['OCJ-Brussel-ëï-0042']);
    expect(codes({ service: 'OCJ', status: 'waiting', region: 'antw' })).toEqual(['OCJ-0100', 'OCJ-0101']);
    expect(codes({ query: 'noor', status: 'completed' })).toEqual(['SDJ-0102']);
    expect(codes({ query: 'karel', sort: 'oldest' })).toEqual(['SDJ-0102', 'OCJ-Brussel-ëï-0042', 'SDJ-0007']);
    expect(page({ query: 'karel', limit: 1 }).total).toBe(3);
    expect(page({ sort: 'newest', limit: 1 }).total).toBe(6);
  });

  it('pages through filtered results in both orders without repeats or gaps', () => {
    for (let i = 0; i < 23; i++) {
      const date = `202${4 + (i % 2)}-0${1 + (i % 3)}-1${i % 4}`;
      add({
        code: `P-${i}`,
        service: i % 2 ? 'SDJ' : 'OCJ',
        date,
        c: i % 3 ? 'zoe' : 'noor',
        r: 'karel',
        status: 'created',
      });
    }
    const filters = [{}, { query: 'zoë' }, { personId: p.karel, service: 'OCJ' }, { year: 2024, status: 'scoring' }];
    for (const f of filters) {
      for (const sort of ['newest', 'oldest']) {
        const all = page({ ...f, sort, limit: 200 });
        const seen: AuditListItem[] = [];
        let cursor: string | null = null;
        do {
          const next: AuditPage = page({ ...f, sort, limit: 4, ...(cursor ? { cursor } : {}) });
          expect(next.total).toBe(all.total);
          seen.push(...next.items);
          cursor = next.nextCursor;
        } while (cursor);
        const label = JSON.stringify({ f, sort });
        expect(
          seen.map((a) => a.id),
          label,
        ).toEqual(all.items.map((a) => a.id));
        expect(all.items.length, label).toBe(all.total);
        const dates = all.items.map((a) => a.auditDate);
        const sorted = [...dates].sort();
        expect(dates, label).toEqual(sort === 'oldest' ? sorted : sorted.reverse());
      }
    }
  });

  it('refuses unknown filters, statuses the list never shows, and overlong or broken text', () => {
    const bad = [
      { status: 'created' },
      { status: 'done' },
      { sort: 'name' },
      { year: 1800 },
      { year: '2024' },
      { personId: 0 },
      { personId: 1.5 },
      { service: 'ocj' },
      { query: 'x'.repeat(101) },
      { query: 'a\u0000b' },
      { query: 42 },
      { region: 'x'.repeat(201) },
      { dienst: 'OCJ' },
    ];
    for (const args of bad)
      expect(fail(call('listAuditPage', args)).code, JSON.stringify(args)).toBe('invalid_arguments');
  });
});

describe('listAuditPage plans', () => {
  it('walks the date index in both orders with search and filters, never sorting every audit', () => {
    const all = { query: 'zoë', status: 'waiting', year: 2025, service: 'OCJ', region: 'brussel' } as const;
    for (const sort of ['newest', 'oldest'] as const) {
      for (const f of [{}, { query: 'zoë' }, all]) {
        const { where, params } = filterConditions(f);
        const plan = t.backend.db
          .prepare(`EXPLAIN QUERY PLAN ${pageSql(where, sort, true)}`)
          .all(...params, '2025-01-01', '2025-01-01T00:00:00Z', 1, 51)
          .map((r) => (r as { detail: string }).detail)
          .join('\n');
        expect(plan, JSON.stringify({ sort, f })).toContain('audits_by_date');
        expect(plan, JSON.stringify({ sort, f })).not.toContain('TEMP B-TREE');
      }
    }
  });
});

describe('nextStepOf', () => {
  it('names who acts: those who have not submitted, both to reveal and to finish, nobody when completed', () => {
    const items = page({ limit: 200 }).items;
    const of = (code: string) => nextStepOf(items.find((a) => a.dossierCode === code)!);
    expect(of('OCJ-Brussel-ëï-0042')).toEqual({ step: 'scoring', who: ['consultant', 'reviewer'] });
    expect(of('SDJ-0007')).toEqual({ step: 'scoring', who: ['reviewer'] });
    expect(of('OCJ-0100')).toEqual({ step: 'reveal', who: ['consultant', 'reviewer'] });
    expect(of('OCJ-0101')).toEqual({ step: 'conversation', who: ['consultant', 'reviewer'] });
    expect(of('SDJ-0102')).toEqual({ step: 'completed', who: [] });
  });
});
