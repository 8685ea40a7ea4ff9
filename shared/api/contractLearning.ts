/**
 * The operations of learning over time (issue 15), part of the one contract (shared/api/contract.ts spreads them in):
 * breadth (safety-plan steps per dossier and the dashboard), the team view, and the follow-up of action points.
 */
import { z } from 'zod';
import { idSchema } from '../domain/model';
import * as breadth from '../domain/breadthView';
import { teamViewInput, type TeamView, type TeamViewOptions } from '../domain/teamView';
import { followUpInput, type ActionFollowUp, type FollowUpRecord } from '../domain/followUp';

const none = z.object({}).strict();
const byAudit = z.object({ auditId: idSchema }).strict();

export const learningContract = {
  /** A dossier's 13 safety-plan steps (breadth, DOMAIN.md §6), in the order of Tabel 8; unfilled ones with state null. */
  getCaseFileSteps: breadth.caseFileStepsInput,
  /** Sets one step: 'done' with the day it happened (not in the future, not before 1990), the others without a day. */
  setCaseFileStep: breadth.setStepInput,
  /** Per step and quarter, the share of running dossiers in which the step occurred (shared/domain/breadthCompute.ts). */
  getBreadthDashboard: breadth.breadthDashboardInput,
  /** The dossiers in a scope, searchable by code, in pages, with how many steps are filled in. */
  listBreadthCaseFiles: breadth.breadthCaseFilesInput,
  /** The services, regions and teams in use and the first quarter with a dossier, for the dashboard's scope. */
  getBreadthOptions: none,
  /**
   * "Leren over tijd": the team view over completed audits in a period on one matrix (optionally a service, region or
   * team), never per person; every figure covers at least MIN_GROUP audits (shared/domain/teamView.ts).
   */
  getTeamView: teamViewInput,
  /** The team view's scope choices: matrices with completed audits, services, regions and teams in use, the dates. */
  getTeamViewOptions: none,
  /** Records the follow-up of an action point of a completed audit, beside the signed record (which stays as it was). */
  recordFollowUp: followUpInput,
  /** Per action point of the audit: its current follow-up state and its history, newest first. */
  listFollowUps: byAudit,
} satisfies Record<string, z.ZodType>;

export interface LearningResults {
  getCaseFileSteps: breadth.CaseFileSteps;
  setCaseFileStep: breadth.StepEntry;
  getBreadthDashboard: breadth.BreadthDashboard;
  listBreadthCaseFiles: breadth.BreadthCaseFilePage;
  getBreadthOptions: breadth.BreadthOptions;
  getTeamView: TeamView;
  getTeamViewOptions: TeamViewOptions;
  recordFollowUp: FollowUpRecord;
  listFollowUps: ActionFollowUp[];
}
