/**
 * Migration 9: retention and archive (ADR 0012). The team's retention period lives in the data file itself (one
 * settings row; NULL until someone chooses one), so it travels with every backup and copy. What was decided per
 * audit sits in `audit_retention`, beside the audit and not in it: archiving a completed audit or keeping it past
 * the period changes nothing of what was signed, so the locks of migrations 3 and 8 stay exactly as they are. The
 * table has an `audit_id` column, so erasing an audit takes its row too (migration 8).
 */
export const sql = /* sql */ `
CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  retention_months INTEGER CHECK (retention_months IS NULL OR retention_months IN (12, 24, 36, 60, 120)),
  retention_set_at TEXT
);
INSERT INTO settings (id, retention_months, retention_set_at) VALUES (1, NULL, NULL);
CREATE TRIGGER settings_no_delete BEFORE DELETE ON settings
BEGIN SELECT RAISE(ABORT, 'settings_keep_one_row'); END;

CREATE TABLE audit_retention (
  audit_id INTEGER PRIMARY KEY REFERENCES audits(id),
  archived_at TEXT,
  kept_at TEXT
);

-- Only a completed audit is archived.
CREATE TRIGGER audit_retention_archive_completed BEFORE INSERT ON audit_retention
WHEN NEW.archived_at IS NOT NULL AND (SELECT status FROM audits WHERE id = NEW.audit_id) IS NOT 'completed'
BEGIN SELECT RAISE(ABORT, 'invalid_transition'); END;
CREATE TRIGGER audit_retention_archive_completed_update BEFORE UPDATE OF archived_at ON audit_retention
WHEN NEW.archived_at IS NOT NULL AND (SELECT status FROM audits WHERE id = NEW.audit_id) IS NOT 'completed'
BEGIN SELECT RAISE(ABORT, 'invalid_transition'); END;

-- A reopened audit is no longer done: it comes back into the list.
CREATE TRIGGER audits_reopen_unarchives AFTER UPDATE OF status ON audits
WHEN OLD.status = 'completed' AND NEW.status <> 'completed'
BEGIN UPDATE audit_retention SET archived_at = NULL WHERE audit_id = NEW.id; END;
`;
