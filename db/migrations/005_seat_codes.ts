/**
 * Migration 5: a rater may protect their seat with a short personal code. Only a slow, salted hash is stored
 * (scrypt; the algorithm and its parameters beside it, so they can be raised later without breaking old codes),
 * never the code. A code is set or changed only while the raters still score apart.
 */
export const sql = /* sql */ `
CREATE TABLE seat_codes (
  audit_id INTEGER NOT NULL REFERENCES audits(id),
  rater TEXT NOT NULL CHECK (rater IN ('consultant','reviewer')),
  algorithm TEXT NOT NULL CHECK (algorithm = 'scrypt'),
  params TEXT NOT NULL CHECK (json_valid(params)),
  salt BLOB NOT NULL CHECK (typeof(salt) = 'blob' AND length(salt) >= 16),
  hash BLOB NOT NULL CHECK (typeof(hash) = 'blob' AND length(hash) >= 32),
  PRIMARY KEY (audit_id, rater)
) WITHOUT ROWID;

CREATE TRIGGER seat_codes_lock_insert BEFORE INSERT ON seat_codes
WHEN coalesce((SELECT status FROM audits WHERE id = NEW.audit_id), '') NOT IN ('created','scoring')
BEGIN SELECT RAISE(ABORT, 'scores_locked'); END;
CREATE TRIGGER seat_codes_lock_update BEFORE UPDATE ON seat_codes
WHEN coalesce((SELECT status FROM audits WHERE id = OLD.audit_id), '') NOT IN ('created','scoring')
BEGIN SELECT RAISE(ABORT, 'scores_locked'); END;
CREATE TRIGGER seat_codes_lock_delete BEFORE DELETE ON seat_codes
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
`;
