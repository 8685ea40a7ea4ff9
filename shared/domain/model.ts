/** Domain vocabulary and input schemas shared by the API, the database and the forms. */
import { z } from 'zod';
import { TEAM_MAX } from './breadth';

export const PERSON_ROLES = ['consulent', 'teamverantwoordelijke', 'groepscoordinator', 'regionaal_staflid'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const SERVICES = ['OCJ', 'SDJ'] as const;
export type Service = (typeof SERVICES)[number];

export const MAIN_THEMES = [
  'emotioneel_misbruik',
  'fysiek_misbruik',
  'seksueel_misbruik',
  'verwaarlozing',
  'intrafamiliaal_geweld',
] as const;
export type MainTheme = (typeof MAIN_THEMES)[number];

/** The two seats in an audit: the consultant who holds the file, and the reviewer (usually the team leader). */
export const RATERS = ['consultant', 'reviewer'] as const;
export type Rater = (typeof RATERS)[number];
export const otherRater = (r: Rater): Rater => (r === 'consultant' ? 'reviewer' : 'consultant');

/**
 * created: nobody scored yet; scoring: at least one answer stored; ready: both submitted (ready to reveal);
 * conversation: revealed, talking; completed: both signed off, read-only.
 */
export const AUDIT_STATUSES = ['created', 'scoring', 'ready', 'conversation', 'completed'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** Size limits, shared by forms, API validation and the database checks. */
export const LIMITS = {
  name: 120,
  dossierCode: 40,
  shortText: 200,
  contextText: 2000,
  rationale: 20000,
  naReason: 2000,
  note: 20000,
  action: 1000,
  role: 60,
} as const;

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const idSchema = id;

/** A UTF-16 surrogate half without its partner: SQLite would store it as U+FFFD, silently changing the text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text without control characters other than tab and newlines (nor broken characters), so it is stored exactly. */
export const cleanText = (max: number) =>
  z
    .string()
    .max(max, { message: 'too_long' })
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s) && !LONE_SURROGATE.test(s), {
      message: 'control_chars',
    });

/**
 * Characters that show nothing by themselves: white space; format characters (zero-width space and joiners, soft
 * hyphen, word joiner, bidi controls, byte order mark, tags); every other default-ignorable code point (variation
 * selectors, Hangul fillers, …); control characters; combining marks, which have no base of their own; and the blank
 * Braille pattern (U+2800), a symbol that is drawn as nothing.
 */
const SHOWS_SOMETHING = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cs}\p{M}\u2800]/u;

/** True when the text has at least one character that shows on screen. */
export const hasVisibleCharacter = (s: string): boolean => SHOWS_SOMETHING.test(s);

/**
 * Required text: trimmed at both ends (nothing else is removed), and at least one visible character, so a name,
 * reason or action made only of spaces or invisible characters is refused. Used by every required text field.
 */
export const requiredText = (max: number) =>
  cleanText(max)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'required' })
    .refine((s) => s.length === 0 || hasVisibleCharacter(s), { message: 'no_visible_text' });
const requiredLine = (max: number) => requiredText(max).refine((s) => !/[\r\n]/.test(s), { message: 'single_line' });
const optionalLine = (max: number) =>
  cleanText(max)
    .transform((s) => s.trim())
    .refine((s) => !/[\r\n]/.test(s), { message: 'single_line' })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
const year = z.number().int().min(1990).max(2100);

export const personInput = z
  .object({
    name: requiredLine(LIMITS.name),
    role: z.enum(PERSON_ROLES),
  })
  .strict();
export type PersonInput = z.input<typeof personInput>;

/**
 * A pseudonymous dossier code: letters (of any alphabet, accents included: "OCJ-Brussel-ëï-0042"), digits, spaces
 * and . _ / -, starting with a letter or digit, never a child's or parent's name. Requiring at least one digit makes
 * it hard to type a plain name by mistake. The code is stored in Unicode's composed form (NFC), so an "ë" typed as
 * "e" plus a combining diaeresis is the same code as a precomposed "ë".
 */
export const dossierCodeSchema = requiredLine(LIMITS.dossierCode)
  .transform((s) => s.normalize('NFC'))
  .refine((s) => /^[\p{L}\d][\p{L}\p{M}\d ._/-]*$/u.test(s), { message: 'dossier_code_chars' })
  .refine((s) => /\d/.test(s), { message: 'dossier_code_digit' });

/** A case file's fields without the rule across them (the correction adds its id to these). */
export const caseFileFields = z
  .object({
    dossierCode: dossierCodeSchema,
    service: z.enum(SERVICES),
    region: optionalLine(LIMITS.shortText),
    mainTheme: z.enum(MAIN_THEMES).nullable().optional(),
    referralYear: year.nullable().optional(),
    closureYear: year.nullable().optional(),
    sofsExperienceYears: z.number().int().min(0).max(60).nullable().optional(),
    peopleInvolved: optionalLine(LIMITS.contextText),
    minorAges: optionalLine(LIMITS.shortText),
    complicatingFactors: optionalLine(LIMITS.contextText),
    /** The team the dossier belongs to, beside service and region (the breadth dashboard's scope). */
    team: optionalLine(TEAM_MAX),
  })
  .strict();

/** A case file is not closed before it was referred. */
export const closureAfterReferral = (c: { referralYear?: number | null; closureYear?: number | null }) =>
  c.closureYear == null || c.referralYear == null || c.closureYear >= c.referralYear;
export const closureIssue = { message: 'closure_before_referral', path: ['closureYear'] };

export const caseFileInput = caseFileFields.refine(closureAfterReferral, closureIssue);
export type CaseFileInput = z.input<typeof caseFileInput>;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format' })
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'date_invalid',
    },
  );

/**
 * The second participant's role in one audit, chosen when the audit is made: one of the known roles (stored by its
 * key, translated wherever it is shown) or another role typed in (stored and shown as typed). The consultant's role
 * is always "consulent". Typed text that spells a known role (any case, with or without accents) becomes its key.
 */
export const KNOWN_PARTNER_ROLES = ['teamverantwoordelijke', 'groepscoordinator', 'co-consulent'] as const;
export type KnownPartnerRole = (typeof KNOWN_PARTNER_ROLES)[number];
export const DEFAULT_PARTNER_ROLE: KnownPartnerRole = 'teamverantwoordelijke';
const plainLetters = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
export const knownPartnerRole = (role: string): KnownPartnerRole | undefined =>
  KNOWN_PARTNER_ROLES.find((k) => k === plainLetters(role));
export const partnerRoleSchema = requiredLine(LIMITS.role).transform((s) => knownPartnerRole(s) ?? s);

export const auditInput = z
  .object({
    caseFileId: id,
    consultantId: id,
    reviewerId: id,
    auditDate: isoDate.optional(),
    reviewerRole: partnerRoleSchema.optional(),
    /** The matrix to score with (ADR 0016); without it, the default matrix for new audits. */
    templateId: id.optional(),
  })
  .strict()
  .refine((a) => a.consultantId !== a.reviewerId, { message: 'same_person', path: ['reviewerId'] });
export type AuditInput = z.input<typeof auditInput>;

export interface Person {
  id: number;
  name: string;
  role: PersonRole;
  createdAt: string;
}

export interface CaseFile {
  id: number;
  dossierCode: string;
  service: Service;
  region: string | null;
  mainTheme: MainTheme | null;
  referralYear: number | null;
  closureYear: number | null;
  sofsExperienceYears: number | null;
  peopleInvolved: string | null;
  minorAges: string | null;
  complicatingFactors: string | null;
  team: string | null;
  createdAt: string;
}

export interface TemplateRef {
  id: number;
  slug: string;
  version: number;
  name: { nl: string; en: string };
}

/** A matrix as listed to choose from (ADR 0016): retired ones stay readable but are not offered for new audits. */
export interface TemplateListing extends TemplateRef {
  retired: boolean;
  /** The default matrix for new audits (exactly one in the list). */
  isDefault: boolean;
}

/** What anyone may see of an audit at any time: never a rater's answers. */
export interface AuditSummary {
  id: number;
  caseFile: Pick<CaseFile, 'id' | 'dossierCode' | 'service'>;
  consultant: Pick<Person, 'id' | 'name' | 'role'>;
  reviewer: Pick<Person, 'id' | 'name' | 'role'>;
  template: TemplateRef;
  status: AuditStatus;
  auditDate: string;
  consultantSubmitted: boolean;
  reviewerSubmitted: boolean;
  createdAt: string;
  updatedAt: string;
  /** The second participant's role in this audit: a KNOWN_PARTNER_ROLES key or a role as typed. */
  reviewerRole: string;
  /** When a completed audit was put in the archive (out of the default list; ADR 0012); null when it is not. */
  archivedAt: string | null;
}

export interface AuditDetail extends AuditSummary {
  caseFileDetail: CaseFile;
}
