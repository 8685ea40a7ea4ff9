/**
 * Retention and archive (ADR 0012): the team's retention period, the audits past it (listed for a decision, never
 * erased here: erasing goes through db/api/erasure.ts with its confirmations), "bewaren" for one of them, and the
 * archive of completed audits. None of these touches what was signed: the decisions sit in their own table.
 */
import { ApiFailure } from '../../shared/api/errors';
import { AUDIT_PAGE_DEFAULT, decodeAuditCursor, encodeAuditCursor } from '../../shared/domain/auditList';
import { KEEP_AGAIN_MONTHS, monthsBefore, type RetentionSetting } from '../../shared/domain/retention';
import type { Handlers, HandlerContext } from './context';

export type RetentionOperation =
  'getRetention' | 'setRetention' | 'listRetentionDue' | 'keepAudit' | 'archiveAudit' | 'unarchiveAudit';

export function retentionHandlers(ctx: HandlerContext): Pick<Handlers, RetentionOperation> {
  const { now, today, tx, summary, state, retention } = ctx;

  /** The cut-off days of today's list, or null without a period (then nothing is ever due). */
  const dueWindow = () => {
    const { months } = retention.setting();
    if (months === null) return null;
    const day = today();
    return { before: monthsBefore(day, months), keptBefore: monthsBefore(day, KEEP_AGAIN_MONTHS) };
  };
  const current = (): RetentionSetting => {
    const { months, setAt } = retention.setting();
    const window = dueWindow();
    return { months, setAt, due: window ? retention.dueCount(window.before, window.keptBefore) : 0 };
  };
  const setArchived = (auditId: number, archived: boolean) =>
    tx(() => {
      if (state(auditId).status !== 'completed') throw new ApiFailure('archive_not_completed');
      retention.archive(auditId, archived ? now() : null);
      return summary(auditId);
    });

  return {
    getRetention: () => current(),
    setRetention: ({ months }) => {
      tx(() => retention.setMonths(months, now()));
      return current();
    },
    listRetentionDue: ({ limit, cursor }) => {
      const window = dueWindow();
      if (!window) return { items: [], total: 0, nextCursor: null };
      const at = cursor ? decodeAuditCursor(cursor) : null;
      const page = ctx.auditList.page(
        limit ?? AUDIT_PAGE_DEFAULT,
        at,
        { includeArchived: true, due: window },
        'oldest',
      );
      return { items: page.items, total: page.total, nextCursor: page.next ? encodeAuditCursor(page.next) : null };
    },
    keepAudit: ({ auditId }) =>
      tx(() => {
        summary(auditId);
        const window = dueWindow();
        if (!window || !retention.isDue(auditId, window.before, window.keptBefore))
          throw new ApiFailure('retention_not_due');
        const keptOn = today();
        retention.keep(auditId, keptOn);
        return { auditId, keptOn, askAgainOn: monthsBefore(keptOn, -KEEP_AGAIN_MONTHS) };
      }),
    archiveAudit: ({ auditId }) => setArchived(auditId, true),
    unarchiveAudit: ({ auditId }) => setArchived(auditId, false),
  };
}
