/**
 * Which screen is shown: a small zustand store instead of URL routing (the app has no addresses to share). The shell
 * (App.tsx) moves focus to each new screen's h1 through the focus helper (renderer/lib/focus.ts).
 */
import { create } from 'zustand';
import type { ErasureTarget } from '../../shared/domain/erasure';
import { leaveThen } from '../lib/leaveGuard';

export type View =
  | { name: 'home' }
  | { name: 'newCaseFile' }
  | { name: 'newAudit'; caseFileId?: number }
  | { name: 'audit'; auditId: number }
  | { name: 'backup' }
  | { name: 'correct'; auditId: number }
  | { name: 'erased'; target: ErasureTarget }
  | { name: 'retention' }
  | { name: 'matrices' }
  | { name: 'breadth' }
  | { name: 'caseFileSteps'; caseFileId: number; from: { name: 'breadth' } | { name: 'audit'; auditId: number } }
  | { name: 'teamView' };

interface NavState {
  view: View;
  go: (view: View) => void;
}

export const useNav = create<NavState>((set) => ({
  view: { name: 'home' },
  // A screen with unsaved work (the matrix editor) may ask first (renderer/lib/leaveGuard.ts).
  go: (view) => leaveThen(() => set({ view })),
}));
