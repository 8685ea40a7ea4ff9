/** One rater's answers. Reads are always scoped to a single rater unless the audit is revealed. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Rater } from '../../shared/domain/model';
import type { Rating } from '../../shared/domain/scoring';

interface Row {
  item_key: string;
  score: number | null;
  not_applicable: number;
  na_reason: string;
  rationale: string;
  updated_at: string;
}
const toRating = (r: Row): Rating => ({
  itemKey: r.item_key,
  score: r.score,
  notApplicable: r.not_applicable === 1,
  naReason: r.na_reason,
  rationale: r.rationale,
  updatedAt: r.updated_at,
});

export function ratingsRepository(db: Database) {
  const forRater = db.prepare<[number, Rater], Row>(
    'SELECT * FROM ratings WHERE audit_id = ? AND rater = ? ORDER BY item_key',
  );
  const upsert =
    db.prepare(`INSERT INTO ratings (audit_id, rater, item_key, score, not_applicable, na_reason, rationale, updated_at)
    VALUES (@auditId, @rater, @itemKey, @score, @na, @naReason, @rationale, @updatedAt)
    ON CONFLICT (audit_id, rater, item_key) DO UPDATE SET score = excluded.score, not_applicable = excluded.not_applicable,
    na_reason = excluded.na_reason, rationale = excluded.rationale, updated_at = excluded.updated_at`);
  return {
    forRater: (auditId: number, rater: Rater): Rating[] => forRater.all(auditId, rater).map(toRating),
    upsert: (auditId: number, rater: Rater, r: Omit<Rating, 'updatedAt'>, now: string): Rating => {
      upsert.run({
        auditId,
        rater,
        itemKey: r.itemKey,
        score: r.score,
        na: r.notApplicable ? 1 : 0,
        naReason: r.naReason,
        rationale: r.rationale,
        updatedAt: now,
      });
      return { ...r, updatedAt: now };
    },
  };
}
