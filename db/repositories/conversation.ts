/** The conversation after the reveal: notes in three columns, agreed scores, action points, sign-offs, reopenings. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Rater } from '../../shared/domain/model';
import type { ActionPoint, AgreedScore, Note, NoteColumn, Reopening, SignOff } from '../../shared/domain/conversation';

interface ActionRow {
  id: number;
  audit_id: number;
  what: string;
  who: string;
  due: string | null;
  created_at: string;
}
const toAction = (r: ActionRow): ActionPoint => ({
  id: r.id,
  what: r.what,
  who: r.who,
  due: r.due,
  createdAt: r.created_at,
});

export function conversationRepository(db: Database) {
  const notes = db.prepare<[number], { scope: string; col: NoteColumn; text: string; updated_at: string }>(
    'SELECT scope, col, text, updated_at FROM notes WHERE audit_id = ? ORDER BY scope, col',
  );
  const upsertNote = db.prepare(`INSERT INTO notes (audit_id, scope, col, text, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (audit_id, scope, col) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`);
  const agreed = db.prepare<[number], { principle_key: string; score: number | null }>(
    'SELECT principle_key, score FROM agreed_scores WHERE audit_id = ? ORDER BY principle_key',
  );
  const upsertAgreed =
    db.prepare(`INSERT INTO agreed_scores (audit_id, principle_key, score, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (audit_id, principle_key) DO UPDATE SET score = excluded.score, updated_at = excluded.updated_at`);
  const actions = db.prepare<[number], ActionRow>('SELECT * FROM actions WHERE audit_id = ? ORDER BY id');
  const action = db.prepare<[number], ActionRow>('SELECT * FROM actions WHERE id = ?');
  const insertAction = db.prepare(
    'INSERT INTO actions (audit_id, what, who, due, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateAction = db.prepare('UPDATE actions SET what = ?, who = ?, due = ?, updated_at = ? WHERE id = ?');
  const deleteAction = db.prepare('DELETE FROM actions WHERE id = ?');
  const signOffs = db.prepare<[number], { rater: Rater; name: string; signed_at: string }>(
    'SELECT rater, name, signed_at FROM sign_offs WHERE audit_id = ? ORDER BY signed_at, rater',
  );
  const insertSignOff = db.prepare(
    'INSERT OR REPLACE INTO sign_offs (audit_id, rater, name, signed_at) VALUES (?, ?, ?, ?)',
  );
  const clearSignOffs = db.prepare('DELETE FROM sign_offs WHERE audit_id = ?');
  const reopenings = db.prepare<[number], { by_name: string; reason: string; reopened_at: string }>(
    'SELECT by_name, reason, reopened_at FROM reopenings WHERE audit_id = ? ORDER BY id',
  );
  const insertReopening = db.prepare(
    'INSERT INTO reopenings (audit_id, by_name, reason, signed_snapshot, reopened_at) VALUES (?, ?, ?, ?, ?)',
  );
  return {
    notes: (auditId: number): Note[] =>
      notes.all(auditId).map((r) => ({ scope: r.scope, column: r.col, text: r.text, updatedAt: r.updated_at })),
    saveNote: (auditId: number, scope: string, column: NoteColumn, text: string, now: string) =>
      upsertNote.run(auditId, scope, column, text, now),
    agreedScores: (auditId: number): AgreedScore[] =>
      agreed.all(auditId).map((r) => ({ principleKey: r.principle_key, score: r.score })),
    saveAgreedScore: (auditId: number, principleKey: string, score: number | null, now: string) =>
      upsertAgreed.run(auditId, principleKey, score, now),
    actions: (auditId: number): ActionPoint[] => actions.all(auditId).map(toAction),
    action: (id: number): (ActionPoint & { auditId: number }) | undefined => {
      const r = action.get(id);
      return r ? { ...toAction(r), auditId: r.audit_id } : undefined;
    },
    addAction: (auditId: number, a: { what: string; who: string; due: string | null }, now: string): ActionPoint => {
      const id = Number(insertAction.run(auditId, a.what, a.who, a.due, now, now).lastInsertRowid);
      return { id, ...a, createdAt: now };
    },
    updateAction: (id: number, a: { what: string; who: string; due: string | null }, now: string) =>
      updateAction.run(a.what, a.who, a.due, now, id),
    deleteAction: (id: number) => deleteAction.run(id),
    signOffs: (auditId: number): SignOff[] =>
      signOffs.all(auditId).map((r) => ({ rater: r.rater, name: r.name, signedAt: r.signed_at })),
    signOff: (auditId: number, rater: Rater, name: string, now: string) => insertSignOff.run(auditId, rater, name, now),
    clearSignOffs: (auditId: number) => clearSignOffs.run(auditId),
    reopenings: (auditId: number): Reopening[] =>
      reopenings.all(auditId).map((r) => ({ byName: r.by_name, reason: r.reason, reopenedAt: r.reopened_at })),
    recordReopening: (auditId: number, byName: string, reason: string, snapshot: unknown, now: string) =>
      insertReopening.run(auditId, byName, reason, JSON.stringify(snapshot), now),
  };
}
