/**
 * Autosave without a save button and without a timer: every change is sent at once. Per key (an item, a note
 * field) at most one save is in flight; a change made meanwhile is sent right after it, reading the newest value
 * at that moment, so the last keystroke always lands and saves of one field never overtake each other.
 * Used by the scoring and the conversation stores. Closing the window while a save is on its way is held until
 * every queue has flushed.
 */

export type SaveState = 'saving' | 'saved' | 'error';

export interface SaveQueueOptions {
  /** Sends the newest value of `key`; reads it from the store when called. */
  send: (key: string) => Promise<unknown>;
  /** The store's current session (e.g. the audit id): a queued resend is dropped once the session changed. */
  session: () => unknown;
  onState: (key: string, state: SaveState, error?: unknown) => void;
  /** After every acknowledged save of `key`; `latest` is false when a newer change is already queued. */
  onSaved?: (key: string, latest: boolean) => void;
}

export interface SaveQueue {
  save: (key: string) => Promise<void>;
  /** Resolves when every change made so far has been stored (or failed). */
  flush: () => Promise<void>;
  /** True while a change has not yet been acknowledged. */
  pending: () => boolean;
}

const queues = new Set<SaveQueue>();

export const hasUnsavedChanges = (): boolean => [...queues].some((q) => q.pending());

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsavedChanges()) return;
    e.preventDefault();
    e.returnValue = '';
    void Promise.all([...queues].map((q) => q.flush())).then(() => window.close());
  });
}

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const inflight = new Map<string, Promise<void>>();
  const again = new Set<string>();

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
        if (latest) options.onState(key, 'saved');
        options.onSaved?.(key, latest);
      })
      .catch((err: unknown) => options.onState(key, 'error', err))
      .finally(() => {
        inflight.delete(key);
        if (again.delete(key) && options.session() === session) void save(key);
      });
    inflight.set(key, p);
    return p;
  };

  const queue: SaveQueue = {
    save,
    flush: async () => {
      while (inflight.size > 0) await Promise.all([...inflight.values()]);
    },
    pending: () => inflight.size > 0 || again.size > 0,
  };
  queues.add(queue);
  return queue;
}
