/**
 * The follow-up of an action point after its audit was completed: recorded beside the signed record, never in it
 * (append-only `action_followups`, migration 12). The newest record is the action's current state.
 */
export const FOLLOW_UP_STATES = ['open', 'done', 'dropped'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** The longest note a follow-up takes. */
export const FOLLOW_UP_NOTE_MAX = 2000;
