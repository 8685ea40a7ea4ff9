/**
 * Leaving a screen with unsaved work asks first: a screen that holds such work (the matrix editor's draft) sets a
 * guard, and navigation (renderer/app/nav.ts) goes through `leaveThen`. The guard decides when, or whether, to go on.
 */
type Guard = (proceed: () => void) => void;

let guard: Guard | null = null;

export function setLeaveGuard(next: Guard | null): void {
  guard = next;
}

/** Runs `proceed` now, or hands it to the screen's guard (which asks, then calls it or not). */
export function leaveThen(proceed: () => void): void {
  if (guard) guard(proceed);
  else proceed();
}
