/**
 * The conversation of one revealed audit in memory. Notes and agreed scores are sent to the API on every change
 * through the shared save queue (lib/saveQueue.ts): per field at most one save in flight, the newest value
 * always follows, so the last keystroke is never lost.
 */
import { create } from 'zustand';
import type { AgreedScore, Note, NoteColumn, Revealed } from '../../../shared/domain/conversation';
import { call } from '../../api/client';
import { createSaveQueue, type FlushResult, type SaveState } from '../../lib/saveQueue';

export type { SaveState };

export const noteKey = (scope: string, column: NoteColumn) => `note:${scope}:${column}`;
export const agreedKey = (principleKey: string) => `agreed:${principleKey}`;

interface ConversationState {
  auditId: number | null;
  /** Which screen loaded the current state: a screen that goes away clears only what it loaded itself. */
  generation: number;
  revealed: Revealed | null;
  loadError: unknown;
  notes: Record<string, string>;
  agreed: Record<string, number | null>;
  saveState: Record<string, SaveState>;
  /** The last failed save per field, shown beside it. */
  errors: Record<string, unknown>;
  load: (auditId: number) => Promise<void>;
  /** Re-reads everything after the reveal (actions, signatures, history); drafts being typed are kept. */
  refresh: () => Promise<void>;
  setNote: (scope: string, column: NoteColumn, text: string) => void;
  setAgreed: (principleKey: string, score: number | null) => void;
  /** Waits for every change made so far; says whether all of them are stored. */
  flush: () => Promise<FlushResult>;
  /** Forgets everything, unless a newer screen has loaded since `generation`. */
  release: (generation: number) => void;
}

const notesRecord = (notes: Note[]) => Object.fromEntries(notes.map((n) => [noteKey(n.scope, n.column), n.text]));
const agreedRecord = (scores: AgreedScore[]) =>
  Object.fromEntries(scores.map((a) => [agreedKey(a.principleKey), a.score]));

export const useConversation = create<ConversationState>((set, get) => {
  const empty = { auditId: null, revealed: null, loadError: null, notes: {}, agreed: {}, saveState: {}, errors: {} };
  return {
    ...empty,
    generation: 0,
    load: async (auditId) => {
      set((s) => ({ ...empty, auditId, generation: s.generation + 1 }));
      try {
        const revealed = await call('getRevealed', { auditId });
        if (get().auditId !== auditId) return;
        set({ revealed, notes: notesRecord(revealed.notes), agreed: agreedRecord(revealed.agreedScores) });
      } catch (err) {
        if (get().auditId === auditId) set({ loadError: err });
      }
    },
    refresh: async () => {
      const auditId = get().auditId;
      if (auditId === null) return;
      try {
        const revealed = await call('getRevealed', { auditId });
        if (get().auditId === auditId) set({ revealed });
      } catch (err) {
        if (get().auditId === auditId) set({ loadError: err });
      }
    },
    setNote: (scope, column, text) => {
      const key = noteKey(scope, column);
      set((s) => ({ notes: { ...s.notes, [key]: text } }));
      void queue.save(key);
    },
    setAgreed: (principleKey, score) => {
      const key = agreedKey(principleKey);
      set((s) => ({ agreed: { ...s.agreed, [key]: score } }));
      void queue.save(key);
    },
    flush: () => queue.flush(),
    release: (generation) => {
      if (get().generation === generation) set(empty);
    },
  };
});

const queue = createSaveQueue({
  // A new generation for every load: a resend never sends the empty values of a screen still loading.
  session: () => useConversation.getState().generation,
  send: (key) => {
    const { auditId, notes, agreed } = useConversation.getState();
    if (auditId === null) return Promise.resolve();
    const [kind, scope, column] = key.split(':') as [string, string, NoteColumn];
    return kind === 'note'
      ? call('saveNote', { auditId, scope, column, text: notes[key] ?? '' })
      : call('saveAgreedScore', { auditId, principleKey: scope, score: agreed[key] ?? null });
  },
  onState: (key, state, error) =>
    useConversation.setState((s) => {
      if (state === 'error')
        return { saveState: { ...s.saveState, [key]: state }, errors: { ...s.errors, [key]: error } };
      if (state === 'saving') return { saveState: { ...s.saveState, [key]: state } };
      const { [key]: _cleared, ...errors } = s.errors;
      return { saveState: { ...s.saveState, [key]: state }, errors };
    }),
  // A change withdraws a signature given before it: show that at once.
  onSaved: () => {
    if ((useConversation.getState().revealed?.signOffs.length ?? 0) > 0) void useConversation.getState().refresh();
  },
});
