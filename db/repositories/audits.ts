/** Audits and their status; never returns a rater's answers. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AuditStatus, AuditSummary, Rater } from '../../shared/domain/model';

interface Row {
  id: number;
  case_file_id: number;
  template_id: number;
  consultant_id: number;
  reviewer_id: number;
  status: AuditStatus;
  audit_date: string;
  consultant_submitted_at: string | null;
  reviewer_submitted_at: string | null;
  revealed_at: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  reviewer_role: string;
  dossier_code: string;
  service: 'OCJ' | 'SDJ';
  c_name: string;
  c_role: string;
  r_name: string;
  r_role: string;
  t_slug: string;
  t_version: number;
  t_name_nl: string;
  t_name_en: string;
  archived_at: string | null;
}

const SELECT = `SELECT a.*, cf.dossier_code, cf.service, c.name AS c_name, c.role AS c_role,
  r.name AS r_name, r.role AS r_role, t.slug AS t_slug, t.version AS t_version,
  json_extract(t.content, '$.name.nl') AS t_name_nl, json_extract(t.content, '$.name.en') AS t_name_en,
  (SELECT archived_at FROM audit_retention WHERE audit_id = a.id) AS archived_at
  FROM audits a JOIN case_files cf ON cf.id = a.case_file_id JOIN people c ON c.id = a.consultant_id
  JOIN people r ON r.id = a.reviewer_id JOIN templates t ON t.id = a.template_id`;

const toSummary = (r: Row): AuditSummary => ({
  id: r.id,
  caseFile: { id: r.case_file_id, dossierCode: r.dossier_code, service: r.service },
  consultant: { id: r.consultant_id, name: r.c_name, role: r.c_role as AuditSummary['consultant']['role'] },
  reviewer: { id: r.reviewer_id, name: r.r_name, role: r.r_role as AuditSummary['reviewer']['role'] },
  template: { id: r.template_id, slug: r.t_slug, version: r.t_version, name: { nl: r.t_name_nl, en: r.t_name_en } },
  status: r.status,
  auditDate: r.audit_date,
  consultantSubmitted: r.consultant_submitted_at !== null,
  reviewerSubmitted: r.reviewer_submitted_at !== null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  reviewerRole: r.reviewer_role,
  archivedAt: r.archived_at,
});

export interface AuditState {
  id: number;
  templateId: number;
  status: AuditStatus;
  consultantId: number;
  reviewerId: number;
  submitted: Record<Rater, boolean>;
  revealedAt: string | null;
}

export function auditsRepository(db: Database) {
  const list = db.prepare<[], Row>(`${SELECT} ORDER BY a.audit_date DESC, a.created_at DESC, a.id DESC`);
  const get = db.prepare<[number], Row>(`${SELECT} WHERE a.id = ?`);
  const state = db.prepare<[number], Row>('SELECT * FROM audits WHERE id = ?');
  const insert = db.prepare(`INSERT INTO audits (case_file_id, template_id, consultant_id, reviewer_id, status,
    audit_date, created_at, updated_at, reviewer_role) VALUES (?, ?, ?, ?, 'created', ?, ?, ?, ?)`);
  const setStatus = db.prepare('UPDATE audits SET status = ?, updated_at = ? WHERE id = ?');
  const submit = {
    consultant: db.prepare('UPDATE audits SET consultant_submitted_at = ?, updated_at = ? WHERE id = ?'),
    reviewer: db.prepare('UPDATE audits SET reviewer_submitted_at = ?, updated_at = ? WHERE id = ?'),
  };
  // Neither of these moves updated_at: a rater's first answer or reopened submission must not show in the audit's
  // timestamps, which both raters see (docs/decisions/0002-blind-scoring.md).
  const beginScoring = db.prepare("UPDATE audits SET status = 'scoring' WHERE id = ? AND status = 'created'");
  const withdraw = {
    consultant: db.prepare('UPDATE audits SET consultant_submitted_at = NULL WHERE id = ?'),
    reviewer: db.prepare('UPDATE audits SET reviewer_submitted_at = NULL WHERE id = ?'),
  };
  const reveal = db.prepare("UPDATE audits SET status = 'conversation', revealed_at = ?, updated_at = ? WHERE id = ?");
  const complete = db.prepare("UPDATE audits SET status = 'completed', completed_at = ?, updated_at = ? WHERE id = ?");
  const touch = db.prepare("UPDATE audits SET updated_at = ? WHERE id = ? AND status <> 'completed'");
  return {
    list: (): AuditSummary[] => list.all().map(toSummary),
    get: (id: number): AuditSummary | undefined => {
      const r = get.get(id);
      return r ? toSummary(r) : undefined;
    },
    state: (id: number): AuditState | undefined => {
      const r = state.get(id);
      return r
        ? {
            id: r.id,
            templateId: r.template_id,
            status: r.status,
            consultantId: r.consultant_id,
            reviewerId: r.reviewer_id,
            submitted: { consultant: r.consultant_submitted_at !== null, reviewer: r.reviewer_submitted_at !== null },
            revealedAt: r.revealed_at,
          }
        : undefined;
    },
    create: (
      a: {
        caseFileId: number;
        templateId: number;
        consultantId: number;
        reviewerId: number;
        auditDate: string;
        reviewerRole: string;
      },
      now: string,
    ) =>
      Number(
        insert.run(a.caseFileId, a.templateId, a.consultantId, a.reviewerId, a.auditDate, now, now, a.reviewerRole)
          .lastInsertRowid,
      ),
    setStatus: (id: number, status: AuditStatus, now: string) => setStatus.run(status, now, id),
    setSubmitted: (id: number, rater: Rater, at: string | null, now: string) => submit[rater].run(at, now, id),
    /** created → scoring, leaving updated_at as it was. */
    beginScoring: (id: number) => beginScoring.run(id),
    /** Takes back a rater's submission, leaving updated_at as it was. */
    withdrawSubmission: (id: number, rater: Rater) => withdraw[rater].run(id),
    reveal: (id: number, now: string) => reveal.run(now, now, id),
    complete: (id: number, now: string) => complete.run(now, now, id),
    touch: (id: number, now: string) => touch.run(now, id),
  };
}
