/**
 * The autosave queue both stores use: per key one save in flight, the newest value always follows, saves of one
 * key never overtake each other, a failure is reported (and retried when it was a passing one), closing the
 * window waits for every queue, and flush() says whether everything is stored, so submitting and signing can stop.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../renderer/api/client';
import { ErrorBanner } from '../../renderer/components/ErrorBanner';
import {
  createSaveQueue,
  hasUnsavedChanges,
  requireStored,
  UnsavedChangesError,
  type SaveState,
} from '../../renderer/lib/saveQueue';

/** A fake API whose calls the test resolves by hand, in any order. */
function controllableSend(values: Map<string, string>) {
  const calls: { key: string; value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const send = (key: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ key, value: values.get(key) ?? '', resolve, reject });
    });
  return { calls, send };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('save queue', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps one save per key in flight and sends only the newest value after it', async () => {
    const values = new Map<string, string>();
    const { calls, send } = controllableSend(values);
    const states: [string, SaveState][] = [];
    const q = createSaveQueue({ send, session: () => 1, onState: (k, s) => states.push([k, s]) });

    values.set('a', 'v1');
    void q.save('a');
    for (const v of ['v2', 'v3', 'v4']) {
      values.set('a', v);
      void q.save('a');
    }
    values.set('b', 'other');
    void q.save('b'); // another key goes at once, independently
    expect(calls.map((c) => `${c.key}=${c.value}`)).toEqual(['a=v1', 'b=other']);
    expect(q.pending()).toBe(true);
    expect(hasUnsavedChanges()).toBe(true);

    calls[0]!.resolve();
    await tick();
    // The queued change follows with the newest value only; 'saved' was not shown for the stale one.
    expect(calls.map((c) => `${c.key}=${c.value}`)).toEqual(['a=v1', 'b=other', 'a=v4']);
    expect(states.filter(([k]) => k === 'a')).toEqual([
      ['a', 'saving'],
      ['a', 'saving'],
    ]);
    calls[2]!.resolve();
    calls[1]!.resolve();
    await q.flush();
    expect(
      states
        .filter(([, s]) => s === 'saved')
        .map(([k]) => k)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(q.pending()).toBe(false);
  });

  it('reports a failure and still sends a change made meanwhile', async () => {
    const values = new Map([['a', 'x']]);
    const { calls, send } = controllableSend(values);
    const states: [SaveState, unknown][] = [];
    const q = createSaveQueue({ send, session: () => 1, onState: (_k, s, e) => states.push([s, e]) });
    void q.save('a');
    values.set('a', 'y');
    void q.save('a');
    calls[0]!.reject(new Error('disk full'));
    await tick();
    expect(states).toContainEqual(['error', new Error('disk full')]);
    expect(calls.map((c) => c.value)).toEqual(['x', 'y']);
    calls[1]!.resolve();
    await q.flush();
    expect(states.at(-1)).toEqual(['saved', undefined]);
  });

  it('tries a save that failed for a passing reason again by itself, with the newest value, until it lands', async () => {
    const values = new Map([['a', 'x']]);
    const { calls, send } = controllableSend(values);
    const states: SaveState[] = [];
    const delays: number[] = [];
    const q = createSaveQueue({
      send,
      session: () => 1,
      onState: (_k, s) => states.push(s),
      retryDelay: (n) => (delays.push(n), 5),
    });
    void q.save('a');
    values.set('a', 'y'); // typed on while the connection was gone (the store reads the newest value when sending)
    calls[0]!.reject(new ApiCallError({ code: 'network' }));
    await tick();
    expect(states).toEqual(['saving', 'retrying']);
    expect(q.pending()).toBe(true); // the change has not landed yet
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.value).toBe('y');
    calls[1]!.reject(new ApiCallError({ code: 'storage_failed' }));
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect(delays).toEqual([1, 2]);
    calls[2]!.resolve();
    await q.flush();
    expect(states.at(-1)).toBe('saved');
    expect(q.pending()).toBe(false);
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toHaveLength(3); // nothing more once it landed
  });

  it('does not repeat a refusal (the audit was signed off meanwhile), and shows it', async () => {
    const { calls, send } = controllableSend(new Map([['a', 'x']]));
    const states: SaveState[] = [];
    const q = createSaveQueue({ send, session: () => 1, onState: (_k, s) => states.push(s), retryDelay: () => 1 });
    void q.save('a');
    calls[0]!.reject(new ApiCallError({ code: 'audit_locked' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toHaveLength(1);
    expect(states).toEqual(['saving', 'error']);
    expect(q.pending()).toBe(false);
  });

  it('forgets a failed change of a session that is over (the next rater took the laptop)', async () => {
    let session = 1;
    const { calls, send } = controllableSend(new Map([['a', 'x']]));
    const q = createSaveQueue({ send, session: () => session, onState: () => {}, retryDelay: () => 5 });
    void q.save('a');
    calls[0]!.reject(new ApiCallError({ code: 'network' }));
    await tick();
    expect(q.pending()).toBe(true);
    session = 2;
    expect(q.pending()).toBe(false);
    await new Promise((r) => setTimeout(r, 30)); // past the retry time
    expect(calls).toHaveLength(1);
    expect(q.pending()).toBe(false);
  });

  it('drops a queued resend once the session changed (another audit or rater)', async () => {
    let session = 1;
    const { calls, send } = controllableSend(new Map([['a', 'x']]));
    const q = createSaveQueue({ send, session: () => session, onState: () => {} });
    void q.save('a');
    void q.save('a');
    session = 2;
    calls[0]!.resolve();
    await q.flush();
    expect(calls).toHaveLength(1);
  });

  it('holds the window open until every queue has stored its changes, then closes it', async () => {
    const { calls, send } = controllableSend(new Map([['a', 'x']]));
    const q1 = createSaveQueue({ send, session: () => 1, onState: () => {} });
    const q2 = createSaveQueue({ send, session: () => 1, onState: () => {} });
    void q1.save('a');
    void q2.save('a');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    calls[0]!.resolve();
    await tick();
    expect(close).not.toHaveBeenCalled(); // q2 still on its way
    calls[1]!.resolve();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));

    const calm = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(calm);
    expect(calm.defaultPrevented).toBe(false);
  });
  it('does not repeat a failure that trying again cannot change (read-only, conflict, invalid text), and shows it', async () => {
    for (const code of ['storage_read_only', 'storage_conflict', 'invalid_arguments', 'audit_locked'] as const) {
      const { calls, send } = controllableSend(new Map([['a', 'x']]));
      const states: SaveState[] = [];
      const delays: number[] = [];
      const q = createSaveQueue({
        send,
        session: () => 1,
        onState: (_k, s) => states.push(s),
        retryDelay: (n) => (delays.push(n), 1),
      });
      void q.save('a');
      calls[0]!.reject(new ApiCallError({ code }));
      const result = await q.flush(); // flush does not try a refused change again either
      expect(calls, code).toHaveLength(1);
      expect(delays, code).toEqual([]); // no retry was ever scheduled
      expect(states, code).toEqual(['saving', 'error']);
      expect(result, code).toEqual({ stored: false, error: new ApiCallError({ code }) });
    }
  });

  it('tries a busy file and a full disk again by itself', async () => {
    for (const code of ['storage_busy', 'storage_full', 'storage_failed', 'network'] as const) {
      const { calls, send } = controllableSend(new Map([['a', 'x']]));
      const states: SaveState[] = [];
      const q = createSaveQueue({ send, session: () => 1, onState: (_k, s) => states.push(s), retryDelay: () => 1 });
      void q.save('a');
      calls[0]!.reject(new ApiCallError({ code }));
      await vi.waitFor(() => expect(calls, code).toHaveLength(2));
      expect(states, code).toEqual(['saving', 'retrying', 'saving']);
      calls[1]!.resolve();
      expect(await q.flush(), code).toEqual({ stored: true });
    }
  });

  it('flush says a change is not stored while its save keeps failing, and stored once it landed', async () => {
    const values = new Map([['a', 'x']]);
    const { calls, send } = controllableSend(values);
    const q = createSaveQueue({ send, session: () => 1, onState: () => {}, retryDelay: () => 60_000 });
    void q.save('a');
    calls[0]!.reject(new ApiCallError({ code: 'storage_full' }));
    const flushing = q.flush();
    await vi.waitFor(() => expect(calls).toHaveLength(2)); // flush tries it once more at once
    calls[1]!.reject(new ApiCallError({ code: 'storage_full' }));
    expect(await flushing).toEqual({ stored: false, error: new ApiCallError({ code: 'storage_full' }) });

    // Space was freed: the next try lands, and now everything is stored.
    const again = q.flush();
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    calls[2]!.resolve();
    expect(await again).toEqual({ stored: true });
  });

  it('flush says a refused change is not stored until a newer change of that field lands', async () => {
    const values = new Map([['a', 'x']]);
    const { calls, send } = controllableSend(values);
    const q = createSaveQueue({ send, session: () => 1, onState: () => {} });
    void q.save('a');
    calls[0]!.reject(new ApiCallError({ code: 'storage_read_only' }));
    expect((await q.flush()).stored).toBe(false);
    expect((await q.flush()).stored).toBe(false); // still: asking again does not make it stored
    values.set('a', 'y');
    void q.save('a');
    calls[1]!.resolve();
    expect(await q.flush()).toEqual({ stored: true });
  });

  it("flush does not count another session's failed change (the next rater took the laptop)", async () => {
    let session = 1;
    const { calls, send } = controllableSend(new Map([['a', 'x']]));
    const q = createSaveQueue({ send, session: () => session, onState: () => {} });
    void q.save('a');
    calls[0]!.reject(new ApiCallError({ code: 'storage_conflict' }));
    expect((await q.flush()).stored).toBe(false);
    session = 2;
    expect(await q.flush()).toEqual({ stored: true });
  });

  it('stops a step with a clear message, and the reason, when a change is not stored', () => {
    const reason = new ApiCallError({ code: 'storage_full' });
    expect(() => requireStored('signOff')({ stored: true })).not.toThrow();
    let stopped: unknown = null;
    try {
      requireStored('signOff')({ stored: false, error: reason });
    } catch (err) {
      stopped = err;
    }
    expect(stopped).toBeInstanceOf(UnsavedChangesError);
    render(<ErrorBanner error={stopped} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Je hebt nog niet ondertekend: niet alles wat je typte is al opgeslagen');
    expect(text).toContain('De schijf is vol');
    render(<ErrorBanner error={new UnsavedChangesError('submit', null)} />);
    expect(screen.getAllByRole('alert')[1]!.textContent).toContain('Je scores zijn nog niet ingediend');
  });
});
