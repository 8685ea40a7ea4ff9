/**
 * One rater's scoring session in memory. Every change is sent to the API at once through the shared save queue
 * (lib/saveQueue.ts): per item at most one save in flight, the newest value always follows.
 */
import { create } from 'zustand';
import type { Rater } from '../../../shared/domain/model';
import type { Rating, RaterSession } from '../../../shared/domain/scoring';
import type { TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { createSaveQueue, type FlushResult, type SaveState } from '../../lib/saveQueue';

export type Draft = Pick<Rating, 'score' | 'notApplicable' | 'naReason' | 'rationale'>;
export type { SaveState };
export const EMPTY_DRAFT: Draft = { score: null, notApplicable: false, naReason: '', rationale: '' };

interface ScoringState {
  auditId: number | null;
  rater: Rater | null;
  session: RaterSession | null;
  /** The seat's personal code while the seat is open (sent with every save); forgotten with the session. */
  code: string | null;
  /** Whether the open seat is protected by a personal code (kept apart from the session object, see the queue). */
  protectedByCode: boolean;
  template: TemplateContent | null;
  drafts: Record<string, Draft>;
  saveState: Record<string, SaveState>;
  lastError: unknown;
  lastErrorItem: string | null;
  open: (session: RaterSession, template: TemplateContent, code: string | null) => void;
  /** The rater protected the open seat with `code`: later saves carry it. */
  protect: (code: string) => void;
  change: (itemKey: string, patch: Partial<Draft>) => void;
  /** Waits for every change made so far; says whether all of them are stored. */
  flush: () => Promise<FlushResult>;
  clear: () => void;
}

type SessionData = Omit<ScoringState, 'open' | 'protect' | 'change' | 'flush' | 'clear'>;
/** No rater's session: the state before opening and after clearing (new objects each time, shared with no one). */
const noSession = (): SessionData => ({
  auditId: null,
  rater: null,
  session: null,
  code: null,
  protectedByCode: false,
  template: null,
  drafts: {},
  saveState: {},
  lastError: null,
  lastErrorItem: null,
});

export const useScoring = create<ScoringState>((set, get) => ({
  ...noSession(),
  open: (session, template, code) =>
    set({
      auditId: session.auditId,
      rater: session.rater,
      session,
      code,
      protectedByCode: session.protectedByCode,
      template,
      drafts: Object.fromEntries(
        session.ratings.map((r) => [
          r.itemKey,
          { score: r.score, notApplicable: r.notApplicable, naReason: r.naReason, rationale: r.rationale },
        ]),
      ),
      saveState: {},
      lastError: null,
      lastErrorItem: null,
    }),
  protect: (code) => set({ code, protectedByCode: true }),
  change: (itemKey, patch) => {
    const current = get().drafts[itemKey] ?? EMPTY_DRAFT;
    const next: Draft = { ...current, ...patch };
    if (patch.notApplicable === true) next.score = null;
    if (patch.score !== undefined && patch.score !== null) next.notApplicable = false;
    set((s) => ({ drafts: { ...s.drafts, [itemKey]: next } }));
    void queue.save(itemKey);
  },
  flush: () => queue.flush(),
  // Forget this rater's answers entirely: the next rater must not find them in memory or on screen.
  clear: () => set(noSession()),
}));

const queue = createSaveQueue({
  // The session object is new for every rater who opens the matrix: a retry never crosses a hand-over.
  session: () => useScoring.getState().session,
  send: (itemKey) => {
    const { auditId, rater, drafts, code } = useScoring.getState();
    if (auditId === null || rater === null) return Promise.resolve();
    const draft = drafts[itemKey] ?? EMPTY_DRAFT;
    return call('saveRating', { auditId, rater, itemKey, ...draft, ...(code === null ? {} : { code }) });
  },
  onState: (itemKey, state, error) =>
    useScoring.setState((s) => {
      const saveState = { ...s.saveState, [itemKey]: state };
      if (state === 'error') return { saveState, lastError: error, lastErrorItem: itemKey };
      // The item whose failure is shown has been stored after all (e.g. a retry after the connection came back).
      if (state === 'saved' && s.lastErrorItem === itemKey) return { saveState, lastError: null, lastErrorItem: null };
      return { saveState };
    }),
});
