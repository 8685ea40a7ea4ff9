/**
 * Migration 11: choosing a matrix (ADR 0016). Templates are immutable (a trigger forbids updates), so what the team
 * decides about them sits beside them: the default matrix for new audits in the settings row (NULL: the newest
 * version of the built-in matrix), and retired versions in `template_retirement` (kept, readable for their audits,
 * no longer offered for new ones). The default can't be retired, also not by a write that bypasses the handlers.
 */
export const sql = /* sql */ `
ALTER TABLE settings ADD COLUMN default_template_id INTEGER REFERENCES templates(id);

CREATE TABLE template_retirement (
  template_id INTEGER PRIMARY KEY REFERENCES templates(id),
  retired_at TEXT NOT NULL
);

CREATE TRIGGER template_retirement_not_default BEFORE INSERT ON template_retirement
WHEN NEW.template_id IS (SELECT default_template_id FROM settings WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'template_is_default'); END;

CREATE TRIGGER settings_default_not_retired BEFORE UPDATE OF default_template_id ON settings
WHEN NEW.default_template_id IN (SELECT template_id FROM template_retirement)
BEGIN SELECT RAISE(ABORT, 'template_retired'); END;
`;
