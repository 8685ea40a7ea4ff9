/**
 * Personal seat codes: hashed slowly with a random salt (Node's scrypt), checked in the backend on every operation
 * of a protected seat while the scores are blind. A lost code cannot be recovered by anyone.
 */
import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { Rater } from '../../shared/domain/model';
import type { ScryptParams, StoredSeatCode, seatCodesRepository } from '../repositories/seatCodes';

/** N = 2^14, r = 8: 16 MiB and some 50 ms for one check on a laptop; recorded with each hash. */
export const SCRYPT_PARAMS: ScryptParams = { N: 16384, r: 8, p: 1, keylen: 32 };
/** The most memory a stored parameter set may ask for (a foreign file could ask for more). */
const MAX_MEMORY = 64 * 1024 * 1024;

const derive = (code: string, salt: Buffer, p: ScryptParams): Buffer =>
  scryptSync(code, salt, p.keylen, { N: p.N, r: p.r, p: p.p, maxmem: MAX_MEMORY });

export function hashSeatCode(code: string): StoredSeatCode {
  const salt = randomBytes(16);
  return { algorithm: 'scrypt', params: { ...SCRYPT_PARAMS }, salt, hash: derive(code, salt, SCRYPT_PARAMS) };
}

/** True when `code` is the code behind `stored`; false for a wrong code and for a record that cannot be checked. */
export function verifySeatCode(code: string, stored: StoredSeatCode): boolean {
  if (stored.algorithm !== 'scrypt') return false;
  try {
    const derived = derive(code, stored.salt, stored.params);
    return derived.length === stored.hash.length && timingSafeEqual(derived, stored.hash);
  } catch {
    return false;
  }
}

/** Checks and sets seat codes over the repository. */
export function seatGuard(repo: ReturnType<typeof seatCodesRepository>) {
  // Autosave checks the code on every answer. Once a code was found right the slow way, a keyed hash of it (the key
  // lives only in this process's memory) recognises it again at once; a wrong code always costs a full scrypt, so
  // guessing stays as slow as the stored parameters make it.
  const key = randomBytes(32);
  const known = new Map<string, Buffer>();
  const mac = (code: string) => createHmac('sha256', key).update(code, 'utf8').digest();
  const matches = (code: string, stored: StoredSeatCode): boolean => {
    const id = stored.hash.toString('hex');
    const m = mac(code);
    const seen = known.get(id);
    if (seen && timingSafeEqual(seen, m)) return true;
    if (!verifySeatCode(code, stored)) return false;
    known.set(id, m);
    return true;
  };
  return {
    protectedByCode: (auditId: number, rater: Rater): boolean => repo.get(auditId, rater) !== undefined,
    /** Refuses unless the seat has no code or `code` is its code: seat_code_required, seat_code_wrong. */
    check: (auditId: number, rater: Rater, code: string | undefined): void => {
      const stored = repo.get(auditId, rater);
      if (!stored) return;
      if (code === undefined) throw new ApiFailure('seat_code_required');
      if (!matches(code, stored)) throw new ApiFailure('seat_code_wrong');
    },
    set: (auditId: number, rater: Rater, code: string): void => repo.put(auditId, rater, hashSeatCode(code)),
  };
}
