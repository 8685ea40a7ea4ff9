/** The scope form's values and how they become the `getTeamView` argument (or a reason they cannot yet). */
import { dateProblem } from '../../../shared/domain/dates';
import type { Service } from '../../../shared/domain/model';
import type { TeamViewInput, TeamViewOptions } from '../../../shared/domain/teamView';
import { presetDays, type Preset } from './period';

export interface ScopeValues {
  preset: Preset;
  /** Own dates (`yyyy-mm-dd`, or what was typed when it is not a date yet). */
  from: string;
  to: string;
  /** A matrix slug; '' until the options are in. */
  matrix: string;
  service: '' | Service;
  region: string;
  team: string;
}

export const INITIAL_SCOPE: ScopeValues = {
  preset: 'last4q',
  from: '',
  to: '',
  matrix: '',
  service: '',
  region: '',
  team: '',
};

export type ScopeProblem = 'date_format' | 'date_invalid' | 'required' | 'period_reversed';

/** The argument for the values, or the first problem with the own dates. */
export function scopeInput(
  v: ScopeValues,
  options: TeamViewOptions | undefined,
  today?: string,
): { input: TeamViewInput | null; problem: { field: 'from' | 'to'; code: ScopeProblem } | null } {
  let days: { from: string; to: string };
  if (v.preset === 'own') {
    for (const field of ['from', 'to'] as const) {
      if (v[field] === '') return { input: null, problem: { field, code: 'required' } };
      const code = dateProblem(v[field]);
      if (code) return { input: null, problem: { field, code } };
    }
    if (v.from > v.to) return { input: null, problem: { field: 'to', code: 'period_reversed' } };
    days = { from: v.from, to: v.to };
  } else days = presetDays(v.preset, today, options?.firstDay ?? null, options?.lastDay ?? null);
  if (!v.matrix) return { input: null, problem: null };
  return {
    input: {
      ...days,
      matrix: v.matrix,
      service: v.service || null,
      region: v.region || null,
      team: v.team || null,
    },
    problem: null,
  };
}
