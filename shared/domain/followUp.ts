import { z } from 'zod';
import { cleanText, idSchema } from './model';

/**
 * The follow-up of an action point after its audit was completed: recorded beside the signed record, never in it
 * (append-only `action_followups`, migration 12). The newest record is the action's current state.
 */
export const FOLLOW_UP_STATES = ['open', 'done', 'dropped'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** The longest note a follow-up takes. */
export const FOLLOW_UP_NOTE_MAX = 2000;

/** "Opvolging noteren": the new state of one action point, with an optional note; who records it is not asked. */
export const followUpInput = z
  .object({
    actionId: idSchema,
    state: z.enum(FOLLOW_UP_STATES),
    note: cleanText(FOLLOW_UP_NOTE_MAX).transform((s) => s.trim()),
  })
  .strict();

/** One recorded follow-up of an action point. */
export interface FollowUpRecord {
  id: number;
  actionId: number;
  state: FollowUpState;
  note: string;
  recordedAt: string;
}

/** The follow-up of one action point: its current state (the newest record; null while none) and its history. */
export interface ActionFollowUp {
  actionId: number;
  current: FollowUpState | null;
  /** Newest first. */
  history: FollowUpRecord[];
}
