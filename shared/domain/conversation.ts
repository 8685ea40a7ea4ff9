/** The conversation that follows the reveal: notes per principle, agreed scores, action points, sign-off, reopening. */
import { z } from 'zod';
import { cleanText, idSchema, isoDate, LIMITS, requiredText, type Rater } from './model';
import type { Rating } from './scoring';

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
  what: requiredText(LIMITS.action),
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
