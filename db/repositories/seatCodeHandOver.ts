/**
 * Seat codes handed on to a restored file: a restore must not silently open a protected seat. The codes of the
 * file being replaced go to the same audits (same id and creation time) in the restored copy while those still
 * score apart ('created' or 'scoring', the only states in which a code may be written); the newest code wins.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One stored code, with its audit's creation time to recognise the same audit in another file. */
export interface SeatCodeRow {
  audit_id: number;
  audit_created_at: string;
  rater: string;
  algorithm: string;
  params: string;
  salt: Buffer;
  hash: Buffer;
}

/** All seat codes in `db` (which has this app's schema). */
export const readSeatCodes = (db: Database): SeatCodeRow[] =>
  db
    .prepare<[], SeatCodeRow>(
      `SELECT s.audit_id, a.created_at AS audit_created_at, s.rater, s.algorithm, s.params, s.salt, s.hash
       FROM seat_codes s JOIN audits a ON a.id = s.audit_id ORDER BY s.audit_id, s.rater`,
    )
    .all();

/** Writes `rows` into `db` (a migrated copy) for the same audits that still score apart there. Not a transaction. */
export function handOverSeatCodes(db: Database, rows: SeatCodeRow[]): void {
  const sameOpenAudit = db.prepare<[number, string]>(
    "SELECT 1 FROM audits WHERE id = ? AND created_at = ? AND status IN ('created','scoring')",
  );
  const put = db.prepare(`INSERT INTO seat_codes (audit_id, rater, algorithm, params, salt, hash)
    VALUES (@audit_id, @rater, @algorithm, @params, @salt, @hash)
    ON CONFLICT (audit_id, rater) DO UPDATE SET algorithm = excluded.algorithm, params = excluded.params,
    salt = excluded.salt, hash = excluded.hash`);
  for (const r of rows) {
    if (sameOpenAudit.get(r.audit_id, r.audit_created_at) === undefined) continue;
    put.run({
      audit_id: r.audit_id,
      rater: r.rater,
      algorithm: r.algorithm,
      params: r.params,
      salt: r.salt,
      hash: r.hash,
    });
  }
}
