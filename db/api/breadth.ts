/**
 * Breadth (DOMAIN.md §6, issue 15): per dossier the day each of the 13 safety-plan steps happened, "nog niet" or
 * "niet van toepassing", editable over time and beside the signed record (never in it); and the dashboard per
 * quarter, whose definition is in shared/domain/breadthCompute.ts. Every figure covers at least MIN_GROUP dossiers.
 */
import { ApiFailure } from '../../shared/api/errors';
import { SAFETY_PLAN_STEPS } from '../../shared/domain/breadth';
import {
  BREADTH_PAGE_DEFAULT,
  FIRST_STEP_DAY,
  quarterOf,
  quartersBetween,
  type StepEntry,
} from '../../shared/domain/breadthView';
import { MIN_GROUP } from '../../shared/domain/teamView';
import { countBreadth } from './breadthCount';
import { breadthStore } from './breadthStore';
import type { Handlers, HandlerContext } from './context';

export type BreadthOperation =
  'getCaseFileSteps' | 'setCaseFileStep' | 'getBreadthDashboard' | 'listBreadthCaseFiles' | 'getBreadthOptions';

export function breadthHandlers(ctx: HandlerContext): Pick<Handlers, BreadthOperation> {
  const { now, today, tx, mustGet, caseFiles, breadth } = ctx;
  // The dashboard counts over a summary of every dossier kept here (ADR 0019); its SQL reference is
  // breadth.dashboardGroups with breadthRows (shared/domain/breadthCompute.ts), which the tests compare it with.
  const store = breadthStore(ctx.breadthSummary);
  const caseFile = (id: number) => mustGet(caseFiles.get(id), 'caseFile', id);
  const entry = (caseFileId: number, step: (typeof SAFETY_PLAN_STEPS)[number]): StepEntry =>
    breadth.steps(caseFileId).get(step) ?? { step, state: null, happenedOn: null, updatedAt: null };

  return {
    getCaseFileSteps: ({ caseFileId }) => {
      const cf = caseFile(caseFileId);
      const known = breadth.steps(caseFileId);
      return {
        caseFile: cf,
        steps: SAFETY_PLAN_STEPS.map(
          (step) => known.get(step) ?? { step, state: null, happenedOn: null, updatedAt: null },
        ),
      };
    },
    setCaseFileStep: ({ caseFileId, step, state, happenedOn }) => {
      const before = store.stamp();
      const result = tx(() => {
        caseFile(caseFileId);
        if (state === 'done' && happenedOn === null) throw new ApiFailure('step_day_required');
        if (state !== 'done' && happenedOn !== null) throw new ApiFailure('step_day_not_allowed');
        if (happenedOn !== null && happenedOn < FIRST_STEP_DAY) throw new ApiFailure('step_day_too_early');
        if (happenedOn !== null && happenedOn > today()) throw new ApiFailure('step_day_in_future');
        if (state === null) breadth.clearStep(caseFileId, step);
        else breadth.setStep({ caseFileId, step, state, happenedOn }, now());
        return entry(caseFileId, step);
      });
      store.stepWritten(caseFileId, before);
      return result;
    },
    getBreadthDashboard: ({ scope, from, to }) => {
      const quarters = quartersBetween(from, to);
      const nowQuarter = quarterOf(today());
      return {
        scope,
        quarters,
        nowQuarter,
        minGroup: MIN_GROUP,
        rows: countBreadth(store.summary(), scope, quarters, nowQuarter),
      };
    },
    listBreadthCaseFiles: ({ scope, query, offset, limit }) => {
      const q = (query ?? '').trim();
      const size = limit ?? BREADTH_PAGE_DEFAULT;
      const at = offset ?? 0;
      return {
        items: breadth.caseFiles(scope, q, size, at),
        total: breadth.caseFileCount(scope, q),
        offset: at,
        limit: size,
      };
    },
    getBreadthOptions: () => {
      const o = breadth.options();
      return {
        services: o.services,
        regions: o.regions,
        teams: o.teams,
        firstQuarter: o.firstDay ? quarterOf(o.firstDay) : null,
        nowQuarter: quarterOf(today()),
      };
    },
  };
}
