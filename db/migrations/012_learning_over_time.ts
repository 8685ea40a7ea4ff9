/**
 * Migration 12: learning over time (issue 15).
 * - A team on the case file, beside service (dienst) and region, for the breadth dashboard's scope.
 * - Breadth (DOMAIN.md §6, Tabel 8): per case file and safety-plan step, the day it happened, "not yet" or "not
 *   applicable". A step without a row has not been filled in. The rows go with their case file (also on erasure).
 * - Follow-up of action points after an audit was completed, beside the signed record and never in it: an
 *   append-only history per action (the newest row is its state), only for actions of a completed audit. The rows
 *   carry `audit_id`, so an erased audit takes them along (db/repositories/erasure.ts finds tables by that column).
 * The step keys are written out here (not imported) so this migration stays as it was released.
 */
export const sql = /* sql */ `
ALTER TABLE case_files ADD COLUMN team TEXT CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);

CREATE TABLE safety_plan_steps (
  case_file_id INTEGER NOT NULL REFERENCES case_files(id) ON DELETE CASCADE,
  step_key TEXT NOT NULL CHECK (step_key IN ('internal_mapping','mapping_conversations','informed_network',
    'involving_children','words_and_pictures','sharing_timeline','danger_statements_goals','strengths_and_safety',
    'discussing_safety_goal','initial_safety_plan','monitoring_initial_plan','network_meetings','final_safety_plan')),
  state TEXT NOT NULL CHECK (state IN ('done','not_yet','not_applicable')),
  happened_on TEXT CHECK (happened_on IS NULL OR (length(happened_on) = 10
    AND happened_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(happened_on) = happened_on)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (case_file_id, step_key),
  CHECK ((state = 'done') = (happened_on IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX safety_plan_steps_by_step ON safety_plan_steps(step_key, state, happened_on);

CREATE TABLE action_followups (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  state TEXT NOT NULL CHECK (state IN ('open','done','dropped')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  recorded_at TEXT NOT NULL
);
CREATE INDEX action_followups_by_action ON action_followups(action_id, id);
CREATE INDEX action_followups_by_audit ON action_followups(audit_id);

CREATE TRIGGER action_followups_completed_only BEFORE INSERT ON action_followups
WHEN (SELECT audit_id FROM actions WHERE id = NEW.action_id) IS NOT NEW.audit_id
  OR (SELECT status FROM audits WHERE id = NEW.audit_id) IS NOT 'completed'
  OR (SELECT erasing FROM audits WHERE id = NEW.audit_id) = 1
BEGIN SELECT RAISE(ABORT, 'follow_up_not_completed'); END;
CREATE TRIGGER action_followups_append_only BEFORE UPDATE ON action_followups
BEGIN SELECT RAISE(ABORT, 'follow_up_append_only'); END;

-- Breadth dashboard: a dossier's earliest step day (its start) and its steps by state, found without a scan.
CREATE INDEX safety_plan_steps_by_case_file_state ON safety_plan_steps(case_file_id, state, happened_on);
`;
