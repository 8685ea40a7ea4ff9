/**
 * Corrections of what was typed at creation, while it is not yet signed: a case file's code and context, an audit's
 * date and participants, a person's name. A completed audit keeps what was signed; to correct it, reopen it first
 * (the recorded reopening in conversation.ts). Besides the checks here, each correction moves `updated_at` of the
 * audits it shows in, which the database's trigger refuses for a completed audit.
 */
import { ApiFailure } from '../../shared/api/errors';
import { newCaseFileOf } from '../repositories/caseFiles';
import type { Handlers, HandlerContext } from './context';

export type CorrectionOperation = 'correctCaseFile' | 'correctAudit' | 'correctPersonName';

export function correctionHandlers(ctx: HandlerContext): Pick<Handlers, CorrectionOperation> {
  const { now, people, caseFiles, corrections, tx, mustGet, detail, requireStatus } = ctx;
  return {
    correctCaseFile: ({ id, ...c }) =>
      tx(() => {
        const current = mustGet(caseFiles.get(id), 'caseFile', id);
        if (corrections.completedAuditsOfCaseFile(id) > 0) {
          throw new ApiFailure('case_file_locked', { code: current.dossierCode });
        }
        const other = caseFiles.findByCode(c.dossierCode);
        if (other && other.id !== id) throw new ApiFailure('conflict_dossier_code', { code: c.dossierCode });
        caseFiles.update(id, newCaseFileOf(c));
        corrections.touchAuditsOfCaseFile(id, now());
        return mustGet(caseFiles.get(id), 'caseFile', id);
      }),
    correctAudit: ({ auditId, consultantId, reviewerId, auditDate, reviewerRole }) =>
      tx(() => {
        const s = requireStatus(auditId, ['created', 'scoring', 'ready', 'conversation']);
        mustGet(people.get(consultantId), 'person', consultantId);
        mustGet(people.get(reviewerId), 'person', reviewerId);
        // Answers and a seat's personal code belong to the person in that seat: once either exists, moving people
        // would put one person's scores (or lock) on another's name, so the participants stay as they are.
        const moved = consultantId !== s.consultantId || reviewerId !== s.reviewerId;
        if (moved && (s.status !== 'created' || corrections.seatsInUse(auditId))) {
          throw new ApiFailure('participants_locked');
        }
        corrections.correctAudit(auditId, { consultantId, reviewerId, auditDate, reviewerRole }, now());
        return detail(auditId);
      }),
    correctPersonName: ({ id, name }) =>
      tx(() => {
        const person = mustGet(people.get(id), 'person', id);
        if (corrections.completedAuditsOfPerson(id) > 0) throw new ApiFailure('person_locked', { name: person.name });
        people.rename(id, name);
        corrections.touchAuditsOfPerson(id, now());
        return mustGet(people.get(id), 'person', id);
      }),
  };
}
