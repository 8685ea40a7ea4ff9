/**
 * Migration 7: an index for the home list, which shows audits newest audit date first, one page at a time
 * (`listAuditPage`). Read backwards it gives audit_date DESC, created_at DESC, id DESC (the rowid ends every
 * index entry), so a page is a short index walk from the cursor instead of sorting every audit.
 */
export const sql = /* sql */ `
CREATE INDEX audits_by_date ON audits (audit_date, created_at);
`;
