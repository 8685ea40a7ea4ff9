/** Migration 1: the initial schema (people, case files, templates, audits, ratings, conversation). */
export const sql = String.raw`
-- Casusaudit schema, version 1. TEXT for text (never STRING), ISO-8601 UTC timestamps.
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  role TEXT NOT NULL CHECK (role IN ('consulent','teamverantwoordelijke','groepscoordinator','regionaal_staflid')),
  created_at TEXT NOT NULL
);

CREATE TABLE case_files (
  id INTEGER PRIMARY KEY,
  dossier_code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(dossier_code) BETWEEN 1 AND 40),
  service TEXT NOT NULL CHECK (service IN ('OCJ','SDJ')),
  region TEXT,
  main_theme TEXT CHECK (main_theme IS NULL OR main_theme IN
    ('emotioneel_misbruik','fysiek_misbruik','seksueel_misbruik','verwaarlozing','intrafamiliaal_geweld')),
  referral_year INTEGER,
  closure_year INTEGER,
  sofs_experience_years INTEGER,
  people_involved TEXT,
  minor_ages TEXT,
  complicating_factors TEXT,
  created_at TEXT NOT NULL
);

-- A matrix template is versioned data: content is the JSON validated by shared/domain/template.ts.
CREATE TABLE templates (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL,
  version INTEGER NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content)),
  created_at TEXT NOT NULL,
  UNIQUE (slug, version)
);
CREATE TRIGGER templates_immutable BEFORE UPDATE ON templates
BEGIN SELECT RAISE(ABORT, 'template_immutable'); END;

CREATE TABLE audits (
  id INTEGER PRIMARY KEY,
  case_file_id INTEGER NOT NULL REFERENCES case_files(id),
  template_id INTEGER NOT NULL REFERENCES templates(id),
  consultant_id INTEGER NOT NULL REFERENCES people(id),
  reviewer_id INTEGER NOT NULL REFERENCES people(id),
  status TEXT NOT NULL DEFAULT 'created' CHECK (status IN ('created','scoring','ready','conversation','completed')),
  audit_date TEXT NOT NULL,
  consultant_submitted_at TEXT,
  reviewer_submitted_at TEXT,
  revealed_at TEXT,
  completed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (consultant_id <> reviewer_id)
);
CREATE INDEX audits_case_file ON audits(case_file_id);

-- A completed audit is read-only; the only change allowed is the recorded reopening (status leaves 'completed').
CREATE TRIGGER audits_completed_readonly BEFORE UPDATE ON audits
WHEN OLD.status = 'completed' AND NEW.status = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER audits_completed_nodelete BEFORE DELETE ON audits
WHEN OLD.status = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;

CREATE TABLE ratings (
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  rater TEXT NOT NULL CHECK (rater IN ('consultant','reviewer')),
  item_key TEXT NOT NULL,
  score INTEGER CHECK (score IS NULL OR (typeof(score) = 'integer' AND score BETWEEN 0 AND 100)),
  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0,1)),
  na_reason TEXT NOT NULL DEFAULT '',
  rationale TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, rater, item_key),
  CHECK (NOT (not_applicable = 1 AND score IS NOT NULL))
) WITHOUT ROWID;

-- Scores are locked once both raters submitted, and a rater's answers once that rater submitted.
CREATE TRIGGER ratings_lock_insert BEFORE INSERT ON ratings
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) IN ('ready','conversation','completed')
  OR (NEW.rater = 'consultant' AND (SELECT consultant_submitted_at FROM audits WHERE id = NEW.audit_id) IS NOT NULL)
  OR (NEW.rater = 'reviewer' AND (SELECT reviewer_submitted_at FROM audits WHERE id = NEW.audit_id) IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'scores_locked'); END;
CREATE TRIGGER ratings_lock_update BEFORE UPDATE ON ratings
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) IN ('ready','conversation','completed')
  OR (OLD.rater = 'consultant' AND (SELECT consultant_submitted_at FROM audits WHERE id = OLD.audit_id) IS NOT NULL)
  OR (OLD.rater = 'reviewer' AND (SELECT reviewer_submitted_at FROM audits WHERE id = OLD.audit_id) IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'scores_locked'); END;
CREATE TRIGGER ratings_lock_delete BEFORE DELETE ON ratings
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) IN ('ready','conversation','completed')
BEGIN SELECT RAISE(ABORT, 'scores_locked'); END;

CREATE TABLE notes (
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  scope TEXT NOT NULL,
  col TEXT NOT NULL CHECK (col IN ('strengths','worries','next')),
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, scope, col)
) WITHOUT ROWID;

CREATE TABLE agreed_scores (
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  principle_key TEXT NOT NULL,
  score INTEGER CHECK (score IS NULL OR (typeof(score) = 'integer' AND score BETWEEN 0 AND 100)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, principle_key)
) WITHOUT ROWID;

CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  what TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  due TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX actions_audit ON actions(audit_id);

CREATE TABLE sign_offs (
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  rater TEXT NOT NULL CHECK (rater IN ('consultant','reviewer')),
  name TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, rater)
) WITHOUT ROWID;

-- Reopening a completed audit is recorded with a snapshot of what had been signed.
CREATE TABLE reopenings (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  by_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  signed_snapshot TEXT NOT NULL CHECK (json_valid(signed_snapshot)),
  reopened_at TEXT NOT NULL
);

-- Conversation content of a completed audit is read-only.
CREATE TRIGGER notes_lock_insert BEFORE INSERT ON notes
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER notes_lock_update BEFORE UPDATE ON notes
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER notes_lock_delete BEFORE DELETE ON notes
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER agreed_lock_insert BEFORE INSERT ON agreed_scores
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER agreed_lock_update BEFORE UPDATE ON agreed_scores
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER actions_lock_insert BEFORE INSERT ON actions
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER actions_lock_update BEFORE UPDATE ON actions
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER actions_lock_delete BEFORE DELETE ON actions
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER signoffs_lock_insert BEFORE INSERT ON sign_offs
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) <> 'conversation' BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
`;
