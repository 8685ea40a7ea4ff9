/**
 * The open dossier's safety-plan steps while they are filled in: what each step says now, and each step's save
 * state. Every complete change is sent at once through the save queue (one key per step), as scoring does, so the
 * newest value always lands and saves of one step never overtake each other.
 */
import { create } from 'zustand';
import type { SafetyPlanStep, StepState } from '../../../shared/domain/breadth';
import type { StepEntry } from '../../../shared/domain/breadthView';
import { call } from '../../api/client';
import { createSaveQueue, type SaveState } from '../../lib/saveQueue';

export interface StepValue {
  state: StepState | null;
  happenedOn: string | null;
}

interface StepsState {
  caseFileId: number | null;
  /** The answer the values were loaded from, so a screen knows they are this visit's. */
  source: StepEntry[] | null;
  values: Partial<Record<SafetyPlanStep, StepValue>>;
  saves: Partial<Record<SafetyPlanStep, { state: SaveState; error?: unknown }>>;
  load: (caseFileId: number, steps: StepEntry[]) => void;
  /** Keeps a step's value and sends it (a 'done' step only once it has its day). */
  set: (step: SafetyPlanStep, value: StepValue) => void;
}

export const useSteps = create<StepsState>((set, get) => {
  const queue = createSaveQueue({
    session: () => get().caseFileId,
    send: (key) => {
      const step = key as SafetyPlanStep;
      const { caseFileId, values } = get();
      const v = values[step] ?? { state: null, happenedOn: null };
      return call('setCaseFileStep', { caseFileId: caseFileId ?? 0, step, ...v });
    },
    onState: (key, state, error) =>
      set((s) => ({ saves: { ...s.saves, [key]: error === undefined ? { state } : { state, error } } })),
  });
  return {
    caseFileId: null,
    source: null,
    values: {},
    saves: {},
    load: (caseFileId, steps) =>
      set({
        caseFileId,
        source: steps,
        saves: {},
        values: Object.fromEntries(steps.map((s) => [s.step, { state: s.state, happenedOn: s.happenedOn }])),
      }),
    set: (step, value) => {
      set((s) => ({ values: { ...s.values, [step]: value } }));
      if (value.state !== 'done' || value.happenedOn !== null) void queue.save(step);
    },
  };
});
