/** The period presets of the scope form, as ISO calendar days, counted from today on this laptop. */
import { localIsoDate } from '../../../shared/domain/dates';

export const PRESETS = ['last4q', 'thisYear', 'lastYear', 'all', 'own'] as const;
export type Preset = (typeof PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The days a preset stands for. "The last 4 quarters" runs from the start of the quarter three before this one up to
 * today (this quarter included, so the view is never empty right after a new quarter starts … nor stale). "All" runs
 * from the first to the last completed audit (`first`/`last` from the options). `own` has no days of its own.
 */
export function presetDays(
  preset: Exclude<Preset, 'own'>,
  today: string = localIsoDate(),
  first: string | null = null,
  last: string | null = null,
): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'all':
      return { from: first ?? today, to: last ?? today };
    case 'last4q': {
      // Quarter index counted in months since year 0: back three quarters from this one's first month.
      const startMonth = Math.floor((month - 1) / 3) * 3 - 9;
      const y = year + Math.floor(startMonth / 12);
      const m = ((startMonth % 12) + 12) % 12;
      return { from: `${y}-${pad(m + 1)}-01`, to: today };
    }
  }
}
