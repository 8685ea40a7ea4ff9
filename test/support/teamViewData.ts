/**
 * Completed audits written straight into a data file with prepared INSERTs (the schema's triggers run as they
 * would for the app: answers while scoring, the conversation while in conversation, status set to completed last,
 * follow-ups after that). For the team view's tests (small hand-made sets) and its benchmark (10,000 audits, see
 * `buildTeamViewAudits`); far faster than going through the handlers, and reusable by other benches.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { FollowUpState } from '../../shared/domain/followUp';
import type { Service } from '../../shared/domain/model';

/** One rater's answer: a score, or null for N/A. */
export type Answer = number | null;

export interface CompletedAuditSpec {
  date: string;
  templateId: number;
  consultantId: number;
  reviewerId: number;
  /** An existing case file's id, or the fields of a new one. */
  caseFile: number | { service: Service; region?: string | null; team?: string | null };
  /** Per item key: [consultant, reviewer]; an item left out was not answered by either. */
  ratings: Record<string, [Answer, Answer]>;
  /** Per principle key: the agreed score (null: a row without a score). */
  agreed?: Record<string, number | null>;
  /** Per scope ('audit' or a principle key): the text in the strengths column. */
  strengths?: Record<string, string>;
  /** One entry per action point: its follow-ups in order (empty: none recorded). */
  actions?: FollowUpState[][];
  /** 'conversation' leaves the audit unsigned (not completed). */
  status?: 'completed' | 'conversation';
}

const T = '2026-01-01T00:00:00.000Z';

export function teamViewWriter(db: Database) {
  let codes = (db.prepare('SELECT count(*) FROM case_files').pluck().get() as number) + 1;
  const person = db.prepare('INSERT INTO people (name, role, created_at) VALUES (?, ?, ?)');
  const caseFile = db.prepare(
    'INSERT INTO case_files (dossier_code, service, region, team, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const audit = db.prepare(`INSERT INTO audits (case_file_id, template_id, consultant_id, reviewer_id, status,
    audit_date, created_at, updated_at) VALUES (?, ?, ?, ?, 'scoring', ?, ?, ?)`);
  const rating = db.prepare(`INSERT INTO ratings (audit_id, rater, item_key, score, not_applicable, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const reveal = db.prepare(`UPDATE audits SET status = 'conversation', consultant_submitted_at = ?,
    reviewer_submitted_at = ?, revealed_at = ?, updated_at = ? WHERE id = ?`);
  const note = db.prepare(
    "INSERT INTO notes (audit_id, scope, col, text, updated_at) VALUES (?, ?, 'strengths', ?, ?)",
  );
  const agreed = db.prepare(
    'INSERT INTO agreed_scores (audit_id, principle_key, score, updated_at) VALUES (?, ?, ?, ?)',
  );
  const action = db.prepare(
    "INSERT INTO actions (audit_id, what, who, due, created_at, updated_at) VALUES (?, ?, '', NULL, ?, ?)",
  );
  const signOff = db.prepare('INSERT INTO sign_offs (audit_id, rater, name, signed_at) VALUES (?, ?, ?, ?)');
  const complete = db.prepare("UPDATE audits SET status = 'completed', completed_at = ?, updated_at = ? WHERE id = ?");
  const followUp = db.prepare(
    "INSERT INTO action_followups (action_id, audit_id, state, note, recorded_at) VALUES (?, ?, ?, '', ?)",
  );

  const write = (s: CompletedAuditSpec): number => {
    const cf =
      typeof s.caseFile === 'number'
        ? s.caseFile
        : Number(
            caseFile.run(`TV-${codes++}`, s.caseFile.service, s.caseFile.region ?? null, s.caseFile.team ?? null, T)
              .lastInsertRowid,
          );
    const id = Number(audit.run(cf, s.templateId, s.consultantId, s.reviewerId, s.date, T, T).lastInsertRowid);
    for (const [key, [c, r]] of Object.entries(s.ratings)) {
      rating.run(id, 'consultant', key, c, c === null ? 1 : 0, T);
      rating.run(id, 'reviewer', key, r, r === null ? 1 : 0, T);
    }
    reveal.run(T, T, T, T, id);
    for (const [scope, text] of Object.entries(s.strengths ?? {})) note.run(id, scope, text, T);
    for (const [key, score] of Object.entries(s.agreed ?? {})) agreed.run(id, key, score, T);
    const actionIds = (s.actions ?? []).map((_, n) => Number(action.run(id, `Actie ${n + 1}`, T, T).lastInsertRowid));
    if (s.status === 'conversation') return id;
    signOff.run(id, 'consultant', 'Ondertekend', T);
    signOff.run(id, 'reviewer', 'Ondertekend', T);
    complete.run(T, T, id);
    (s.actions ?? []).forEach((states, n) => states.forEach((st) => followUp.run(actionIds[n], id, st, T)));
    return id;
  };

  return {
    person: (name: string, role = 'consulent') => Number(person.run(name, role, T).lastInsertRowid),
    write,
  };
}
