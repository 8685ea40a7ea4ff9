/**
 * SQL for the team view ("Leren over tijd", issue 15): what the backend's summary of each completed audit is built
 * from (db/api/teamViewStore.ts). Only completed audits that are not being erased are read. No query here returns a
 * person's id or name for an audit: the audits are described by their case file's service, region and team, their
 * date and their matrix version. (People's names are read once, as a list, to keep them out of the strengths.)
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { FollowUpState } from '../../shared/domain/followUp';
import type { Service } from '../../shared/domain/model';

export interface CompletedAuditRow {
  id: number;
  templateId: number;
  date: string;
  /** Changes whenever the audit's content may have changed: completed again, reopened, or a reused id. */
  version: string;
  service: Service;
  region: string | null;
  team: string | null;
}

const COMPLETED = "a.status = 'completed' AND a.erasing = 0";
/** Audits by id from a JSON array, for loading a batch. */
const IN_BATCH = 'IN (SELECT value FROM json_each(?))';

export function teamViewRepository(db: Database) {
  // SQLite's own counters: rows changed through this connection (triggers included), and commits by any other.
  const stamp = db
    .prepare<[], string>("SELECT total_changes() || '/' || (SELECT data_version FROM pragma_data_version)")
    .pluck();
  const completed = db.prepare<[], CompletedAuditRow>(
    `SELECT a.id, a.template_id AS templateId, a.audit_date AS date, cf.service, cf.region, cf.team,
       a.completed_at || '/' || a.case_file_id || '/' || (SELECT count(*) FROM reopenings r WHERE r.audit_id = a.id)
       AS version
     FROM audits a JOIN case_files cf ON cf.id = a.case_file_id WHERE ${COMPLETED}`,
  );
  // As rows [audit id, 1 for the reviewer (0 for the consultant), item key, score]: hundreds of thousands at once.
  const ratings = db.prepare<[string], [number, 0 | 1, string, number]>(
    `SELECT audit_id, rater = 'reviewer', item_key, score FROM ratings
     WHERE audit_id ${IN_BATCH} AND score IS NOT NULL`,
  );
  const agreed = db.prepare<[string], { id: number; principle: string; score: number }>(
    `SELECT audit_id AS id, principle_key AS principle, score FROM agreed_scores
     WHERE audit_id ${IN_BATCH} AND score IS NOT NULL`,
  );
  const strengths = db.prepare<[string], { id: number; text: string }>(
    `SELECT audit_id AS id, text FROM notes WHERE audit_id ${IN_BATCH} AND col = 'strengths' AND text <> ''`,
  );
  // Each action point by its newest follow-up ('open' when none was recorded).
  const actions = db.prepare<[string], { id: number; state: FollowUpState; n: number }>(
    `SELECT x.audit_id AS id, coalesce((SELECT f.state FROM action_followups f WHERE f.action_id = x.id
       ORDER BY f.id DESC LIMIT 1), 'open') AS state, count(*) AS n
     FROM actions x WHERE x.audit_id ${IN_BATCH} GROUP BY x.audit_id, state`,
  );
  const lastFollowUp = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM action_followups').pluck();
  const followedUpSince = db
    .prepare<[number], number>('SELECT DISTINCT audit_id FROM action_followups WHERE id > ?')
    .pluck();
  const templates = db.prepare<[], { id: number; slug: string; version: number }>(
    'SELECT id, slug, version FROM templates ORDER BY slug, version DESC',
  );
  const names = db.prepare<[], string>('SELECT name FROM people').pluck();
  const batch = (ids: readonly number[]) => JSON.stringify(ids);
  return {
    /** Changes whenever anything was written (here or by another connection); equal stamps mean nothing changed. */
    stamp: (): string => stamp.get() ?? '',
    completed: () => completed.all(),
    ratings: (ids: readonly number[]) => ratings.raw().all(batch(ids)) as unknown as [number, 0 | 1, string, number][],
    agreed: (ids: readonly number[]) => agreed.all(batch(ids)),
    strengths: (ids: readonly number[]) => strengths.all(batch(ids)),
    actions: (ids: readonly number[]) => actions.all(batch(ids)),
    lastFollowUp: (): number => lastFollowUp.get() ?? 0,
    followedUpSince: (id: number) => followedUpSince.all(id),
    templates: () => templates.all(),
    personNames: () => names.all(),
  };
}
