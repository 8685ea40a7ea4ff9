/** Which screen is shown: a small zustand store instead of URL routing (the app has no addresses to share). */
import { create } from 'zustand';

export type View =
  | { name: 'home' }
  | { name: 'newCaseFile' }
  | { name: 'newAudit'; caseFileId?: number }
  | { name: 'audit'; auditId: number }
  | { name: 'backup' }
  | { name: 'correct'; auditId: number };

interface NavState {
  view: View;
  go: (view: View) => void;
}

export const useNav = create<NavState>((set) => ({
  view: { name: 'home' },
  go: (view) => {
    set({ view });
    // Move focus to the new screen's heading so keyboard and screen-reader users land in the right place.
    queueMicrotask(() => {
      if (typeof document === 'undefined') return;
      const h = document.querySelector<HTMLElement>('main h1');
      h?.focus();
    });
  },
}));
