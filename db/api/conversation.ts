/** The conversation after the reveal: notes, agreed scores, action points, sign-offs, reopening a completed audit. */
import { ApiFailure } from '../../shared/api/errors';
import { AUDIT_SCOPE } from '../../shared/domain/conversation';
import type { Handlers, HandlerContext } from './context';

type NotesOperation = 'getRevealed' | 'saveNote' | 'saveAgreedScore';
type ActionOperation = 'addAction' | 'updateAction' | 'deleteAction';
type SignOffOperation = 'signOff' | 'reopenAudit';
export type ConversationOperation = NotesOperation | ActionOperation | SignOffOperation;

export function conversationHandlers(ctx: HandlerContext): Pick<Handlers, ConversationOperation> {
  return { ...notesHandlers(ctx), ...actionHandlers(ctx), ...signOffHandlers(ctx) };
}

/**
 * The conversation changed: a signature given before the change no longer covers what is written, so it is
 * withdrawn and that person signs again. (Both signatures complete the audit, after which nothing changes.)
 */
function conversationChanged({ audits, conversation }: HandlerContext, auditId: number, t: string): void {
  audits.touch(auditId, t);
  conversation.clearSignOffs(auditId);
}

function notesHandlers(ctx: HandlerContext): Pick<Handlers, NotesOperation> {
  const { now, conversation, tx, template, requireStatus, revealed } = ctx;
  const principleKeys = (templateId: number) => template(templateId).content.principles.map((p) => p.key);
  return {
    getRevealed: ({ auditId }) => revealed(auditId),
    saveNote: ({ auditId, scope, column, text }) =>
      tx(() => {
        const s = requireStatus(auditId, ['conversation']);
        if (scope !== AUDIT_SCOPE && !principleKeys(s.templateId).includes(scope))
          throw new ApiFailure('unknown_item', { item: scope });
        const existing = conversation.notes(auditId).find((n) => n.scope === scope && n.column === column);
        if (existing?.text === text || (!existing && text === '')) return { updatedAt: existing?.updatedAt ?? now() }; // nothing changed
        const t = now();
        conversation.saveNote(auditId, scope, column, text, t);
        conversationChanged(ctx, auditId, t);
        return { updatedAt: t };
      }),
    saveAgreedScore: ({ auditId, principleKey, score }) =>
      tx(() => {
        const s = requireStatus(auditId, ['conversation']);
        const content = template(s.templateId).content;
        const p = content.principles.find((x) => x.key === principleKey);
        if (!p) throw new ApiFailure('unknown_item', { item: principleKey });
        const scale = p.items[0]!.scale;
        if (score !== null && (score < scale.min || score > scale.max)) {
          throw new ApiFailure('score_out_of_range', { min: scale.min, max: scale.max });
        }
        const existing = conversation.agreedScores(auditId).find((a) => a.principleKey === principleKey);
        if ((existing?.score ?? null) === score) return { updatedAt: now() }; // nothing changed
        const t = now();
        conversation.saveAgreedScore(auditId, principleKey, score, t);
        conversationChanged(ctx, auditId, t);
        return { updatedAt: t };
      }),
  };
}

function actionHandlers(ctx: HandlerContext): Pick<Handlers, ActionOperation> {
  const { now, conversation, tx, mustGet, requireStatus } = ctx;
  return {
    addAction: ({ auditId, ...a }) =>
      tx(() => {
        requireStatus(auditId, ['conversation']);
        const t = now();
        conversationChanged(ctx, auditId, t);
        return conversation.addAction(auditId, a, t);
      }),
    updateAction: ({ id, ...a }) =>
      tx(() => {
        const existing = mustGet(conversation.action(id), 'action', id);
        requireStatus(existing.auditId, ['conversation']);
        const { auditId: _auditId, ...current } = existing;
        if (current.what === a.what && current.who === a.who && current.due === a.due) return current;
        const t = now();
        conversation.updateAction(id, a, t);
        conversationChanged(ctx, existing.auditId, t);
        const { auditId: _same, ...updated } = mustGet(conversation.action(id), 'action', id);
        return updated;
      }),
    deleteAction: ({ id }) =>
      tx(() => {
        const existing = mustGet(conversation.action(id), 'action', id);
        requireStatus(existing.auditId, ['conversation']);
        conversation.deleteAction(id);
        conversationChanged(ctx, existing.auditId, now());
        return { deleted: true as const };
      }),
  };
}

function signOffHandlers(ctx: HandlerContext): Pick<Handlers, SignOffOperation> {
  const { now, audits, conversation, tx, summary, requireStatus, revealed } = ctx;
  return {
    signOff: ({ auditId, rater, name }) =>
      tx(() => {
        requireStatus(auditId, ['conversation']);
        const t = now();
        conversation.signOff(auditId, rater, name, t);
        const signed = new Set(conversation.signOffs(auditId).map((x) => x.rater));
        if (signed.has('consultant') && signed.has('reviewer')) audits.complete(auditId, t);
        else audits.touch(auditId, t);
        return summary(auditId);
      }),
    reopenAudit: ({ auditId, byName, reason }) =>
      tx(() => {
        requireStatus(auditId, ['completed']);
        const t = now();
        conversation.recordReopening(auditId, byName, reason, { audit: summary(auditId), ...revealed(auditId) }, t);
        audits.setStatus(auditId, 'conversation', t);
        conversation.clearSignOffs(auditId);
        return summary(auditId);
      }),
  };
}
