/** Ratings (one rater's answer to one item) and the conversation that follows the reveal. */
import { z } from 'zod';
import { cleanText, idSchema, isoDate, LIMITS, RATERS, type Rater } from './model';

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

export const NOTE_COLUMNS = ['strengths', 'worries', 'next'] as const;
export type NoteColumn = (typeof NOTE_COLUMNS)[number];
/** Notes belong to one principle (its key) or to the audit as a whole. */
export const AUDIT_SCOPE = 'audit';

export const noteInput = z
  .object({
    auditId: idSchema,
    scope: z.string().min(1).max(80),
    column: z.enum(NOTE_COLUMNS),
    text: cleanText(LIMITS.note),
  })
  .strict();

export const agreedScoreInput = z
  .object({
    auditId: idSchema,
    principleKey: z.string().min(1).max(80),
    score: z.number().int().min(0).max(100).nullable(),
  })
  .strict();

const actionFields = {
  what: cleanText(LIMITS.action)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'required' }),
  who: cleanText(LIMITS.shortText).transform((s) => s.trim()),
  due: isoDate.nullable(),
};
export const actionInput = z.object({ auditId: idSchema, ...actionFields }).strict();
export const actionUpdate = z.object({ id: idSchema, ...actionFields }).strict();

export interface Note {
  scope: string;
  column: NoteColumn;
  text: string;
  updatedAt: string;
}
export interface AgreedScore {
  principleKey: string;
  score: number | null;
}
export interface ActionPoint {
  id: number;
  what: string;
  who: string;
  due: string | null;
  createdAt: string;
}
export interface SignOff {
  rater: Rater;
  name: string;
  signedAt: string;
}
export interface Reopening {
  reopenedAt: string;
  byName: string;
  reason: string;
}

/** Everything of an audit after the reveal: both perspectives and the conversation. */
export interface Revealed {
  auditId: number;
  ratings: Record<Rater, Rating[]>;
  notes: Note[];
  agreedScores: AgreedScore[];
  actions: ActionPoint[];
  signOffs: SignOff[];
  reopenings: Reopening[];
  revealedAt: string;
}
