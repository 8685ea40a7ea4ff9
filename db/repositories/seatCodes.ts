/** Personal seat codes as stored: a slow salted hash with its algorithm and parameters, never the code itself. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Rater } from '../../shared/domain/model';

/** scrypt's cost parameters and the length of the derived key, as recorded with each hash. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

export interface StoredSeatCode {
  algorithm: 'scrypt';
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

interface Row {
  algorithm: string;
  params: string;
  salt: Buffer;
  hash: Buffer;
}

export function seatCodesRepository(db: Database) {
  const get = db.prepare<[number, Rater], Row>(
    'SELECT algorithm, params, salt, hash FROM seat_codes WHERE audit_id = ? AND rater = ?',
  );
  const put = db.prepare(`INSERT INTO seat_codes (audit_id, rater, algorithm, params, salt, hash)
    VALUES (@auditId, @rater, @algorithm, @params, @salt, @hash)
    ON CONFLICT (audit_id, rater) DO UPDATE SET algorithm = excluded.algorithm, params = excluded.params,
    salt = excluded.salt, hash = excluded.hash`);
  return {
    /** The stored hash of a seat's code; undefined when the seat has none (an unknown algorithm counts as stored). */
    get: (auditId: number, rater: Rater): StoredSeatCode | undefined => {
      const r = get.get(auditId, rater);
      if (!r) return undefined;
      return {
        algorithm: r.algorithm as 'scrypt',
        params: JSON.parse(r.params) as ScryptParams,
        salt: r.salt,
        hash: r.hash,
      };
    },
    put: (auditId: number, rater: Rater, c: StoredSeatCode): void => {
      put.run({ auditId, rater, algorithm: c.algorithm, params: JSON.stringify(c.params), salt: c.salt, hash: c.hash });
    },
  };
}
