/** The committed reference figures (scripts/agreement-reference/) and a strict closeness check. */
import { expect } from 'vitest';
import reference from '../fixtures/agreement-reference.json' with { type: 'json' };
import type { Pair, Scale } from '../../shared/domain/agreement';
import type { Interval } from '../../shared/domain/teamView';
import type { SpreadFigures } from '../../shared/domain/spread';

export interface ReferenceSet {
  name: string;
  scale: Scale;
  pairs: Pair[];
  kappaSklearn: number | null;
  kappa: Interval | null;
  psychKappa: Interval | null;
  icc: Interval | null;
  plain: { exact: number; withinOne: number; meanAbsDiff: number };
  spreadConsultant: SpreadFigures;
  spreadBoth: SpreadFigures;
}

export const REFERENCE = reference as unknown as {
  versions: Record<string, string>;
  sets: ReferenceSet[];
  spreads: { name: string; values: number[]; spread: SpreadFigures }[];
};

export const TOLERANCE = 1e-6;

/** |actual − expected| ≤ tolerance, with the figure's name in the failure message. */
export function expectClose(actual: number | null | undefined, expected: number, what: string, tolerance = TOLERANCE) {
  expect(actual, what).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

export function expectInterval(
  actual: Interval | null,
  expected: Interval | null,
  what: string,
  tolerance = TOLERANCE,
) {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  for (const key of ['value', 'low', 'high'] as const)
    expectClose(actual![key], expected[key], `${what}.${key}`, tolerance);
}

export function expectSpread(actual: SpreadFigures | null, expected: SpreadFigures, what: string) {
  expect(actual, what).not.toBeNull();
  for (const key of ['min', 'q1', 'median', 'q3', 'max', 'mean'] as const)
    expectClose(actual![key], expected[key], `${what}.${key}`);
}
