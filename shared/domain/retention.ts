/**
 * Retention (ADR 0012): the team's retention period, chosen once for the data file (none until someone chooses),
 * and the audits past it, listed for a decision ("bewaren of wissen"); nothing is ever erased by itself. An audit
 * is past the period when its reference date (the sign-off day of a completed audit, otherwise the audit's date)
 * plus the period is today or earlier. "Bewaren" takes it off the list for a year, then it is asked about again.
 */
import { z } from 'zod';
import { auditCursorSchema, AUDIT_PAGE_MAX } from './auditList';

/** The periods one can choose, in months: 1, 2, 3, 5 and 10 years. */
export const RETENTION_MONTHS = [12, 24, 36, 60, 120] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];

/** A kept audit comes back on the list this many months after the decision. */
export const KEEP_AGAIN_MONTHS = 12;

export const retentionInput = z
  .object({
    /** null: no period (the reminder shows again). */
    months: z.literal(RETENTION_MONTHS).nullable(),
  })
  .strict();

export const retentionPageInput = z
  .object({
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
    cursor: auditCursorSchema.optional(),
  })
  .strict();

export interface RetentionSetting {
  months: RetentionMonths | null;
  /** When the period was last chosen or changed; null while none was ever chosen. */
  setAt: string | null;
  /** How many audits are past the period and wait for a decision (0 without a period). */
  due: number;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The ISO date `months` months before `iso` (31 March minus one month is 28 or 29 February). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
