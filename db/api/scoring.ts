/** Blind scoring: each rater's own answers, submitting and reopening them, and the reveal. */
import type { Parsed } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { otherRater, type Rater } from '../../shared/domain/model';
import type { Rating, Seats } from '../../shared/domain/scoring';
import { findItem, type TemplateContent } from '../../shared/domain/template';
import type { AuditState } from '../repositories/audits';
import type { Handlers, HandlerContext } from './context';

export type ScoringOperation =
  'startScoring' | 'saveRating' | 'submitRatings' | 'reopenSubmission' | 'reveal' | 'getSeats' | 'setSeatCode';

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

/** While the scores are blind, a seat protected by a personal code opens only with that code. */
const seatGuardFor =
  ({ seats }: HandlerContext) =>
  (s: AuditState, rater: Rater, code: string | undefined): void => {
    if (s.status === 'created' || s.status === 'scoring' || s.status === 'ready') seats.check(s.id, rater, code);
  };

/** Which seats are protected by a personal code, and setting one. */
function seatHandlers(ctx: HandlerContext): Pick<Handlers, 'getSeats' | 'setSeatCode'> {
  const { seats, tx, state, requireStatus } = ctx;
  const guard = seatGuardFor(ctx);
  const seatsOf = (auditId: number): Seats => ({
    consultant: { protectedByCode: seats.protectedByCode(auditId, 'consultant') },
    reviewer: { protectedByCode: seats.protectedByCode(auditId, 'reviewer') },
  });
  return {
    getSeats: ({ auditId }) => {
      state(auditId);
      return seatsOf(auditId);
    },
    setSeatCode: ({ auditId, rater, code, currentCode }) =>
      tx(() => {
        const s = requireStatus(auditId, ['created', 'scoring']);
        guard(s, rater, currentCode);
        seats.set(auditId, rater, code);
        return seatsOf(auditId);
      }),
  };
}

export function scoringHandlers(ctx: HandlerContext): Pick<Handlers, ScoringOperation> {
  const { now, audits, ratings, seats, tx, state, summary, template, requireStatus } = ctx;
  const guard = seatGuardFor(ctx);
  return {
    ...seatHandlers(ctx),
    // Opening a seat writes nothing: the audit as both raters see it stays exactly as it was.
    startScoring: ({ auditId, rater, code }) => {
      const s = state(auditId);
      guard(s, rater, code);
      const a = summary(auditId);
      return {
        auditId,
        rater,
        person: rater === 'consultant' ? a.consultant : a.reviewer,
        submitted: s.submitted[rater],
        otherSubmitted: s.submitted[otherRater(rater)],
        protectedByCode: seats.protectedByCode(auditId, rater),
        ratings: ratings.forRater(auditId, rater),
      };
    },
    saveRating: (r) =>
      tx(() => {
        const s = requireStatus(r.auditId, ['created', 'scoring', 'ready', 'conversation']);
        if (s.status !== 'created' && s.status !== 'scoring') throw new ApiFailure('scores_locked');
        guard(s, r.rater, r.code);
        if (s.submitted[r.rater]) throw new ApiFailure('already_submitted');
        checkAnswer(template(s.templateId).content, r);
        // The audit row changes only its status on the first answer, never its updated_at: a moving timestamp would
        // tell the other rater, through getAudit/listAudits, when someone started or last scored (a blindness leak),
        // and would double the pages each save writes. Every screen shows 'created' and 'scoring' alike.
        if (s.status === 'created') audits.beginScoring(r.auditId);
        const answer = { itemKey: r.itemKey, score: r.score, notApplicable: r.notApplicable, rationale: r.rationale };
        return ratings.upsert(r.auditId, r.rater, { ...answer, naReason: r.notApplicable ? r.naReason : '' }, now());
      }),
    submitRatings: ({ auditId, rater, confirmGaps, code }) =>
      tx(() => {
        const s = requireStatus(auditId, ['created', 'scoring']);
        // Before anything that depends on this seat's answers (how many are open): a protected seat's progress is
        // not told to whoever merely names it.
        guard(s, rater, code);
        if (s.submitted[rater]) throw new ApiFailure('already_submitted');
        const missing = unanswered(template(s.templateId).content, ratings.forRater(auditId, rater));
        if (missing > 0 && !confirmGaps) throw new ApiFailure('unanswered_items', { count: missing });
        const at = now();
        audits.setSubmitted(auditId, rater, at, at);
        const both = s.submitted[otherRater(rater)];
        audits.setStatus(auditId, both ? 'ready' : 'scoring', at);
        return summary(auditId);
      }),
    // Both raters see the submitted flag go back; updated_at stays, so the moment of reopening is not told.
    reopenSubmission: ({ auditId, rater, code }) =>
      tx(() => {
        const s = requireStatus(auditId, ['scoring']);
        guard(s, rater, code);
        if (!s.submitted[rater]) throw new ApiFailure('not_submitted');
        audits.withdrawSubmission(auditId, rater);
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
