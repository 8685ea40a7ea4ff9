/**
 * Migration 4: the restore history. Every restore of a backup is recorded (when, which backup, the name of the copy
 * made just before, and what went back in the signed record). The table is append-only; a restore hands the rows
 * of the file it replaces on to the restored file, so the history survives any number of restores.
 */
export const sql = /* sql */ `
CREATE TABLE restore_history (
  id INTEGER PRIMARY KEY,
  -- Random and unique: the same restore keeps its identity when its row is handed on to a restored file.
  entry_id TEXT NOT NULL UNIQUE CHECK (length(entry_id) = 32),
  restored_at TEXT NOT NULL,
  backup_id TEXT NOT NULL,
  -- The pre-restore copy in the backups folder (NULL in recovery mode, where the file could not be read).
  safety_backup_id TEXT,
  -- Recovery mode: the name the unreadable file was moved aside to.
  moved_aside_to TEXT,
  -- What went back: shared/domain/storage.ts RestoreSummary as JSON.
  summary TEXT NOT NULL CHECK (json_valid(summary))
);

CREATE TRIGGER restore_history_no_update BEFORE UPDATE ON restore_history
BEGIN SELECT RAISE(ABORT, 'restore_history_append_only'); END;
CREATE TRIGGER restore_history_no_delete BEFORE DELETE ON restore_history
BEGIN SELECT RAISE(ABORT, 'restore_history_append_only'); END;
`;
