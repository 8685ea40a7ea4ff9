/**
 * Breadth (DOMAIN.md §6, Tabel 8 of the report): per dossier, the date each of the 13 steps of the safety plan
 * happened, "nog niet", or "niet van toepassing". The labels are in the translation files (`breadth.steps.<key>`),
 * Dutch verbatim from the report.
 */
export const SAFETY_PLAN_STEPS = [
  'internal_mapping',
  'mapping_conversations',
  'informed_network',
  'involving_children',
  'words_and_pictures',
  'sharing_timeline',
  'danger_statements_goals',
  'strengths_and_safety',
  'discussing_safety_goal',
  'initial_safety_plan',
  'monitoring_initial_plan',
  'network_meetings',
  'final_safety_plan',
] as const;
export type SafetyPlanStep = (typeof SAFETY_PLAN_STEPS)[number];

/** What is known of one step in one dossier: it happened on a day, not yet, or it does not apply. */
export const STEP_STATES = ['done', 'not_yet', 'not_applicable'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** The longest team name a case file takes. */
export const TEAM_MAX = 80;
