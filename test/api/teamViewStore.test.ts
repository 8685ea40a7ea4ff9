/**
 * The backend's summary of completed audits behind the team view (db/api/teamViewStore.ts) follows every change
 * that matters: a follow-up recorded, an audit reopened and completed again with another agreed score, an audit
 * erased, a case file's team corrected. And its counts equal the same counts made by SQL over the same rows.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../support/results';
import { buildTeamViewAudits } from '../support/teamViewBulk';
import { openTeamViewTest, type TeamViewTest } from '../support/teamViewTest';

let t: TeamViewTest;
beforeEach(() => {
  t = openTeamViewTest('team-view-store');
});
afterEach(() => t.close());

const B = 'basishouding';
const call = (op: string, args: unknown) => ok(t.backend.dispatch(op, args));

describe('the summary follows changes', () => {
  it('sees a follow-up recorded after the first look', () => {
    const ids = Array.from({ length: 5 }, () => t.audit({ actions: [[]] }));
    expect(t.view().actions.byState).toEqual({ open: 5, done: 0, dropped: 0 });
    const action = t.backend.db.prepare('SELECT id FROM actions WHERE audit_id = ?').pluck().get(ids[2]) as number;
    t.backend.db
      .prepare("INSERT INTO action_followups (action_id, audit_id, state, recorded_at) VALUES (?, ?, 'done', 'x')")
      .run(action, ids[2]);
    expect(t.view().actions.byState).toEqual({ open: 4, done: 1, dropped: 0 });
  });

  it('sees a change written through another connection to the file (its data_version)', () => {
    const ids = Array.from({ length: 5 }, () => t.audit({ actions: [[]] }));
    expect(t.view().actions.byState.open).toBe(5);
    const other = new Database(t.file);
    try {
      const action = other.prepare('SELECT id FROM actions WHERE audit_id = ?').pluck().get(ids[0]) as number;
      other
        .prepare("INSERT INTO action_followups (action_id, audit_id, state, recorded_at) VALUES (?, ?, 'dropped', 'x')")
        .run(action, ids[0]);
    } finally {
      other.close();
    }
    expect(t.view().actions.byState).toEqual({ open: 4, done: 0, dropped: 1 });
  });

  it('drops a reopened audit and takes it back with what was agreed when it is completed again', () => {
    const ids = Array.from({ length: 6 }, () => t.audit({ agreed: { [B]: 4 } }));
    expect(t.view().principles[0]!.overall).toMatchObject({ audits: 6, max: 4 });
    call('reopenAudit', { auditId: ids[0], byName: 'Teamleider', reason: 'Score aanpassen' });
    expect(t.view()).toMatchObject({ audits: 5 });
    call('saveAgreedScore', { auditId: ids[0], principleKey: B, score: 9 });
    for (const rater of ['consultant', 'reviewer'] as const) call('signOff', { auditId: ids[0], rater, name: 'X' });
    expect(t.view().principles[0]!.overall).toMatchObject({ audits: 6, max: 9 });
  });

  it('forgets an erased audit and follows a corrected team', () => {
    const ids = Array.from({ length: 6 }, () => t.audit({ caseFile: { service: 'OCJ', team: 'Team Noord' } }));
    expect(t.view({ team: 'team noord' }).audits).toBe(6);
    call('eraseAudit', { auditId: ids[5], confirmCompleted: true });
    expect(t.view({ team: 'team noord' }).audits).toBe(5);
    const cf = t.backend.db.prepare('SELECT case_file_id FROM audits WHERE id = ?').pluck().get(ids[0]);
    t.backend.db.prepare("UPDATE case_files SET team = 'Team Zuid' WHERE id = ?").run(cf);
    expect(t.view({ team: 'team noord' }).audits).toBe(4);
    expect(t.view({ team: 'Team Zuid' }).audits).toBe(1);
    expect(ok(t.backend.dispatch('getTeamViewOptions', {}))).toMatchObject({ teams: ['Team Noord', 'Team Zuid'] });
  });
});

describe('the same counts as SQL', () => {
  it('gives each question the pairs and agreement of a GROUP BY over the same ratings', () => {
    buildTeamViewAudits(t.backend.db, 300, t.templateId, t.content, 3);
    const scope = { from: '2021-03-01', to: '2021-09-30', region: 'Gent' };
    const view = t.view(scope);
    const rows = t.backend.db
      .prepare(
        `SELECT c.item_key AS item, c.score AS c, r.score AS r, count(*) AS n
         FROM audits a JOIN case_files cf ON cf.id = a.case_file_id
         JOIN ratings c ON c.audit_id = a.id AND c.rater = 'consultant'
         JOIN ratings r ON r.audit_id = a.id AND r.rater = 'reviewer' AND r.item_key = c.item_key
         WHERE a.status = 'completed' AND a.audit_date BETWEEN ? AND ? AND cf.region = ?
           AND c.score IS NOT NULL AND r.score IS NOT NULL
         GROUP BY 1, 2, 3`,
      )
      .all(scope.from, scope.to, scope.region) as { item: string; c: number; r: number; n: number }[];
    expect(view.audits).toBeGreaterThan(40);
    for (const q of view.questions) {
      const cells = rows.filter((x) => x.item === q.key);
      const pairs = cells.reduce((s, x) => s + x.n, 0);
      const exact = cells.filter((x) => x.c === x.r).reduce((s, x) => s + x.n, 0);
      const diff = cells.reduce((s, x) => s + Math.abs(x.c - x.r) * x.n, 0);
      expect([q.key, q.pairs, q.exact, q.meanAbsDiff]).toEqual([q.key, pairs, exact / pairs, diff / pairs]);
    }
    const agreed = t.backend.db
      .prepare(
        `SELECT count(*) FROM audits a JOIN case_files cf ON cf.id = a.case_file_id
         JOIN agreed_scores g ON g.audit_id = a.id AND g.principle_key = ? AND g.score IS NOT NULL
         WHERE a.status = 'completed' AND a.audit_date BETWEEN ? AND ? AND cf.region = ?`,
      )
      .pluck()
      .get(B, scope.from, scope.to, scope.region);
    expect(view.principles[0]!.agreed).toBe(agreed);
    expect(view.principles[0]!.overall.audits).toBe(view.audits);
  });
});
