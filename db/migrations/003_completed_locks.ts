/**
 * Migration 3: the last write paths of a completed audit are locked in the database itself, not only in the
 * handlers. Before this, a direct SQL write could still delete an agreed score, change or remove a signature,
 * rewrite the reopening history, or take an audit out of 'completed' without a recorded reopening.
 */
export const sql = /* sql */ `
CREATE TRIGGER agreed_lock_delete BEFORE DELETE ON agreed_scores
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

-- Signatures are given and withdrawn only during the conversation.
CREATE TRIGGER signoffs_lock_update BEFORE UPDATE ON sign_offs
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) <> 'conversation' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER signoffs_lock_delete BEFORE DELETE ON sign_offs
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

-- The reopening history is append-only, and a reopening is recorded only for a completed audit.
CREATE TRIGGER reopenings_insert_completed_only BEFORE INSERT ON reopenings
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) IS NOT 'completed' BEGIN SELECT RAISE(ABORT, 'invalid_transition'); END;
CREATE TRIGGER reopenings_no_update BEFORE UPDATE ON reopenings
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER reopenings_no_delete BEFORE DELETE ON reopenings
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

-- A completed audit leaves 'completed' only through a reopening recorded in the same moment.
CREATE TRIGGER audits_reopen_recorded BEFORE UPDATE OF status ON audits
WHEN OLD.status = 'completed' AND NEW.status <> 'completed'
  AND NOT EXISTS (SELECT 1 FROM reopenings WHERE audit_id = OLD.id AND reopened_at = NEW.updated_at)
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
`;
