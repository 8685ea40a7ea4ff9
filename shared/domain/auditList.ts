/**
 * The home list, one page at a time: only what the list shows of each audit, newest audit date first, with the
 * number of audits and a cursor for the next page. The arguments are an object so that search and filters can
 * be added beside `limit` and `cursor` later (the total then counts what matches).
 */
import { z } from 'zod';
import type { AuditStatus, Person } from './model';

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

export const auditPageInput = z
  .object({
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
    cursor: auditCursorSchema.optional(),
  })
  .strict();

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
}

export interface AuditPage {
  items: AuditListItem[];
  /** How many audits there are in all (the list shows "x of total"). */
  total: number;
  /** Hand back as `cursor` for the next page; null after the last page. */
  nextCursor: string | null;
}
