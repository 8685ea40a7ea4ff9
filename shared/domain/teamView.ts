/**
 * "Leren over tijd" (issue 15): what a team learns over a year of completed audits, never per person. This file is
 * the contract between the backend (`db/api/teamView.ts`) and the screen and PDF: the argument schema and the
 * result. Every figure covers at least `MIN_GROUP` audits (or pairs of scores); below that the figure is `null`
 * with `tooFew: true`, and the screen says there are too few to show. No result names, lists, ranks or sorts
 * people: the scope is a period, a matrix and optionally a service, region or team of the case file.
 */
import { z } from 'zod';
import { cleanText, isoDate, SERVICES, type Service } from './model';
import type { LocalizedText } from './template';
import type { FollowUpState } from './followUp';

/** The smallest group a figure may describe (audits, or pairs of scores for the agreement figures). */
export const MIN_GROUP = 5;
/** Chance-corrected agreement (kappa, ICC) needs more pairs than the plain figures. */
export const MIN_PAIRS_CHANCE_CORRECTED = 20;

const isoDay = isoDate;
/** A region or team to narrow the scope to (compared trimmed and case-insensitively); null for all. */
const scopeText = cleanText(200)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { message: 'required' })
  .nullable();

/** The scope: completed audits whose audit date is in [from, to], on one matrix (all its versions, by slug). */
export const teamViewInput = z
  .object({
    from: isoDay,
    to: isoDay,
    matrix: z.string().min(1, { message: 'required' }).max(80, { message: 'too_long' }),
    service: z.enum(SERVICES).nullable(),
    region: scopeText,
    team: scopeText,
  })
  .strict()
  .refine((s) => s.from <= s.to, { message: 'period_reversed', path: ['to'] });
export type TeamViewInput = z.infer<typeof teamViewInput>;

/**
 * A quarter as 'YYYY-Qn', e.g. '2026-Q3', by the audit date. `TeamView.quarters` runs without gaps from the first to
 * the last quarter that has a completed audit in scope (a quarter in between without audits is listed, too few).
 */
export type Quarter = string;

/** How a set of scores is spread; every number is null when the group is smaller than MIN_GROUP. */
export interface Spread {
  /** How many values (and from how many audits) are behind the figure. */
  values: number;
  audits: number;
  tooFew: boolean;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/**
 * Per principle: the agreed score of each audit, or, where none was agreed, both raters' scores for that principle
 * (each the mean of that rater's item scores in it, N/A left out, rounded to 1 decimal), on the principle's scale
 * (its first item's, as for the agreed score). `audits` of a spread counts the audits behind it, `values` the scores.
 */
export interface PrincipleTrend {
  key: string;
  title: LocalizedText;
  scale: { min: number; max: number };
  overall: Spread;
  /** How many of the audits behind `overall` had an agreed score (the rest count with both raters' scores). */
  agreed: number;
  perQuarter: { quarter: Quarter; spread: Spread }[];
}

export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** Per question: how often the two perspectives differ, over the audits where both scored it (N/A left out). */
export interface QuestionAgreement {
  key: string;
  principleKey: string | null;
  title: LocalizedText;
  scale: { min: number; max: number };
  pairs: number;
  tooFew: boolean;
  /** Fractions 0..1; null when tooFew. */
  exact: number | null;
  withinOne: number | null;
  meanAbsDiff: number | null;
  /** Quadratic weighted kappa and ICC(2,1) with 95% intervals; null below MIN_PAIRS_CHANCE_CORRECTED pairs. */
  kappa: Interval | null;
  icc: Interval | null;
}

/**
 * Action points of the audits in scope, by their newest follow-up ('open' when none was recorded). A count over
 * fewer than MIN_GROUP audits is not shown: then `tooFew` is true and `total` and `byState` are all 0.
 */
export interface ActionsSummary {
  total: number;
  tooFew: boolean;
  byState: Record<FollowUpState, number>;
  /** The audits behind the counts (added: the minimum group is counted in audits, not actions). */
  audits: number;
  perQuarter: {
    quarter: Quarter;
    total: number;
    byState: Record<FollowUpState, number>;
    audits: number;
    tooFew: boolean;
  }[];
}

/**
 * A strength written in "Wat gaat goed?" (the strengths column, for the audit and per principle), counted over
 * audits, never tied to a person: notes are split into lines and sentences, each normalised (lower case, white
 * space collapsed, punctuation at the ends taken off); a phrase counts once per audit. Shown: phrases in at least
 * 2 audits, the 10 most frequent, ties alphabetical; a phrase with the name of anyone in the people list is left out.
 */
export interface StrengthTheme {
  text: string;
  audits: number;
}

export interface TeamView {
  scope: TeamViewInput;
  minGroup: number;
  /** Completed audits in scope. */
  audits: number;
  tooFew: boolean;
  quarters: Quarter[];
  principles: PrincipleTrend[];
  questions: QuestionAgreement[];
  actions: ActionsSummary;
  strengths: StrengthTheme[];
}

/** The choices the scope form offers: matrices with completed audits, and the services, regions and teams in use. */
export interface TeamViewOptions {
  matrices: { slug: string; name: LocalizedText; audits: number }[];
  services: Service[];
  regions: string[];
  teams: string[];
  /** The first and last audit date of completed audits, to preset the period. */
  firstDay: string | null;
  lastDay: string | null;
}
