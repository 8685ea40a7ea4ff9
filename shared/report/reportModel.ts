/**
 * The printed summary's content, arranged for reading: from an audit, its matrix and what was revealed and
 * said. Pure: no dates of printing, no I/O. The PDF renderer only lays this out.
 */
import type { AuditDetail, AuditStatus, MainTheme, Rater, Service } from '../domain/model';
import { AUDIT_SCOPE, NOTE_COLUMNS, type NoteColumn, type Revealed } from '../domain/conversation';
import type { Rating } from '../domain/scoring';
import { pick, type Locale, type TemplateContent, type TemplateItem } from '../domain/template';
import { fingerprintOf } from './fingerprint';

export interface ReportRating {
  score: number | null;
  notApplicable: boolean;
  naReason: string;
  rationale: string;
}

export interface ReportItem {
  key: string;
  /** "2.3": principle number and item number, as in the matrix. */
  number: string;
  title: string;
  question: string;
  scale: { min: number; max: number };
  ratings: Record<Rater, ReportRating>;
  /** Distance between the two scores when both gave one; never a verdict on who is right. */
  difference: number | null;
}

export interface ReportPrinciple {
  key: string;
  number: number;
  title: string;
  /** Mean of the scored items per rater (not-applicable and open items left out); null when none scored. */
  means: Record<Rater, number | null>;
  difference: number | null;
  agreed: number | null;
  notes: Record<NoteColumn, string>;
  items: ReportItem[];
}

export interface ReportPerson {
  name: string;
  /** The participant's role in this audit: "consulent", a known role's key or a role as typed (shared/i18n/roles.ts). */
  role: string;
}

export interface ReportModel {
  locale: Locale;
  /** First 12 hex of SHA-256 over the audit's content (not the print date, not the language). */
  fingerprint: string;
  auditId: number;
  status: AuditStatus;
  /** True once both signed off: until then the printout is a concept. */
  final: boolean;
  caseFile: {
    dossierCode: string;
    service: Service;
    region: string | null;
    mainTheme: MainTheme | null;
  };
  auditDate: string;
  people: Record<Rater, ReportPerson>;
  matrix: { slug: string; version: number; name: string };
  scale: { min: number; max: number };
  principles: ReportPrinciple[];
  overall: ReportItem;
  summary: Record<NoteColumn, string>;
  actions: { what: string; who: string; due: string | null }[];
  signOffs: Record<Rater, { name: string; signedAt: string } | null>;
  reopenings: { reopenedAt: string; byName: string; reason: string }[];
}

export interface ReportInput {
  audit: AuditDetail;
  template: TemplateContent;
  revealed: Revealed;
  locale: Locale;
}

const RATER_LIST: Rater[] = ['consultant', 'reviewer'];
const emptyRating: ReportRating = { score: null, notApplicable: false, naReason: '', rationale: '' };

const toReportRating = (r: Rating | undefined): ReportRating =>
  r
    ? {
        score: r.notApplicable ? null : r.score,
        notApplicable: r.notApplicable,
        naReason: r.naReason.trim(),
        rationale: r.rationale.trim(),
      }
    : emptyRating;

const distance = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.abs(a - b);

const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);

function mean(values: (number | null)[]): number | null {
  const given = values.filter((v): v is number => v !== null);
  if (given.length === 0) return null;
  // Rounded to one decimal here so the chart, the table and the difference all show the same numbers.
  return round1(given.reduce((s, v) => s + v, 0) / given.length);
}

/**
 * The content the fingerprint covers: everything printed that belongs to the audit itself, in a fixed
 * shape. Timestamps of edits, the print date and the language are left out on purpose.
 */
export function fingerprintContent(audit: AuditDetail, revealed: Revealed) {
  const byKey = <T extends { itemKey: string }>(xs: T[]) => [...xs].sort((a, b) => (a.itemKey < b.itemKey ? -1 : 1));
  return {
    audit: {
      id: audit.id,
      dossierCode: audit.caseFile.dossierCode,
      service: audit.caseFile.service,
      region: audit.caseFileDetail.region,
      mainTheme: audit.caseFileDetail.mainTheme,
      auditDate: audit.auditDate,
      consultant: { name: audit.consultant.name, role: audit.consultant.role },
      reviewer: { name: audit.reviewer.name, role: audit.reviewer.role },
      template: { slug: audit.template.slug, version: audit.template.version },
      reviewerRole: audit.reviewerRole,
    },
    ratings: Object.fromEntries(
      RATER_LIST.map((rater) => [
        rater,
        byKey(revealed.ratings[rater]).map((r) => ({
          itemKey: r.itemKey,
          score: r.score,
          notApplicable: r.notApplicable,
          naReason: r.naReason,
          rationale: r.rationale,
        })),
      ]),
    ),
    notes: revealed.notes
      .filter((n) => n.text.trim() !== '')
      .map((n) => ({ scope: n.scope, column: n.column, text: n.text }))
      .sort((a, b) => (a.scope + a.column < b.scope + b.column ? -1 : 1)),
    agreedScores: revealed.agreedScores
      .map((a) => ({ principleKey: a.principleKey, score: a.score }))
      .sort((a, b) => (a.principleKey < b.principleKey ? -1 : 1)),
    actions: [...revealed.actions].sort((a, b) => a.id - b.id).map((a) => ({ what: a.what, who: a.who, due: a.due })),
    signOffs: revealed.signOffs
      .map((s) => ({ rater: s.rater, name: s.name, signedAt: s.signedAt }))
      .sort((a, b) => (a.rater < b.rater ? -1 : 1)),
  };
}

export function buildReportModel({ audit, template, revealed, locale }: ReportInput): ReportModel {
  const ratingFor = (rater: Rater) => new Map(revealed.ratings[rater].map((r) => [r.itemKey, r]));
  const given = { consultant: ratingFor('consultant'), reviewer: ratingFor('reviewer') };
  const noteText = (scope: string, column: NoteColumn) =>
    revealed.notes.find((n) => n.scope === scope && n.column === column)?.text.trim() ?? '';
  const notesFor = (scope: string) =>
    Object.fromEntries(NOTE_COLUMNS.map((c) => [c, noteText(scope, c)])) as Record<NoteColumn, string>;

  const toItem = (item: TemplateItem, number: string): ReportItem => {
    const ratings = {
      consultant: toReportRating(given.consultant.get(item.key)),
      reviewer: toReportRating(given.reviewer.get(item.key)),
    };
    return {
      key: item.key,
      number,
      title: pick(item.title, locale),
      question: pick(item.question, locale),
      scale: { min: item.scale.min, max: item.scale.max },
      ratings,
      difference: distance(ratings.consultant.score, ratings.reviewer.score),
    };
  };

  const principles = template.principles.map((p, pi): ReportPrinciple => {
    const items = p.items.map((item, ii) => toItem(item, `${pi + 1}.${ii + 1}`));
    const means = {
      consultant: mean(items.map((i) => i.ratings.consultant.score)),
      reviewer: mean(items.map((i) => i.ratings.reviewer.score)),
    };
    return {
      key: p.key,
      number: pi + 1,
      title: pick(p.title, locale),
      means,
      difference: round1(distance(means.consultant, means.reviewer)),
      agreed: revealed.agreedScores.find((a) => a.principleKey === p.key)?.score ?? null,
      notes: notesFor(p.key),
      items,
    };
  });

  const signOff = (rater: Rater) => {
    const s = revealed.signOffs.find((x) => x.rater === rater);
    return s ? { name: s.name, signedAt: s.signedAt } : null;
  };
  const first = template.principles[0]?.items[0]?.scale ?? template.overall.scale;

  return {
    locale,
    fingerprint: fingerprintOf(fingerprintContent(audit, revealed)),
    auditId: audit.id,
    status: audit.status,
    final: audit.status === 'completed' && revealed.signOffs.length >= 2,
    caseFile: {
      dossierCode: audit.caseFile.dossierCode,
      service: audit.caseFile.service,
      region: audit.caseFileDetail.region,
      mainTheme: audit.caseFileDetail.mainTheme,
    },
    auditDate: audit.auditDate,
    people: {
      consultant: { name: audit.consultant.name, role: 'consulent' },
      reviewer: { name: audit.reviewer.name, role: audit.reviewerRole },
    },
    matrix: { slug: template.slug, version: template.version, name: pick(template.name, locale) },
    scale: { min: first.min, max: first.max },
    principles,
    overall: toItem(template.overall, String(template.principles.length + 1)),
    summary: notesFor(AUDIT_SCOPE),
    actions: [...revealed.actions].sort((a, b) => a.id - b.id).map((a) => ({ what: a.what, who: a.who, due: a.due })),
    signOffs: { consultant: signOff('consultant'), reviewer: signOff('reviewer') },
    reopenings: revealed.reopenings.map((r) => ({ reopenedAt: r.reopenedAt, byName: r.byName, reason: r.reason })),
  };
}
