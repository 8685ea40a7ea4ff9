/** The append-only restore history (migration 4): read, hand on to a restored file, add one entry. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ErasureTarget } from '../../shared/domain/erasure';
import {
  parseBackupId,
  type AuditRestoreChange,
  type RestoreHistoryEntry,
  type RestoreSummary,
} from '../../shared/domain/storage';

/** One row as stored, without the local row number (which differs from file to file). */
export interface RestoreHistoryRow {
  entry_id: string;
  restored_at: string;
  backup_id: string;
  safety_backup_id: string | null;
  moved_aside_to: string | null;
  summary: string;
}

const COLUMNS = 'entry_id, restored_at, backup_id, safety_backup_id, moved_aside_to, summary';

const toEntry = (r: RestoreHistoryRow): RestoreHistoryEntry => ({
  id: r.entry_id,
  restoredAt: r.restored_at,
  backupId: r.backup_id,
  backupCreatedAt: parseBackupId(r.backup_id)?.createdAt ?? null,
  safetyBackupId: r.safety_backup_id,
  movedAsideTo: r.moved_aside_to,
  summary: JSON.parse(r.summary) as RestoreSummary,
});

export function restoreHistoryRepository(db: Database) {
  const exists = () =>
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'restore_history'").get() !== undefined;
  /** Oldest first; empty for a file from before migration 4. */
  const rows = (): RestoreHistoryRow[] =>
    exists()
      ? db.prepare<[], RestoreHistoryRow>(`SELECT ${COLUMNS} FROM restore_history ORDER BY restored_at, id`).all()
      : [];
  const insert = (r: RestoreHistoryRow) =>
    db
      .prepare(
        `INSERT INTO restore_history (${COLUMNS}) VALUES
         (@entry_id, @restored_at, @backup_id, @safety_backup_id, @moved_aside_to, @summary)`,
      )
      .run(r);
  return {
    rows,
    /** Newest first. */
    list: (): RestoreHistoryEntry[] => rows().map(toEntry).reverse(),
    /**
     * Adds the rows of another file's history that this file lacks (in their order), then `entry`: one transaction.
     */
    handOver: (from: RestoreHistoryRow[], entry: RestoreHistoryRow): void =>
      db.transaction(() => {
        const have = new Set(rows().map((r) => r.entry_id));
        for (const r of from) if (!have.has(r.entry_id)) insert(r);
        insert(entry);
      })(),
  };
}

/**
 * The summary without what an erasure took: an entry about an erased audit (same id and dossier code) or about any
 * audit of an erased case file (same dossier code) keeps only that something changed, not its code or names.
 * Null when nothing in it was erased.
 */
export function redactSummary(summary: RestoreSummary, target: ErasureTarget): RestoreSummary | null {
  const audits = new Set(target.audits.flatMap((a) => (a.dossierCode ? [`${a.id}\u0000${a.dossierCode}`] : [])));
  const gone = (c: AuditRestoreChange) =>
    c.erased !== true &&
    (c.dossierCode === target.caseFile?.dossierCode || audits.has(`${c.auditId}\u0000${c.dossierCode}`));
  if (!summary.audits.some(gone)) return null;
  return {
    ...summary,
    audits: summary.audits.map((c) =>
      gone(c)
        ? {
            ...c,
            dossierCode: '',
            signaturesLost: c.signaturesLost.map((s) => ({ ...s, name: '' })),
            reopeningsLost: c.reopeningsLost.map((r) => ({ ...r, byName: '' })),
            erased: true,
          }
        : c,
    ),
  };
}

/**
 * Takes what was erased out of the restore history of `db` (in the caller's transaction). `at` is the newest
 * erasure record's moment, which the database requires (migration 10); null for a copy whose triggers are set
 * aside or that has no such column. Returns how many entries changed.
 */
export function redactHistory(db: Database, target: ErasureTarget, at: string | null): number {
  const has = (sql: string) => db.prepare(sql).get() !== undefined;
  if (!has("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'restore_history'")) return 0;
  const stamped = at !== null && has("SELECT 1 FROM pragma_table_info('restore_history') WHERE name = 'redacted_at'");
  const update = db.prepare(
    stamped
      ? 'UPDATE restore_history SET summary = ?, redacted_at = ? WHERE id = ?'
      : 'UPDATE restore_history SET summary = ? WHERE id = ?',
  );
  let changed = 0;
  for (const r of db.prepare('SELECT id, summary FROM restore_history').all() as { id: number; summary: string }[]) {
    const next = redactSummary(JSON.parse(r.summary) as RestoreSummary, target);
    if (!next) continue;
    if (stamped) update.run(JSON.stringify(next), at, r.id);
    else update.run(JSON.stringify(next), r.id);
    changed++;
  }
  return changed;
}

/** Whether the restore history of `db` still names anything of the erased target. */
export function historyMentions(db: Database, target: ErasureTarget): boolean {
  if (db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'restore_history'").get() === undefined)
    return false;
  const rows = db.prepare('SELECT summary FROM restore_history').pluck().all() as string[];
  return rows.some((s) => redactSummary(JSON.parse(s) as RestoreSummary, target) !== null);
}
