/**
 * Erasing an audit, a case file with its audits, or a person in no audit. Each erasure runs in one transaction:
 * first the erasure record (kind, moment, number of audits; never content), then the mark and the deletes the
 * database accepts only together with that record (migration 8). The connection runs with `secure_delete`, so freed
 * pages are overwritten with zeros; afterwards the write-ahead log is checkpointed and truncated, so no older copy
 * of an erased page stays in the -wal file.
 */
import { ApiFailure } from '../../shared/api/errors';
import type { ErasureKind, ErasureResult, ErasureTarget } from '../../shared/domain/erasure';
import type { AuditToErase } from '../repositories/erasure';
import type { Handlers, HandlerContext } from './context';

export type ErasureOperation = 'eraseAudit' | 'eraseCaseFile' | 'erasePerson' | 'listPeopleWithoutAudit';

export function erasureHandlers(ctx: HandlerContext): Pick<Handlers, ErasureOperation> {
  const { now, people, caseFiles, erasure, tx, mustGet } = ctx;

  const confirmed = (audits: AuditToErase[], confirmCompleted: boolean | undefined) => {
    if (audits.some((a) => a.status === 'completed') && confirmCompleted !== true) {
      throw new ApiFailure('erase_unconfirmed');
    }
  };
  const run = (
    kind: ErasureKind,
    audits: AuditToErase[],
    rest: () => void,
    target: Omit<ErasureTarget, 'kind' | 'audits'>,
  ) => {
    const erased: ErasureTarget = {
      kind,
      audits: audits.map((a) => ({ id: a.id, createdAt: a.createdAt, dossierCode: a.dossierCode })),
      ...target,
    };
    tx(() => {
      const at = now();
      erasure.record(kind, at, audits.length);
      for (const a of audits) erasure.eraseAudit(a.id, at);
      rest();
      erasure.redactHistory(erased, at);
    });
    return { erased, walCleared: erasure.checkpoint() } satisfies ErasureResult;
  };

  return {
    listPeopleWithoutAudit: () => erasure.peopleWithoutAudit().map((id) => mustGet(people.get(id), 'person', id)),
    eraseAudit: ({ auditId, confirmCompleted }) => {
      const audit = mustGet(erasure.audit(auditId), 'audit', auditId);
      confirmed([audit], confirmCompleted);
      return run('audit', [audit], () => {}, { caseFile: null, person: null });
    },
    eraseCaseFile: ({ id, confirmCompleted }) => {
      const caseFile = mustGet(caseFiles.get(id), 'caseFile', id);
      const audits = erasure.auditsOfCaseFile(id);
      confirmed(audits, confirmCompleted);
      return run('case_file', audits, () => erasure.eraseCaseFile(id), {
        caseFile: { id, dossierCode: caseFile.dossierCode },
        person: null,
      });
    },
    erasePerson: ({ id }) => {
      const person = mustGet(people.get(id), 'person', id);
      if (erasure.auditsOfPerson(id) > 0) throw new ApiFailure('person_in_audit', { name: person.name });
      const createdAt = erasure.personCreatedAt(id) ?? '';
      return run('person', [], () => erasure.erasePerson(id), { caseFile: null, person: { id, createdAt } });
    },
  };
}
