/** Ratings: one rater's answer to one item, and a rater's scoring session. The conversation is in conversation.ts. */
import { z } from 'zod';
import { cleanText, idSchema, LIMITS, RATERS, type Rater } from './model';

const itemKey = z.string().min(1).max(80);
export const raterSchema = z.enum(RATERS);

export const ratingInput = z
  .object({
    auditId: idSchema,
    rater: raterSchema,
    itemKey,
    score: z.number().int({ message: 'score_integer' }).min(0).max(100).nullable(),
    notApplicable: z.boolean(),
    naReason: cleanText(LIMITS.naReason),
    rationale: cleanText(LIMITS.rationale),
  })
  .strict()
  .refine((r) => !(r.notApplicable && r.score !== null), { message: 'na_with_score', path: ['score'] });
export type RatingInput = z.input<typeof ratingInput>;

export interface Rating {
  itemKey: string;
  score: number | null;
  notApplicable: boolean;
  naReason: string;
  rationale: string;
  updatedAt: string;
}

/** An answer counts as given when it has a score, or is marked not applicable. */
export const isAnswered = (r: Pick<Rating, 'score' | 'notApplicable'> | undefined): boolean =>
  !!r && (r.score !== null || r.notApplicable);

export interface RaterSession {
  auditId: number;
  rater: Rater;
  person: { id: number; name: string; role: string };
  submitted: boolean;
  /** true once the other rater submitted: then this rater may no longer reopen. */
  otherSubmitted: boolean;
  ratings: Rating[];
}
