/**
 * Migration 8: erasing. An audit, a case file (with its audits) or a person in no audit can be erased for good.
 * The append-only `erasure_log` keeps what kind of thing was erased, when, and how many audits went: never its
 * content. A completed audit (and the rows of any audit whose scores are locked) stays undeletable by any ordinary
 * write: it can be deleted only after it was marked `erasing`, and that mark is accepted only in the same moment
 * as the newest erasure_log row (the pattern of the recorded reopening, migration 3). A marked audit takes no
 * other change.
 */
export const sql = /* sql */ `
CREATE TABLE erasure_log (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('audit','case_file','person')),
  erased_at TEXT NOT NULL,
  audits INTEGER NOT NULL CHECK (typeof(audits) = 'integer' AND audits >= 0)
);
CREATE TRIGGER erasure_log_no_update BEFORE UPDATE ON erasure_log
BEGIN SELECT RAISE(ABORT, 'erasure_log_append_only'); END;
CREATE TRIGGER erasure_log_no_delete BEFORE DELETE ON erasure_log
BEGIN SELECT RAISE(ABORT, 'erasure_log_append_only'); END;

ALTER TABLE audits ADD COLUMN erasing INTEGER NOT NULL DEFAULT 0 CHECK (erasing IN (0,1));

-- The mark is set only together with the newest erasure record (same moment), never taken back, and a marked
-- audit takes no other change.
CREATE TRIGGER audits_erasing_recorded BEFORE UPDATE ON audits
WHEN OLD.erasing = 1 OR (NEW.erasing = 1 AND NOT EXISTS (
  SELECT 1 FROM erasure_log WHERE erased_at = NEW.updated_at AND id = (SELECT max(id) FROM erasure_log)))
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

-- A completed audit stays read-only; the one change besides the recorded reopening is the mark for erasure,
-- with nothing else changed.
DROP TRIGGER audits_completed_readonly;
CREATE TRIGGER audits_completed_readonly BEFORE UPDATE ON audits
WHEN OLD.status = 'completed' AND NEW.status = 'completed' AND NOT (
  OLD.erasing = 0 AND NEW.erasing = 1 AND NEW.case_file_id = OLD.case_file_id AND NEW.template_id = OLD.template_id
  AND NEW.consultant_id = OLD.consultant_id AND NEW.reviewer_id = OLD.reviewer_id AND NEW.audit_date = OLD.audit_date
  AND NEW.completed_at IS OLD.completed_at AND NEW.reviewer_role = OLD.reviewer_role)
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

DROP TRIGGER audits_completed_nodelete;
CREATE TRIGGER audits_completed_nodelete BEFORE DELETE ON audits
WHEN OLD.status = 'completed' AND OLD.erasing = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

-- The rows of a locked audit go only with an audit marked for erasure.
DROP TRIGGER ratings_lock_delete;
CREATE TRIGGER ratings_lock_delete BEFORE DELETE ON ratings
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) IN ('ready','conversation','completed')
  AND (SELECT erasing FROM audits WHERE id = OLD.audit_id) = 0
BEGIN SELECT RAISE(ABORT, 'scores_locked'); END;
DROP TRIGGER notes_lock_delete;
CREATE TRIGGER notes_lock_delete BEFORE DELETE ON notes
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed'
  AND (SELECT erasing FROM audits WHERE id = OLD.audit_id) = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
DROP TRIGGER agreed_lock_delete;
CREATE TRIGGER agreed_lock_delete BEFORE DELETE ON agreed_scores
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed'
  AND (SELECT erasing FROM audits WHERE id = OLD.audit_id) = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
DROP TRIGGER actions_lock_delete;
CREATE TRIGGER actions_lock_delete BEFORE DELETE ON actions
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed'
  AND (SELECT erasing FROM audits WHERE id = OLD.audit_id) = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
DROP TRIGGER signoffs_lock_delete;
CREATE TRIGGER signoffs_lock_delete BEFORE DELETE ON sign_offs
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed'
  AND (SELECT erasing FROM audits WHERE id = OLD.audit_id) = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
DROP TRIGGER seat_codes_lock_delete;
CREATE TRIGGER seat_codes_lock_delete BEFORE DELETE ON seat_codes
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed'
  AND (SELECT erasing FROM audits WHERE id = OLD.audit_id) = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
DROP TRIGGER reopenings_no_delete;
CREATE TRIGGER reopenings_no_delete BEFORE DELETE ON reopenings
WHEN coalesce((SELECT erasing FROM audits WHERE id = OLD.audit_id), 0) = 0
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
`;
