/** Ratings: one rater's answer to one item, and a rater's scoring session. The conversation is in conversation.ts. */
import { z } from 'zod';
import { cleanText, idSchema, LIMITS, RATERS, type AuditStatus, type Rater } from './model';

const itemKey = z.string().min(1).max(80);
export const raterSchema = z.enum(RATERS);

/** How long a personal seat code may be (in UTF-16 code units, after trimming). */
export const SEAT_CODE = { min: 4, max: 32 } as const;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A rater's optional personal code for their seat: 4 to 32 characters without control characters. It is trimmed and
 * put in Unicode's composed form (NFC) before it is hashed or checked, so "é" typed either way is the same code.
 */
export const seatCodeSchema = z
  .string()
  .max(SEAT_CODE.max * 4, { message: 'seat_code_length' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(SEAT_CODE.min, { message: 'seat_code_length' })
      .max(SEAT_CODE.max, { message: 'seat_code_length' })
      .refine((s) => !/\p{Cc}/u.test(s) && !LONE_SURROGATE.test(s), { message: 'control_chars' }),
  );

export const ratingInput = z
  .object({
    auditId: idSchema,
    rater: raterSchema,
    itemKey,
    score: z.number().int({ message: 'score_integer' }).min(0).max(100).nullable(),
    notApplicable: z.boolean(),
    naReason: cleanText(LIMITS.naReason),
    rationale: cleanText(LIMITS.rationale),
    /** The seat's personal code, needed while scores are blind if the rater set one. */
    code: seatCodeSchema.optional(),
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
  /** true when this seat is protected by a personal code (set by its rater). */
  protectedByCode: boolean;
  ratings: Rating[];
}

/** Per seat, whether its rater protected it with a personal code. Nothing else of a seat is told to anyone. */
export type Seats = Record<Rater, { protectedByCode: boolean }>;

/**
 * The status as every screen shows it. Before anyone submitted, 'created' and 'scoring' differ only in whether a
 * rater already stored an answer; shown apart, that would tell the other rater that someone started. Both are
 * shown as 'scoring' ("each scores separately"); submissions are shown per seat, as both raters may know them.
 */
export const shownStatus = (status: AuditStatus): AuditStatus => (status === 'created' ? 'scoring' : status);
