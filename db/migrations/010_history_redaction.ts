/**
 * Migration 10: an erasure also reaches the restore history. The history stays append-only, with one exception:
 * the summary of an entry may be rewritten, nothing else in it, and only in the same moment as the newest erasure
 * record (the pattern of migration 8), to take out the dossier code and the names of an erased audit or case file.
 * `redacted_at` says when that happened.
 */
export const sql = /* sql */ `
ALTER TABLE restore_history ADD COLUMN redacted_at TEXT;

DROP TRIGGER restore_history_no_update;
CREATE TRIGGER restore_history_no_update BEFORE UPDATE ON restore_history
-- coalesce: with no erasure record yet the comparison is NULL, and NOT NULL would let the update through.
WHEN NOT coalesce(
  NEW.entry_id = OLD.entry_id AND NEW.restored_at = OLD.restored_at AND NEW.backup_id = OLD.backup_id
  AND NEW.safety_backup_id IS OLD.safety_backup_id AND NEW.moved_aside_to IS OLD.moved_aside_to
  AND NEW.redacted_at IS NOT NULL
  AND NEW.redacted_at = (SELECT erased_at FROM erasure_log WHERE id = (SELECT max(id) FROM erasure_log)), 0)
BEGIN SELECT RAISE(ABORT, 'restore_history_append_only'); END;
`;
