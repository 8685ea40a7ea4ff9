/** Blind scoring: each rater's own answers, submitting and reopening them, and the reveal. */
import type { Parsed } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { otherRater } from '../../shared/domain/model';
import type { Rating } from '../../shared/domain/scoring';
import { findItem, type TemplateContent } from '../../shared/domain/template';
import type { Handlers, HandlerContext } from './context';

export type ScoringOperation = 'startScoring' | 'saveRating' | 'submitRatings' | 'reopenSubmission' | 'reveal';

/** Refuses an answer that does not fit its item: unknown item, score off the item's scale, n/a not allowed. */
function checkAnswer(content: TemplateContent, r: Parsed<'saveRating'>): void {
  const item = findItem(content, r.itemKey);
  if (!item) throw new ApiFailure('unknown_item', { item: r.itemKey });
  if (r.score !== null && (r.score < item.scale.min || r.score > item.scale.max)) {
    throw new ApiFailure('score_out_of_range', { min: item.scale.min, max: item.scale.max });
  }
  if (r.notApplicable && !item.allowNotApplicable) throw new ApiFailure('not_applicable_not_allowed');
}

/** How many of the template's items (the overall one included) have neither a score nor "not applicable". */
function unanswered(t: TemplateContent, answers: Rating[]): number {
  const given = new Map(answers.map((r) => [r.itemKey, r]));
  const keys = [...t.principles.flatMap((p) => p.items.map((i) => i.key)), t.overall.key];
  return keys.filter((k) => {
    const r = given.get(k);
    return !r || (r.score === null && !r.notApplicable);
  }).length;
}

export function scoringHandlers(ctx: HandlerContext): Pick<Handlers, ScoringOperation> {
  const { now, audits, ratings, tx, state, summary, template, requireStatus } = ctx;
  return {
    startScoring: ({ auditId, rater }) =>
      tx(() => {
        const s = state(auditId);
        if (s.status === 'created') audits.setStatus(auditId, 'scoring', now());
        const a = summary(auditId);
        const person = rater === 'consultant' ? a.consultant : a.reviewer;
        return {
          auditId,
          rater,
          person,
          submitted: s.submitted[rater],
          otherSubmitted: s.submitted[otherRater(rater)],
          ratings: ratings.forRater(auditId, rater),
        };
      }),
    saveRating: (r) =>
      tx(() => {
        const s = requireStatus(r.auditId, ['created', 'scoring', 'ready', 'conversation']);
        if (s.status !== 'created' && s.status !== 'scoring') throw new ApiFailure('scores_locked');
        if (s.submitted[r.rater]) throw new ApiFailure('already_submitted');
        checkAnswer(template(s.templateId).content, r);
        const t = now();
        // The audit row is written only on the first save (created → scoring). Touching its updated_at on every
        // save would tell the other rater, through getAudit/listAudits, when someone last scored (a blindness
        // leak through a timestamp), and would double the pages each save writes.
        if (s.status === 'created') audits.setStatus(r.auditId, 'scoring', t);
        return ratings.upsert(
          r.auditId,
          r.rater,
          {
            itemKey: r.itemKey,
            score: r.score,
            notApplicable: r.notApplicable,
            naReason: r.notApplicable ? r.naReason : '',
            rationale: r.rationale,
          },
          t,
        );
      }),
    submitRatings: ({ auditId, rater, confirmGaps }) =>
      tx(() => {
        const s = requireStatus(auditId, ['created', 'scoring']);
        if (s.submitted[rater]) throw new ApiFailure('already_submitted');
        const missing = unanswered(template(s.templateId).content, ratings.forRater(auditId, rater));
        if (missing > 0 && !confirmGaps) throw new ApiFailure('unanswered_items', { count: missing });
        const at = now();
        audits.setSubmitted(auditId, rater, at, at);
        const both = s.submitted[otherRater(rater)];
        audits.setStatus(auditId, both ? 'ready' : 'scoring', at);
        return summary(auditId);
      }),
    reopenSubmission: ({ auditId, rater }) =>
      tx(() => {
        const s = requireStatus(auditId, ['scoring']);
        if (!s.submitted[rater]) throw new ApiFailure('not_submitted');
        const at = now();
        audits.setSubmitted(auditId, rater, null, at);
        return summary(auditId);
      }),
    reveal: ({ auditId }) =>
      tx(() => {
        requireStatus(auditId, ['ready']);
        audits.reveal(auditId, now());
        return summary(auditId);
      }),
  };
}
