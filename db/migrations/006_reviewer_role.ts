/**
 * Migration 6: the second participant's role is chosen per audit (teamverantwoordelijke, groepscoördinator,
 * co-consulent or a role typed in), so it is shown by that name on screen and on paper. Audits made before this
 * version get "teamverantwoordelijke", the role the app named until then. The length check mirrors LIMITS.role.
 */
export const sql = /* sql */ `
ALTER TABLE audits ADD COLUMN reviewer_role TEXT NOT NULL DEFAULT 'teamverantwoordelijke'
  CHECK (length(trim(reviewer_role)) BETWEEN 1 AND 60);
`;
