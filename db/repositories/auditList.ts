/**
 * The home list's query: one page of audits, newest audit date first, only the small columns the list shows (no
 * template, no answers). Keyset paging over the audits_by_date index (migration 6): a page is a short index walk.
 */
import type { Database } from 'better-sqlite3';
import type { AuditStatus } from '../../shared/domain/model';
import type { AuditCursor, AuditListItem } from '../../shared/domain/auditList';

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
}

const COLUMNS = `a.id, a.audit_date, a.created_at, a.status,
  a.consultant_submitted_at IS NOT NULL AS c_submitted, a.reviewer_submitted_at IS NOT NULL AS r_submitted,
  cf.dossier_code, cf.service, c.id AS c_id, c.name AS c_name, r.id AS r_id, r.name AS r_name`;
const FROM = `FROM audits a JOIN case_files cf ON cf.id = a.case_file_id JOIN people c ON c.id = a.consultant_id
  JOIN people r ON r.id = a.reviewer_id`;
const ORDER = 'ORDER BY a.audit_date DESC, a.created_at DESC, a.id DESC LIMIT ?';

/** The raw select of one page, as the bench compares it (the same rows, the same index). */
export const AUDIT_PAGE_SQL = `SELECT ${COLUMNS} ${FROM} ${ORDER}`;

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
});

export function auditListRepository(db: Database) {
  const first = db.prepare<[number], Row>(AUDIT_PAGE_SQL);
  const after = db.prepare<[string, string, number, number], Row>(
    `SELECT ${COLUMNS} ${FROM} WHERE (a.audit_date, a.created_at, a.id) < (?, ?, ?) ${ORDER}`,
  );
  const count = db.prepare<[], number>('SELECT count(*) FROM audits').pluck();
  return {
    /** `limit` rows after `cursor` (from the start without one) plus whether more follow, and the total. */
    page: (limit: number, cursor: AuditCursor | null) => {
      const rows = cursor ? after.all(cursor.auditDate, cursor.createdAt, cursor.id, limit + 1) : first.all(limit + 1);
      const last = rows.length > limit ? rows[limit - 1]! : null;
      return {
        items: rows.slice(0, limit).map(toItem),
        total: count.get()!,
        next: last ? { auditDate: last.audit_date, createdAt: last.created_at, id: last.id } : null,
      };
    },
  };
}
