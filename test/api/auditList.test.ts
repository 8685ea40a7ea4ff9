/** The home list's pages (listAuditPage): order, totals, a cursor that stays put, validated limits, the index. */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SQL } from '../../db/repositories/auditList';
import type { AuditListItem, AuditPage } from '../../shared/domain/auditList';
import { createTestAudit, type TestAudit } from '../support/testAudit';
import { fail, ok } from '../support/results';

let t: TestAudit;
let people: { c: number; r: number };
const call = (op: string, args: unknown) => t.backend.dispatch(op, args);

/** Adds an audit on a new case file with the given date; returns its id. */
function addAudit(code: string, auditDate: string): number {
  const f = ok<{ id: number }>(call('createCaseFile', { dossierCode: code, service: 'SDJ' }));
  return ok<{ id: number }>(
    call('createAudit', { caseFileId: f.id, consultantId: people.c, reviewerId: people.r, auditDate }),
  ).id;
}

const page = (args: unknown) => ok<AuditPage>(call('listAuditPage', args));

/** Every page from the first, following nextCursor. */
function allPages(limit: number): AuditListItem[][] {
  const pages: AuditListItem[][] = [];
  let cursor: string | null | undefined;
  do {
    const p = page(cursor ? { limit, cursor } : { limit });
    pages.push(p.items);
    cursor = p.nextCursor;
  } while (cursor);
  return pages;
}

beforeEach(() => {
  t = createTestAudit('audit-list', 'LIST-0');
  const a = ok<{ consultant: { id: number }; reviewer: { id: number } }>(call('getAudit', { id: t.auditId }));
  people = { c: a.consultant.id, r: a.reviewer.id };
  const dates = ['2024-05-01', '2026-01-15', '2025-03-03', '2026-01-15', '2023-12-31', '2025-03-03', '2024-05-01'];
  dates.forEach((d, i) => addAudit(`LIST-${i + 1}`, d));
});
afterEach(() => {
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

describe('listAuditPage', () => {
  it('lists every audit once, newest audit date first (then newest made), with the total on every page', () => {
    const full = ok<{ id: number; auditDate: string; createdAt: string }[]>(call('listAudits', {}));
    const pages = allPages(3);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(pages.flat().map((a) => a.id)).toEqual(full.map((a) => a.id));
    const dates = pages.flat().map((a) => a.auditDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page({ limit: 3 }).total).toBe(8);
    const last = page({ limit: 3, cursor: page({ limit: 3 }).nextCursor! });
    expect(last.total).toBe(8);
  });

  it('returns only what the list shows: dossier, date, status, the two names and who has submitted', () => {
    const second = page({ limit: 8 }).items.find((a) => a.dossierCode === 'LIST-2');
    expect(second).toEqual({
      id: expect.any(Number),
      dossierCode: 'LIST-2',
      service: 'SDJ',
      auditDate: '2026-01-15',
      status: 'created',
      consultant: { id: people.c, name: 'Charlotte Consulent' },
      reviewer: { id: people.r, name: 'Rik Reviewer' },
      consultantSubmitted: false,
      reviewerSubmitted: false,
      archived: false,
    });
  });

  it('keeps its place: an audit added after the first page neither repeats nor shifts the next pages', () => {
    const before = allPages(3)
      .flat()
      .map((a) => a.id);
    const first = page({ limit: 3 });
    const newest = addAudit('LIST-9', '2027-01-01');
    const older = addAudit('LIST-10', '2000-01-01');
    const rest: number[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const p = page({ limit: 3, cursor });
      rest.push(...p.items.map((a) => a.id));
      expect(p.total).toBe(10);
      cursor = p.nextCursor;
    }
    expect([...first.items.map((a) => a.id), ...rest]).toEqual([...before, older]);
    expect(page({ limit: 1 }).items[0]!.id).toBe(newest);
  });

  it('defaults to a page of 50 and ends with a null cursor', () => {
    const p = page({});
    expect(p.items).toHaveLength(8);
    expect(p.nextCursor).toBeNull();
  });

  it('refuses a limit outside 1–200, a fraction, and a cursor it did not make', () => {
    for (const limit of [0, -1, 201, 1.5, '10', null]) {
      expect(fail(call('listAuditPage', { limit })).code, String(limit)).toBe('invalid_arguments');
    }
    for (const cursor of ['', 'x', '2026-01-01~x~1', '2026-01-01~2026-01-01T00:00:00.000Z~0', 'a'.repeat(200)]) {
      expect(fail(call('listAuditPage', { cursor })).code, cursor).toBe('invalid_arguments');
    }
    expect(fail(call('listAuditPage', { limit: 5, search: 'x' })).code).toBe('invalid_arguments');
    expect(page({ limit: 200 }).items).toHaveLength(8);
  });

  it('reads a page from the date index instead of sorting every audit', () => {
    const plan = t.backend.db
      .prepare(`EXPLAIN QUERY PLAN ${AUDIT_PAGE_SQL}`)
      .all(50)
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('audits_by_date');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
