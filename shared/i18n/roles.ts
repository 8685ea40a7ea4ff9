/**
 * How each participant's role in an audit is named, on screen and on paper. The consultant is always "consulent";
 * the second participant's role was chosen when the audit was made (AuditSummary.reviewerRole): a known role is
 * translated (participantRoles.<key>), a role typed in is shown exactly as typed.
 */
import { knownPartnerRole, type Rater } from '../domain/model';

type Translate = (key: string) => string;

/** The role's name as it reads mid-sentence ("Jonas Proef (consulent)"): a known role in lower case. */
export function roleName(t: Translate, audit: { reviewerRole: string }, rater: Rater): string {
  if (rater === 'consultant') return t('participantRoles.consulent');
  const known = knownPartnerRole(audit.reviewerRole);
  return known ? t(`participantRoles.${known}`) : audit.reviewerRole;
}

/** The role's name on its own, as a label or heading ("Groepscoördinator"); a role typed in stays as typed. */
export function roleTitle(t: Translate, audit: { reviewerRole: string }, rater: Rater): string {
  const name = roleName(t, audit, rater);
  if (rater === 'reviewer' && !knownPartnerRole(audit.reviewerRole)) return name;
  return capitalized(name);
}

/**
 * The role as the head of a narrow table column: a known role with its compound split where a Dutch reader expects
 * it ("Team-" / "verantwoordelijke"), never mid-syllable; a role typed in stays as typed (the table wraps it).
 */
export function roleHead(t: Translate, audit: { reviewerRole: string }, rater: Rater): string {
  if (rater === 'consultant') return t('participantRoleHeads.consulent');
  const known = knownPartnerRole(audit.reviewerRole);
  return known ? t(`participantRoleHeads.${known}`) : audit.reviewerRole;
}

/** A known role's name with its first letter in upper case, for a label on its own. */
export const capitalized = (name: string): string => name.charAt(0).toLocaleUpperCase() + name.slice(1);

/** Both roles of an audit at once, for places that name the two side by side. */
export const roleNames = (t: Translate, audit: { reviewerRole: string }): Record<Rater, string> => ({
  consultant: roleName(t, audit, 'consultant'),
  reviewer: roleName(t, audit, 'reviewer'),
});
