/**
 * The home list, one page at a time: only what the list shows of each audit, newest audit date first, with the
 * number of audits that match and a cursor for the next page; optionally searched (dossier code, names), filtered
 * (status, person, year, service, region) and sorted oldest first.
 */
import { z } from 'zod';
import { cleanText, idSchema, LIMITS, SERVICES, type AuditStatus, type Person, type Rater } from './model';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

/**
 * Where the previous page ended: its last audit's date, creation time and id (`2026-03-01~2026-03-01T09:00:00.000Z~17`).
 * Keyset paging: audits added meanwhile never shift or repeat the pages after it.
 */
export const auditCursorSchema = z
  .string()
  .max(80)
  .regex(/^\d{4}-\d{2}-\d{2}~[0-9T:.+Z-]{1,40}~[1-9]\d{0,15}$/);

/**
 * The statuses one can filter on: what the list shows (created and scoring are one, ADR 0002), and `waiting`, every
 * audit not yet completed.
 */
export const AUDIT_STATUS_FILTERS = ['scoring', 'ready', 'conversation', 'completed', 'waiting'] as const;
export type AuditStatusFilter = (typeof AUDIT_STATUS_FILTERS)[number];
export const AUDIT_SORTS = ['newest', 'oldest'] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];
export const AUDIT_QUERY_MAX = 100;

/** Search text: trimmed, an empty one is no search. */
const searchText = (max: number) =>
  cleanText(max)
    .transform((s) => s.trim())
    .optional();

export const auditPageInput = z
  .object({
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
    cursor: auditCursorSchema.optional(),
    /** Part of a dossier code or of either participant's name; case and accents do not matter. */
    query: searchText(AUDIT_QUERY_MAX),
    status: z.enum(AUDIT_STATUS_FILTERS).optional(),
    /** Audits this person takes part in, in either seat. */
    personId: idSchema.optional(),
    /** The audit date's year. */
    year: z.number().int().min(1990).max(2100).optional(),
    service: z.enum(SERVICES).optional(),
    /** Part of the case file's region; case and accents do not matter. */
    region: searchText(LIMITS.shortText),
    sort: z.enum(AUDIT_SORTS).optional(),
    /** Archived audits too ("ook gearchiveerde tonen"); a search finds them anyway (ADR 0012). */
    includeArchived: z.boolean().optional(),
  })
  .strict();
export type AuditPageInput = z.output<typeof auditPageInput>;
export type AuditFilters = Omit<AuditPageInput, 'limit' | 'cursor'>;

/**
 * Text for comparing without case or accents: decomposed, combining marks dropped, lower case ("Zoë" → "zoe").
 * The database registers it as the SQL function `fold` for the search.
 */
export const foldText = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export interface AuditCursor {
  auditDate: string;
  createdAt: string;
  id: number;
}

export const encodeAuditCursor = (c: AuditCursor) => `${c.auditDate}~${c.createdAt}~${c.id}`;

export function decodeAuditCursor(cursor: string): AuditCursor {
  const [auditDate, createdAt, id] = cursor.split('~') as [string, string, string];
  return { auditDate, createdAt, id: Number(id) };
}

/** One row of the home list: no template, no answers, no timestamps beyond the audit's date. */
export interface AuditListItem {
  id: number;
  dossierCode: string;
  service: 'OCJ' | 'SDJ';
  auditDate: string;
  status: AuditStatus;
  consultant: Pick<Person, 'id' | 'name'>;
  reviewer: Pick<Person, 'id' | 'name'>;
  consultantSubmitted: boolean;
  reviewerSubmitted: boolean;
  /** A completed audit put in the archive: out of the default list (ADR 0012). */
  archived: boolean;
}

/**
 * The next step of an audit in the list and who acts: `scoring` waits for those who have not submitted (both
 * before anyone has: whether someone started is not shown, ADR 0002), `reveal` for both to open the scores
 * together, `conversation` for both to finish and sign; a completed audit waits for nobody.
 */
export interface NextStep {
  step: 'scoring' | 'reveal' | 'conversation' | 'completed';
  who: Rater[];
}

export function nextStepOf(a: Pick<AuditListItem, 'status' | 'consultantSubmitted' | 'reviewerSubmitted'>): NextStep {
  switch (a.status) {
    case 'created':
    case 'scoring': {
      const who: Rater[] = [];
      if (!a.consultantSubmitted) who.push('consultant');
      if (!a.reviewerSubmitted) who.push('reviewer');
      return { step: 'scoring', who };
    }
    case 'ready':
      return { step: 'reveal', who: ['consultant', 'reviewer'] };
    case 'conversation':
      return { step: 'conversation', who: ['consultant', 'reviewer'] };
    case 'completed':
      return { step: 'completed', who: [] };
  }
}

export interface AuditPage {
  items: AuditListItem[];
  /** How many audits match the filters (all audits without any; the list shows "x of total"). */
  total: number;
  /** Hand back as `cursor` for the next page; null after the last page. */
  nextCursor: string | null;
}
