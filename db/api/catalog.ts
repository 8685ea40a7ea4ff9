/** The catalog: people, case files, templates, and listing, creating and opening audits. */
import { ApiFailure } from '../../shared/api/errors';
import { AUDIT_PAGE_DEFAULT, decodeAuditCursor, encodeAuditCursor } from '../../shared/domain/auditList';
import { DEFAULT_PARTNER_ROLE } from '../../shared/domain/model';
import { newCaseFileOf } from '../repositories/caseFiles';
import type { Handlers, HandlerContext } from './context';

export type CatalogOperation =
  | 'listPeople'
  | 'createPerson'
  | 'listCaseFiles'
  | 'createCaseFile'
  | 'getCaseFile'
  | 'listTemplates'
  | 'getTemplate'
  | 'listAudits'
  | 'createAudit'
  | 'getAudit'
  | 'listAuditPage';

export function catalogHandlers(ctx: HandlerContext): Pick<Handlers, CatalogOperation> {
  const { now, today, people, caseFiles, templates, audits, tx, mustGet, detail, template } = ctx;
  return {
    listPeople: () => people.list(),
    createPerson: (p) => people.create(p, now()),
    listCaseFiles: () => caseFiles.list(),
    createCaseFile: (c) =>
      tx(() => {
        if (caseFiles.findByCode(c.dossierCode)) throw new ApiFailure('conflict_dossier_code', { code: c.dossierCode });
        return caseFiles.create(newCaseFileOf(c), now());
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
        // The matrix chosen, or the default for new audits; a retired version is no longer offered (ADR 0016).
        const templateId = a.templateId ?? mustGet(templates.defaultId(), 'template', 0);
        const t = mustGet(templates.get(templateId), 'template', templateId);
        if (templates.isRetired(t.id)) throw new ApiFailure('template_retired', { id: t.id });
        const id = audits.create(
          {
            ...a,
            templateId: t.id,
            auditDate: a.auditDate ?? today(),
            reviewerRole: a.reviewerRole ?? DEFAULT_PARTNER_ROLE,
          },
          now(),
        );
        return detail(id);
      }),
    getAudit: ({ id }) => detail(id),
    listAuditPage: ({ limit, cursor, sort, ...filters }) => {
      const at = cursor ? decodeAuditCursor(cursor) : null;
      const page = ctx.auditList.page(limit ?? AUDIT_PAGE_DEFAULT, at, filters, sort);
      return { items: page.items, total: page.total, nextCursor: page.next ? encodeAuditCursor(page.next) : null };
    },
  };
}
