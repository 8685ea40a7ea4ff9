/**
 * Breadth (DOMAIN.md §6, issue 15): the contract between the backend (`db/api/breadth.ts`) and the screens: a
 * dossier's 13 safety-plan steps, setting one, the dashboard per quarter and its scope, the list of dossiers to fill
 * in. Quarters are written 'YYYY-Qn'. The dashboard never names, lists or ranks people: its scope is a service,
 * a region or a team of the case file, and every figure covers at least MIN_GROUP dossiers.
 */
import { z } from 'zod';
import { SAFETY_PLAN_STEPS, STEP_STATES, TEAM_MAX, type SafetyPlanStep, type StepState } from './breadth';
import { cleanText, idSchema, isoDate, LIMITS, SERVICES, type CaseFile, type Service } from './model';

/** The most quarters one dashboard shows (ten years). */
export const MAX_QUARTERS = 40;
/** The earliest day a step can have happened on. */
export const FIRST_STEP_DAY = '1990-01-01';
/** Dossiers per page of the list to fill in. */
export const BREADTH_PAGE_DEFAULT = 25;

export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { message: 'quarter_format' });
export type Quarter = string;

const scopeName = (max: number) =>
  cleanText(max)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'required' });

/** All dossiers, or those of one service (dienst), one region or one team. */
export const breadthScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('service'), value: z.enum(SERVICES) }).strict(),
  z.object({ kind: z.literal('region'), value: scopeName(LIMITS.shortText) }).strict(),
  z.object({ kind: z.literal('team'), value: scopeName(TEAM_MAX) }).strict(),
]);
export type BreadthScope = z.output<typeof breadthScope>;

/** A quarter's position on one line (year × 4 + quarter − 1), so quarters compare and count as numbers. */
export const quarterIndex = (q: Quarter): number => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
export const quarterAt = (index: number): Quarter => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
/** The quarter a day (`yyyy-mm-dd`) falls in. */
export const quarterOf = (day: string): Quarter =>
  quarterAt(Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3));
/** The last day of a quarter. */
export function quarterEnd(q: Quarter): string {
  const month = Number(q.slice(6)) * 3;
  const last = new Date(Date.UTC(Number(q.slice(0, 4)), month, 0)).getUTCDate();
  return `${q.slice(0, 4)}-${String(month).padStart(2, '0')}-${last}`;
}
/** Every quarter from `from` to `to`, both included. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) out.push(quarterAt(i));
  return out;
}

export const caseFileStepsInput = z.object({ caseFileId: idSchema }).strict();

/** One step of one dossier: a state (null clears it) and, for 'done' only, the day it happened. */
export const setStepInput = z
  .object({
    caseFileId: idSchema,
    step: z.enum(SAFETY_PLAN_STEPS),
    state: z.enum(STEP_STATES).nullable(),
    happenedOn: isoDate.nullable(),
  })
  .strict();
export type SetStepInput = z.input<typeof setStepInput>;

export const breadthDashboardInput = z
  .object({ scope: breadthScope, from: quarterSchema, to: quarterSchema })
  .strict()
  .refine((a) => a.from <= a.to, { message: 'period_reversed', path: ['to'] })
  .refine((a) => quarterIndex(a.to) - quarterIndex(a.from) < MAX_QUARTERS, { message: 'too_big', path: ['from'] });
export type BreadthDashboardInput = z.input<typeof breadthDashboardInput>;

export const breadthCaseFilesInput = z
  .object({
    scope: breadthScope,
    query: cleanText(LIMITS.dossierCode).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();
export type BreadthCaseFilesInput = z.input<typeof breadthCaseFilesInput>;

export interface StepEntry {
  step: SafetyPlanStep;
  /** null: not filled in yet. */
  state: StepState | null;
  happenedOn: string | null;
  updatedAt: string | null;
}

export interface CaseFileSteps {
  caseFile: CaseFile;
  steps: StepEntry[];
}

/** One figure: of `counted` dossiers, the step occurs in `occurs`; both null (and `tooFew`) below MIN_GROUP. */
export interface BreadthCell {
  quarter: Quarter;
  tooFew: boolean;
  counted: number | null;
  occurs: number | null;
  /** 0..100, unrounded; null when tooFew. */
  percent: number | null;
}

export interface BreadthStepRow {
  step: SafetyPlanStep;
  cells: BreadthCell[];
  /** The current quarter (today's), whatever the period. */
  now: BreadthCell;
}

export interface BreadthDashboard {
  scope: BreadthScope;
  quarters: Quarter[];
  nowQuarter: Quarter;
  minGroup: number;
  rows: BreadthStepRow[];
}

export interface BreadthCaseFile {
  id: number;
  dossierCode: string;
  service: Service;
  region: string | null;
  team: string | null;
  /** Steps filled in (any state) and steps with a day, of 13. */
  filled: number;
  done: number;
}

export interface BreadthCaseFilePage {
  items: BreadthCaseFile[];
  total: number;
  offset: number;
  limit: number;
}

/** What the scope form offers: services, regions and teams in use, and the first quarter with any dossier. */
export interface BreadthOptions {
  services: Service[];
  regions: string[];
  teams: string[];
  firstQuarter: Quarter | null;
  nowQuarter: Quarter;
}
