/**
 * SQL for corrections: what locks a case file, person or audit against change, and the changes themselves. Moving
 * `updated_at` of every audit a correction shows in is deliberately not guarded by status: on a completed audit the
 * database's own trigger (`audits_completed_readonly`) refuses it, so the correction is refused with it.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

export function correctionsRepository(db: Database) {
  const completedOfCaseFile = db.prepare<[number], { n: number }>(
    "SELECT count(*) AS n FROM audits WHERE case_file_id = ? AND status = 'completed'",
  );
  const completedOfPerson = db.prepare<[number, number], { n: number }>(
    "SELECT count(*) AS n FROM audits WHERE (consultant_id = ? OR reviewer_id = ?) AND status = 'completed'",
  );
  const touchOfCaseFile = db.prepare('UPDATE audits SET updated_at = ? WHERE case_file_id = ?');
  const touchOfPerson = db.prepare('UPDATE audits SET updated_at = ? WHERE consultant_id = ? OR reviewer_id = ?');
  const started = db.prepare<[number, number], { n: number }>(
    `SELECT (SELECT count(*) FROM ratings WHERE audit_id = ?) + (SELECT count(*) FROM seat_codes WHERE audit_id = ?)
     AS n`,
  );
  const correctAudit = db.prepare(
    'UPDATE audits SET consultant_id = ?, reviewer_id = ?, audit_date = ?, reviewer_role = COALESCE(?, reviewer_role), ' +
      'updated_at = ? WHERE id = ?',
  );
  return {
    completedAuditsOfCaseFile: (caseFileId: number): number => completedOfCaseFile.get(caseFileId)?.n ?? 0,
    completedAuditsOfPerson: (personId: number): number => completedOfPerson.get(personId, personId)?.n ?? 0,
    touchAuditsOfCaseFile: (caseFileId: number, now: string) => touchOfCaseFile.run(now, caseFileId),
    touchAuditsOfPerson: (personId: number, now: string) => touchOfPerson.run(now, personId, personId),
    /** Whether anything was stored in either seat: an answer, or a personal code. */
    seatsInUse: (auditId: number): boolean => (started.get(auditId, auditId)?.n ?? 0) > 0,
    correctAudit: (
      id: number,
      a: { consultantId: number; reviewerId: number; auditDate: string; reviewerRole?: string | undefined },
      now: string,
    ): void => {
      correctAudit.run(a.consultantId, a.reviewerId, a.auditDate, a.reviewerRole ?? null, now, id);
    },
  };
}
