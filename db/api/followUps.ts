/**
 * Follow-up of action points after an audit was completed (issue 15): recorded beside the signed record, never in
 * it. Nothing of the audit's own rows changes (not even `updated_at`), so its fingerprint and PDF stay as signed.
 */
import { ApiFailure } from '../../shared/api/errors';
import type { ActionFollowUp } from '../../shared/domain/followUp';
import type { Handlers, HandlerContext } from './context';

export type FollowUpOperation = 'recordFollowUp' | 'listFollowUps';

export function followUpHandlers(ctx: HandlerContext): Pick<Handlers, FollowUpOperation> {
  const { now, tx, mustGet, state, conversation, followUps } = ctx;

  return {
    recordFollowUp: ({ actionId, state: next, note }) =>
      tx(() => {
        const action = mustGet(conversation.action(actionId), 'action', actionId);
        const audit = state(action.auditId);
        // The trigger refuses it too; asking first gives the same code without a failed insert.
        if (audit.status !== 'completed') throw new ApiFailure('follow_up_not_completed');
        return followUps.record(actionId, action.auditId, next, note, now());
      }),
    listFollowUps: ({ auditId }) => {
      state(auditId);
      const records = followUps.ofAudit(auditId);
      return conversation.actions(auditId).map((a): ActionFollowUp => {
        const history = records.filter((r) => r.actionId === a.id);
        return { actionId: a.id, current: history[0]?.state ?? null, history };
      });
    },
  };
}
