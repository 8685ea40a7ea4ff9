/**
 * Correcting what was typed at creation: a case file's code and context, an audit's date and participants, a
 * person's name. The same rules as on creation (the very same schemas), plus the id of what is corrected.
 */
import { z } from 'zod';
import {
  caseFileFields,
  closureAfterReferral,
  closureIssue,
  idSchema,
  isoDate,
  partnerRoleSchema,
  personInput,
} from './model';

export const caseFileCorrection = caseFileFields
  .extend({ id: idSchema })
  .strict()
  .refine(closureAfterReferral, closureIssue);
export type CaseFileCorrection = z.input<typeof caseFileCorrection>;

/**
 * The audit's date, who sits in which seat and the second participant's role (left out: kept as it is); the
 * participants can change only before anyone scored, the date and the role until the audit is completed.
 */
export const auditCorrection = z
  .object({
    auditId: idSchema,
    consultantId: idSchema,
    reviewerId: idSchema,
    auditDate: isoDate,
    reviewerRole: partnerRoleSchema.optional(),
  })
  .strict()
  .refine((a) => a.consultantId !== a.reviewerId, { message: 'same_person', path: ['reviewerId'] });
export type AuditCorrection = z.input<typeof auditCorrection>;

export const personNameCorrection = z.object({ id: idSchema, name: personInput.shape.name }).strict();
export type PersonNameCorrection = z.input<typeof personNameCorrection>;
