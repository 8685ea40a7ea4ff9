/**
 * One rater's scoring session in memory. Every change is sent to the API at once; per item at most one
 * save is in flight and the newest value always follows, so no keystroke waits on a timer.
 */
import { create } from 'zustand';
import type { Rater } from '../../../shared/domain/model';
import type { Rating, RaterSession } from '../../../shared/domain/scoring';
import type { TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';

export type Draft = Pick<Rating, 'score' | 'notApplicable' | 'naReason' | 'rationale'>;
export type SaveState = 'saving' | 'saved' | 'error';
export const EMPTY_DRAFT: Draft = { score: null, notApplicable: false, naReason: '', rationale: '' };

interface ScoringState {
  auditId: number | null;
  rater: Rater | null;
  session: RaterSession | null;
  template: TemplateContent | null;
  drafts: Record<string, Draft>;
  saveState: Record<string, SaveState>;
  lastError: unknown;
  open: (session: RaterSession, template: TemplateContent) => void;
  change: (itemKey: string, patch: Partial<Draft>) => void;
  /** Resolves when every change made so far has been stored (or failed). */
  flush: () => Promise<void>;
  clear: () => void;
}

const inflight = new Map<string, Promise<void>>();
const again = new Set<string>();

/** True while a change has not yet been acknowledged by the API. */
export const hasUnsavedChanges = (): boolean => inflight.size > 0 || again.size > 0;

// Closing the window while a save is still on its way: hold the close until it is stored, then close.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsavedChanges()) return;
    e.preventDefault();
    e.returnValue = '';
    void useScoring.getState().flush().then(() => window.close());
  });
}

export const useScoring = create<ScoringState>((set, get) => {
  const save = (itemKey: string): Promise<void> => {
    const running = inflight.get(itemKey);
    if (running) {
      again.add(itemKey);
      return running;
    }
    const { auditId, rater, drafts } = get();
    if (auditId === null || rater === null) return Promise.resolve();
    const draft = drafts[itemKey] ?? EMPTY_DRAFT;
    set((s) => ({ saveState: { ...s.saveState, [itemKey]: 'saving' } }));
    const p = call('saveRating', { auditId, rater, itemKey, ...draft })
      .then(() => {
        if (!again.has(itemKey)) set((s) => ({ saveState: { ...s.saveState, [itemKey]: 'saved' } }));
      })
      .catch((err: unknown) => set((s) => ({ saveState: { ...s.saveState, [itemKey]: 'error' }, lastError: err })))
      .finally(() => {
        inflight.delete(itemKey);
        if (again.delete(itemKey) && get().auditId === auditId) void save(itemKey);
      });
    inflight.set(itemKey, p);
    return p;
  };

  return {
    auditId: null,
    rater: null,
    session: null,
    template: null,
    drafts: {},
    saveState: {},
    lastError: null,
    open: (session, template) =>
      set({
        auditId: session.auditId,
        rater: session.rater,
        session,
        template,
        drafts: Object.fromEntries(
          session.ratings.map((r) => [r.itemKey, { score: r.score, notApplicable: r.notApplicable, naReason: r.naReason, rationale: r.rationale }]),
        ),
        saveState: {},
        lastError: null,
      }),
    change: (itemKey, patch) => {
      const current = get().drafts[itemKey] ?? EMPTY_DRAFT;
      const next: Draft = { ...current, ...patch };
      if (patch.notApplicable === true) next.score = null;
      if (patch.score !== undefined && patch.score !== null) next.notApplicable = false;
      set((s) => ({ drafts: { ...s.drafts, [itemKey]: next } }));
      void save(itemKey);
    },
    flush: async () => {
      while (inflight.size > 0) await Promise.all([...inflight.values()]);
    },
    // Forget this rater's answers entirely: the next rater must not find them in memory or on screen.
    clear: () => set({ auditId: null, rater: null, session: null, template: null, drafts: {}, saveState: {}, lastError: null }),
  };
});
