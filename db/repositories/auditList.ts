/**
 * The home list's query: one page of audits, newest (or oldest) audit date first, only the small columns the list
 * shows (no template, no answers). Keyset paging over the audits_by_date index (migration 7): a page is a short
 * index walk. Search and filters add conditions to the same walk; text is compared through the SQL function `fold`
 * (registered here on the connection), so case and accents do not matter ("zoe" finds "Zoë").
 */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { AuditStatus } from '../../shared/domain/model';
import {
  foldText,
  type AuditCursor,
  type AuditFilters,
  type AuditListItem,
  type AuditSort,
} from '../../shared/domain/auditList';

interface Row {
  id: number;
  audit_date: string;
  created_at: string;
  status: AuditStatus;
  c_submitted: 0 | 1;
  r_submitted: 0 | 1;
  dossier_code: string;
  service: 'OCJ' | 'SDJ';
  c_id: number;
  c_name: string;
  r_id: number;
  r_name: string;
  archived: 0 | 1;
}

const COLUMNS = `a.id, a.audit_date, a.created_at, a.status,
  a.consultant_submitted_at IS NOT NULL AS c_submitted, a.reviewer_submitted_at IS NOT NULL AS r_submitted,
  cf.dossier_code, cf.service, c.id AS c_id, c.name AS c_name, r.id AS r_id, r.name AS r_name,
  ar.archived_at IS NOT NULL AS archived`;
/** Archive and retention decisions (migration 9) sit beside the audit: one primary-key lookup per row. */
const RETENTION_JOIN = 'LEFT JOIN audit_retention ar ON ar.audit_id = a.id';
const FROM = `FROM audits a JOIN case_files cf ON cf.id = a.case_file_id JOIN people c ON c.id = a.consultant_id
  JOIN people r ON r.id = a.reviewer_id ${RETENTION_JOIN}`;
/** Counting needs only the audit, its case file and its decisions (the filters never look at the people rows). */
const COUNT_FROM = `FROM audits a JOIN case_files cf ON cf.id = a.case_file_id ${RETENTION_JOIN}`;
/** The default list leaves archived audits out (ADR 0012). */
const NOT_ARCHIVED = 'ar.archived_at IS NULL';
const ORDER = 'ORDER BY a.audit_date DESC, a.created_at DESC, a.id DESC LIMIT ?';
const ORDER_OLDEST = 'ORDER BY a.audit_date ASC, a.created_at ASC, a.id ASC LIMIT ?';

/** The raw select of the default first page, as the bench compares it (the same rows, the same index). */
export const AUDIT_PAGE_SQL = `SELECT ${COLUMNS} ${FROM} WHERE ${NOT_ARCHIVED} ${ORDER}`;

const toItem = (r: Row): AuditListItem => ({
  id: r.id,
  dossierCode: r.dossier_code,
  service: r.service,
  auditDate: r.audit_date,
  status: r.status,
  consultant: { id: r.c_id, name: r.c_name },
  reviewer: { id: r.r_id, name: r.r_name },
  consultantSubmitted: r.c_submitted === 1,
  reviewerSubmitted: r.r_submitted === 1,
  archived: r.archived === 1,
});

type Param = string | number;

/**
 * What the list may ask besides the user's filters: audits past the retention period (reference date on or before
 * `before`, not kept after `keptBefore`; ADR 0012).
 */
export interface ListFilters extends AuditFilters {
  due?: { before: string; keptBefore: string };
}

/** The day an audit's retention counts from: a completed audit's sign-off day, otherwise its date. */
export const REFERENCE_DATE = `(CASE WHEN a.status = 'completed' THEN substr(a.completed_at, 1, 10) ELSE a.audit_date END)`;

/**
 * A column folded like `foldText`: text of printable ASCII only needs lower case, which SQLite does itself; only
 * text with other characters goes through `fold` (twice as fast over 10,000 dossier codes).
 */
const folded = (col: string) => `(CASE WHEN ${col} GLOB '*[^ -~]*' THEN fold(${col}) ELSE lower(${col}) END)`;

/** The WHERE conditions and their parameters for the filters (none for an empty filter). */
export function filterConditions(f: ListFilters): { where: string[]; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  const query = f.query ? foldText(f.query) : '';
  // Archived audits are found by a search, or when asked for ("ook gearchiveerde tonen").
  if (!query && f.includeArchived !== true) where.push(NOT_ARCHIVED);
  if (f.due) {
    where.push(`${REFERENCE_DATE} <= ?`, `coalesce(ar.kept_at, '') <= ?`);
    params.push(f.due.before, f.due.keptBefore);
  }
  if (query) {
    where.push(`(instr(${folded('cf.dossier_code')}, ?) > 0
      OR a.consultant_id IN (SELECT id FROM people WHERE instr(${folded('name')}, ?) > 0)
      OR a.reviewer_id IN (SELECT id FROM people WHERE instr(${folded('name')}, ?) > 0))`);
    params.push(query, query, query);
  }
  if (f.status === 'scoring') where.push(`a.status IN ('created', 'scoring')`);
  else if (f.status === 'waiting') where.push(`a.status <> 'completed'`);
  else if (f.status) {
    where.push('a.status = ?');
    params.push(f.status);
  }
  if (f.personId !== undefined) {
    where.push('(a.consultant_id = ? OR a.reviewer_id = ?)');
    params.push(f.personId, f.personId);
  }
  if (f.year !== undefined) {
    where.push('a.audit_date >= ? AND a.audit_date < ?');
    params.push(`${f.year}-01-01`, `${f.year + 1}-01-01`);
  }
  if (f.service) {
    where.push('cf.service = ?');
    params.push(f.service);
  }
  const region = f.region ? foldText(f.region) : '';
  if (region) {
    where.push(`instr(${folded("coalesce(cf.region, '')")}, ?) > 0`);
    params.push(region);
  }
  return { where, params };
}

/**
 * `fold` for SQL, remembering what it folded: a search compares every dossier code, and codes seldom change. The
 * memory is emptied when it grows past a bound (a few MB at most).
 */
function memoFold(): (s: unknown) => unknown {
  const memo = new Map<string, string>();
  return (s) => {
    if (typeof s !== 'string') return s;
    let f = memo.get(s);
    if (f === undefined) {
      if (memo.size >= 50_000) memo.clear();
      memo.set(s, (f = foldText(s)));
    }
    return f;
  };
}

/** The default list's total without a walk over every audit: all audits less the archived ones. */
const ALL_NOT_ARCHIVED =
  'SELECT (SELECT count(*) FROM audits) - (SELECT count(*) FROM audit_retention WHERE archived_at IS NOT NULL)';

const clause = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');

/** The select of one page with these conditions, in this order, after a cursor or from the start. */
export function pageSql(where: string[], sort: AuditSort, afterCursor: boolean): string {
  const keyset = afterCursor ? [`(a.audit_date, a.created_at, a.id) ${sort === 'oldest' ? '>' : '<'} (?, ?, ?)`] : [];
  return `SELECT ${COLUMNS} ${FROM} ${clause([...where, ...keyset])} ${sort === 'oldest' ? ORDER_OLDEST : ORDER}`;
}

export function auditListRepository(db: Database) {
  db.function('fold', { deterministic: true }, memoFold() as (s: unknown) => string);
  const cache = new Map<string, Statement<Param[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare<Param[]>(sql)));
    return s;
  };
  return {
    /** `limit` matching rows after `cursor` (from the start without one), whether more follow, and the total. */
    page: (limit: number, cursor: AuditCursor | null, filters: ListFilters = {}, sort: AuditSort = 'newest') => {
      const { where, params } = filterConditions(filters);
      const keyParams = cursor ? [cursor.auditDate, cursor.createdAt, cursor.id] : [];
      const rows = prepared(pageSql(where, sort, cursor !== null)).all(...params, ...keyParams, limit + 1) as Row[];
      const total = (
        where.length === 1 && where[0] === NOT_ARCHIVED
          ? prepared(ALL_NOT_ARCHIVED).pluck().get()
          : where.length
            ? prepared(`SELECT count(*) ${COUNT_FROM} ${clause(where)}`)
                .pluck()
                .get(...params)
            : prepared('SELECT count(*) FROM audits').pluck().get()
      ) as number;
      const last = rows.length > limit ? rows[limit - 1]! : null;
      return {
        items: rows.slice(0, limit).map(toItem),
        total,
        next: last ? { auditDate: last.audit_date, createdAt: last.created_at, id: last.id } : null,
      };
    },
  };
}
