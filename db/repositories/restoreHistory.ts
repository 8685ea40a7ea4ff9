/** The append-only restore history (migration 4): read, hand on to a restored file, add one entry. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parseBackupId, type RestoreHistoryEntry, type RestoreSummary } from '../../shared/domain/storage';

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
