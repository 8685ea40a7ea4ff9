/** SQL for the retention period (one settings row) and the per-audit decisions: archived, kept (migration 9). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { RetentionMonths } from '../../shared/domain/retention';
import { REFERENCE_DATE } from './auditList';

export function retentionRepository(db: Database) {
  const setting = db.prepare<[], { months: RetentionMonths | null; setAt: string | null }>(
    'SELECT retention_months AS months, retention_set_at AS setAt FROM settings WHERE id = 1',
  );
  const setMonths = db.prepare('UPDATE settings SET retention_months = ?, retention_set_at = ? WHERE id = 1');
  const archive = db.prepare(
    `INSERT INTO audit_retention (audit_id, archived_at) VALUES (?, ?)
     ON CONFLICT (audit_id) DO UPDATE SET archived_at = excluded.archived_at`,
  );
  const keep = db.prepare(
    `INSERT INTO audit_retention (audit_id, kept_at) VALUES (?, ?)
     ON CONFLICT (audit_id) DO UPDATE SET kept_at = excluded.kept_at`,
  );
  const due = db.prepare<[string, string], number>(
    `SELECT count(*) FROM audits a LEFT JOIN audit_retention ar ON ar.audit_id = a.id
     WHERE ${REFERENCE_DATE} <= ? AND coalesce(ar.kept_at, '') <= ?`,
  );
  const isDue = db.prepare<[number, string, string], number>(
    `SELECT count(*) FROM audits a LEFT JOIN audit_retention ar ON ar.audit_id = a.id
     WHERE a.id = ? AND ${REFERENCE_DATE} <= ? AND coalesce(ar.kept_at, '') <= ?`,
  );
  return {
    setting: () => setting.get() ?? { months: null, setAt: null },
    setMonths: (months: RetentionMonths | null, at: string) => setMonths.run(months, at),
    archive: (auditId: number, at: string | null) => archive.run(auditId, at),
    keep: (auditId: number, day: string) => keep.run(auditId, day),
    /** How many audits are past the period (reference date on or before `before`, not kept after `keptBefore`). */
    dueCount: (before: string, keptBefore: string): number => due.pluck().get(before, keptBefore) ?? 0,
    isDue: (auditId: number, before: string, keptBefore: string) =>
      (isDue.pluck().get(auditId, before, keptBefore) ?? 0) > 0,
  };
}
