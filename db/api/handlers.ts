/** The API's behaviour: domain rules (blindness, status transitions, locks) on top of the repositories. */
import type { Database } from 'better-sqlite3';
import type { DataOperation, Parsed, Results } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { otherRater, type AuditDetail } from '../../shared/domain/model';
import { AUDIT_SCOPE, type Revealed } from '../../shared/domain/conversation';
import { findItem } from '../../shared/domain/template';
import { auditsRepository } from '../repositories/audits';
import { caseFilesRepository } from '../repositories/caseFiles';
import { conversationRepository } from '../repositories/conversation';
import { peopleRepository } from '../repositories/people';
import { ratingsRepository } from '../repositories/ratings';
import { templatesRepository } from '../repositories/templates';

export type Handlers = { [O in DataOperation]: (args: Parsed<O>) => Results[O] };

export interface HandlerOptions {
  now?: () => Date;
}

export function createHandlers(db: Database, options: HandlerOptions = {}): Handlers {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const today = () => now().slice(0, 10);
  const people = peopleRepository(db);
  const caseFiles = caseFilesRepository(db);
  const templates = templatesRepository(db);
  const audits = auditsRepository(db);
  const ratings = ratingsRepository(db);
  const talk = conversationRepository(db);
  // One transaction wrapper, made once: better-sqlite3's db.transaction() is costly to create per call (it
  // roughly doubled the time of a rating save), so the work to run is passed in as an argument.
  const inTransaction = db.transaction((fn: () => unknown) => fn());
  const tx = <T>(fn: () => T): T => inTransaction.immediate(fn) as T;

  const mustGet = <T>(value: T | undefined, entity: string, id: number): T => {
    if (value === undefined) throw new ApiFailure('not_found', { entity, id });
    return value;
  };
  const state = (auditId: number) => mustGet(audits.state(auditId), 'audit', auditId);
  const summary = (auditId: number) => mustGet(audits.get(auditId), 'audit', auditId);
  const detail = (auditId: number): AuditDetail => {
    const s = summary(auditId);
    return { ...s, caseFileDetail: mustGet(caseFiles.get(s.caseFile.id), 'caseFile', s.caseFile.id) };
  };
  const template = (id: number) => mustGet(templates.get(id), 'template', id);
  const requireStatus = (auditId: number, allowed: string[]) => {
    const s = state(auditId);
    if (s.status === 'completed' && !allowed.includes('completed')) throw new ApiFailure('audit_locked');
    if (!allowed.includes(s.status)) throw new ApiFailure('invalid_transition', { from: s.status });
    return s;
  };
  const principleKeys = (templateId: number) => template(templateId).content.principles.map((p) => p.key);
  /**
   * The conversation changed: a signature given before the change no longer covers what is written, so it is
   * withdrawn and that person signs again. (Both signatures complete the audit, after which nothing changes.)
   */
  const conversationChanged = (auditId: number, t: string) => {
    audits.touch(auditId, t);
    talk.clearSignOffs(auditId);
  };

  const revealed = (auditId: number): Revealed => {
    const s = state(auditId);
    if (s.status !== 'conversation' && s.status !== 'completed') throw new ApiFailure('not_revealed');
    return {
      auditId,
      ratings: { consultant: ratings.forRater(auditId, 'consultant'), reviewer: ratings.forRater(auditId, 'reviewer') },
      notes: talk.notes(auditId),
      agreedScores: talk.agreedScores(auditId),
      actions: talk.actions(auditId),
      signOffs: talk.signOffs(auditId),
      reopenings: talk.reopenings(auditId),
      revealedAt: s.revealedAt ?? '',
    };
  };

  return {
    listPeople: () => people.list(),
    createPerson: (p) => people.create(p, now()),
    listCaseFiles: () => caseFiles.list(),
    createCaseFile: (c) =>
      tx(() => {
        if (caseFiles.findByCode(c.dossierCode)) throw new ApiFailure('conflict_dossier_code', { code: c.dossierCode });
        return caseFiles.create(
          {
            dossierCode: c.dossierCode,
            service: c.service,
            region: c.region ?? null,
            mainTheme: c.mainTheme ?? null,
            referralYear: c.referralYear ?? null,
            closureYear: c.closureYear ?? null,
            sofsExperienceYears: c.sofsExperienceYears ?? null,
            peopleInvolved: c.peopleInvolved ?? null,
            minorAges: c.minorAges ?? null,
            complicatingFactors: c.complicatingFactors ?? null,
          },
          now(),
        );
      }),
    getCaseFile: ({ id }) => mustGet(caseFiles.get(id), 'caseFile', id),
    listTemplates: () => templates.list(),
    getTemplate: ({ id }) => template(id),
    listAudits: () => audits.list(),
    createAudit: (a) =>
      tx(() => {
        mustGet(caseFiles.get(a.caseFileId), 'caseFile', a.caseFileId);
        mustGet(people.get(a.consultantId), 'person', a.consultantId);
        mustGet(people.get(a.reviewerId), 'person', a.reviewerId);
        const t = mustGet(templates.current(), 'template', 0);
        const id = audits.create({ ...a, templateId: t.id, auditDate: a.auditDate ?? today() }, now());
        return detail(id);
      }),
    getAudit: ({ id }) => detail(id),

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
        const item = findItem(template(s.templateId).content, r.itemKey);
        if (!item) throw new ApiFailure('unknown_item', { item: r.itemKey });
        if (r.score !== null && (r.score < item.scale.min || r.score > item.scale.max)) {
          throw new ApiFailure('score_out_of_range', { min: item.scale.min, max: item.scale.max });
        }
        if (r.notApplicable && !item.allowNotApplicable) throw new ApiFailure('not_applicable_not_allowed');
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
        const t = template(s.templateId).content;
        const given = new Map(ratings.forRater(auditId, rater).map((r) => [r.itemKey, r]));
        const keys = [...t.principles.flatMap((p) => p.items.map((i) => i.key)), t.overall.key];
        const missing = keys.filter((k) => {
          const r = given.get(k);
          return !r || (r.score === null && !r.notApplicable);
        }).length;
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
    getRevealed: ({ auditId }) => revealed(auditId),
    saveNote: ({ auditId, scope, column, text }) =>
      tx(() => {
        const s = requireStatus(auditId, ['conversation']);
        if (scope !== AUDIT_SCOPE && !principleKeys(s.templateId).includes(scope))
          throw new ApiFailure('unknown_item', { item: scope });
        const existing = talk.notes(auditId).find((n) => n.scope === scope && n.column === column);
        if (existing?.text === text || (!existing && text === '')) return { updatedAt: existing?.updatedAt ?? now() }; // nothing changed
        const t = now();
        talk.saveNote(auditId, scope, column, text, t);
        conversationChanged(auditId, t);
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
        const existing = talk.agreedScores(auditId).find((a) => a.principleKey === principleKey);
        if ((existing?.score ?? null) === score) return { updatedAt: now() }; // nothing changed
        const t = now();
        talk.saveAgreedScore(auditId, principleKey, score, t);
        conversationChanged(auditId, t);
        return { updatedAt: t };
      }),
    addAction: ({ auditId, ...a }) =>
      tx(() => {
        requireStatus(auditId, ['conversation']);
        const t = now();
        conversationChanged(auditId, t);
        return talk.addAction(auditId, a, t);
      }),
    updateAction: ({ id, ...a }) =>
      tx(() => {
        const existing = mustGet(talk.action(id), 'action', id);
        requireStatus(existing.auditId, ['conversation']);
        const { auditId: _auditId, ...current } = existing;
        if (current.what === a.what && current.who === a.who && current.due === a.due) return current;
        const t = now();
        talk.updateAction(id, a, t);
        conversationChanged(existing.auditId, t);
        const { auditId: _same, ...updated } = mustGet(talk.action(id), 'action', id);
        return updated;
      }),
    deleteAction: ({ id }) =>
      tx(() => {
        const existing = mustGet(talk.action(id), 'action', id);
        requireStatus(existing.auditId, ['conversation']);
        talk.deleteAction(id);
        conversationChanged(existing.auditId, now());
        return { deleted: true as const };
      }),
    signOff: ({ auditId, rater, name }) =>
      tx(() => {
        requireStatus(auditId, ['conversation']);
        const t = now();
        talk.signOff(auditId, rater, name, t);
        const signed = new Set(talk.signOffs(auditId).map((x) => x.rater));
        if (signed.has('consultant') && signed.has('reviewer')) audits.complete(auditId, t);
        else audits.touch(auditId, t);
        return summary(auditId);
      }),
    reopenAudit: ({ auditId, byName, reason }) =>
      tx(() => {
        requireStatus(auditId, ['completed']);
        const t = now();
        talk.recordReopening(auditId, byName, reason, { audit: summary(auditId), ...revealed(auditId) }, t);
        audits.setStatus(auditId, 'conversation', t);
        talk.clearSignOffs(auditId);
        return summary(auditId);
      }),
  };
}
