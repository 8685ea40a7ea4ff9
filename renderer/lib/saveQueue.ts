/**
 * Autosave without a save button and without a timer: every change is sent at once. Per key (an item, a note
 * field) at most one save is in flight; a change made meanwhile is sent right after it, reading the newest value
 * at that moment, so the last keystroke always lands and saves of one field never overtake each other.
 * Used by the scoring and the conversation stores. Closing the window while a save is on its way is held until
 * every queue has flushed.
 *
 * A save that failed for a passing reason is tried again by itself, after 1, 2, 4 … up to 15 seconds, with the
 * newest value, until it lands: the connection to the app dropped, the data file was busy for a moment, the disk
 * was briefly unavailable (storage_failed), or the disk is full (freeing space is done outside the app, and the
 * change then lands without being typed again; one small write every 15 seconds costs nothing). A refusal that
 * trying again cannot change (the file is read-only, a constraint conflict, invalid text, the audit was signed
 * off meanwhile) is shown and not repeated. Until a failed change has landed the queue counts as unsaved, so
 * closing the window first tries once more; `flush()` says whether everything is stored, so submitting and
 * signing stop rather than go ahead without a change the user made.
 */
import { ApiCallError } from '../api/client';

/** `retrying`: not stored yet, tried again by itself; `error`: refused, not repeated. */
export type SaveState = 'saving' | 'saved' | 'error' | 'retrying';

export interface SaveQueueOptions {
  /** Sends the newest value of `key`; reads it from the store when called. */
  send: (key: string) => Promise<unknown>;
  /** The store's current session (e.g. the audit id): a queued resend is dropped once the session changed. */
  session: () => unknown;
  onState: (key: string, state: SaveState, error?: unknown) => void;
  /** After every acknowledged save of `key`; `latest` is false when a newer change is already queued. */
  onSaved?: (key: string, latest: boolean) => void;
  /** Which failures are worth trying again (default: lost connection or a storage error). */
  isTransient?: (error: unknown) => boolean;
  /** Delay before retry number `attempt` (1, 2, …), in ms. */
  retryDelay?: (attempt: number) => number;
}

/** Failures that pass by themselves (or by something done outside the app): worth trying again. */
const TRANSIENT = new Set(['network', 'storage_busy', 'storage_full', 'storage_failed']);
const defaultTransient = (err: unknown) => err instanceof ApiCallError && TRANSIENT.has(err.error.code);
const defaultDelay = (attempt: number) => Math.min(15_000, 1000 * 2 ** (attempt - 1));

/** What `flush()` found: everything stored, or not, with the newest failure (null when it only had not landed). */
export type FlushResult = { stored: true } | { stored: false; error: unknown };

/** A step that needs every change stored first (submitting, signing) was stopped because one was not. */
export class UnsavedChangesError extends Error {
  constructor(
    readonly step: 'submit' | 'signOff',
    /** Why the change is not stored (the save's own error), when known. */
    readonly reason: unknown,
  ) {
    super(`unsaved changes before ${step}`);
    this.name = 'UnsavedChangesError';
  }
}

/** For a promise chain: throws UnsavedChangesError unless `flush()` found everything stored. */
export const requireStored =
  (step: UnsavedChangesError['step']) =>
  (result: FlushResult): void => {
    if (!result.stored) throw new UnsavedChangesError(step, result.error);
  };

export interface SaveQueue {
  save: (key: string) => Promise<void>;
  /**
   * Tries failed changes once more and waits for every save under way; resolves with whether every change made
   * so far (in the current session) is stored.
   */
  flush: () => Promise<FlushResult>;
  /** True while a change has not yet been acknowledged. */
  pending: () => boolean;
}

const queues = new Set<SaveQueue>();

export const hasUnsavedChanges = (): boolean => [...queues].some((q) => q.pending());

/** Set once the held close has tried to store everything: the next close goes through, whatever the outcome. */
let closingAfterFlush = false;

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (closingAfterFlush || !hasUnsavedChanges()) return;
    e.preventDefault();
    e.returnValue = '';
    void Promise.all([...queues].map((q) => q.flush())).then(() => {
      closingAfterFlush = true;
      window.close();
      // Where the close did not happen (a browser tab the page did not open), keep guarding later closes.
      setTimeout(() => (closingAfterFlush = false), 1000);
    });
  });
}

type Unstored = Map<string, { session: unknown; error: unknown }>;

/** Stored, unless a change of `session` failed and has not landed since; failures of other sessions are forgotten. */
function outcome(unstored: Unstored, session: unknown): FlushResult {
  for (const [key, u] of unstored) if (u.session !== session) unstored.delete(key);
  const errors = [...unstored.values()].map((u) => u.error);
  return errors.length === 0 ? { stored: true } : { stored: false, error: errors.at(-1) };
}

/** What flush() works on: saves in flight, changes that failed for a passing reason, changes not stored. */
interface QueueState {
  inflight: Map<string, Promise<void>>;
  failed: Map<string, { attempt: number; session: unknown }>;
  unstored: Unstored;
}

/**
 * Every change of the current session that failed for a passing reason (before or during the flush) gets one
 * more try at once, everything in flight is waited for, and the outcome says whether all of it is stored.
 */
async function flushQueue(state: QueueState, save: (key: string) => Promise<void>, current: unknown) {
  const { inflight, failed, unstored } = state;
  const tried = new Set<string>();
  const tryFailedOnce = () => {
    for (const [key, f] of failed) {
      if (f.session !== current) failed.delete(key);
      else if (!inflight.has(key) && !tried.has(key)) {
        tried.add(key);
        void save(key);
      }
    }
  };
  tryFailedOnce();
  while (inflight.size > 0) {
    await Promise.all([...inflight.values()]);
    tryFailedOnce();
  }
  return outcome(unstored, current);
}

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const inflight = new Map<string, Promise<void>>();
  const again = new Set<string>();
  /** Keys whose newest change failed for a passing reason: attempts so far, and the session it belongs to. */
  const failed = new Map<string, { attempt: number; session: unknown }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Keys whose newest change is not stored because its save failed (passing or not), with the failure. */
  const unstored: Unstored = new Map();
  const isTransient = options.isTransient ?? defaultTransient;
  const retryDelay = options.retryDelay ?? defaultDelay;

  const scheduleRetry = (key: string, session: unknown) => {
    const attempt = (failed.get(key)?.attempt ?? 0) + 1;
    failed.set(key, { attempt, session });
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (options.session() !== session)
          failed.delete(key); // another audit or rater now: not ours to send
        else if (failed.has(key)) void save(key);
      }, retryDelay(attempt)),
    );
  };

  const save = (key: string): Promise<void> => {
    const running = inflight.get(key);
    if (running) {
      again.add(key);
      return running;
    }
    const session = options.session();
    options.onState(key, 'saving');
    const p = options
      .send(key)
      .then(() => {
        const latest = !again.has(key);
        if (latest) {
          failed.delete(key);
          unstored.delete(key);
          clearTimeout(timers.get(key));
          timers.delete(key);
          options.onState(key, 'saved');
        }
        options.onSaved?.(key, latest);
      })
      .catch((err: unknown) => {
        const transient = isTransient(err);
        unstored.set(key, { session, error: err });
        options.onState(key, transient ? 'retrying' : 'error', err);
        if (!transient) failed.delete(key);
        else if (!again.has(key)) scheduleRetry(key, session);
      })
      .finally(() => {
        inflight.delete(key);
        if (again.delete(key) && options.session() === session) void save(key);
      });
    inflight.set(key, p);
    return p;
  };

  const queue: SaveQueue = {
    save,
    flush: () => flushQueue({ inflight, failed, unstored }, save, options.session()),
    pending: () =>
      inflight.size > 0 || again.size > 0 || [...failed.values()].some((f) => f.session === options.session()),
  };
  queues.add(queue);
  return queue;
}
