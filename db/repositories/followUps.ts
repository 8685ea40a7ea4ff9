/** SQL for the follow-up of action points (migration 12): append-only rows beside the signed record. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { FollowUpRecord, FollowUpState } from '../../shared/domain/followUp';

interface FollowUpRow {
  id: number;
  action_id: number;
  state: FollowUpState;
  note: string;
  recorded_at: string;
}
const toRecord = (r: FollowUpRow): FollowUpRecord => ({
  id: r.id,
  actionId: r.action_id,
  state: r.state,
  note: r.note,
  recordedAt: r.recorded_at,
});

export function followUpsRepository(db: Database) {
  const insert = db.prepare<[number, number, FollowUpState, string, string]>(
    'INSERT INTO action_followups (action_id, audit_id, state, note, recorded_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], FollowUpRow>(
    'SELECT id, action_id, state, note, recorded_at FROM action_followups WHERE id = ?',
  );
  // Newest first: by id, since rows are only ever appended (recorded_at can tie within one millisecond).
  const ofAudit = db.prepare<[number], FollowUpRow>(
    'SELECT id, action_id, state, note, recorded_at FROM action_followups WHERE audit_id = ? ORDER BY action_id, id DESC',
  );
  return {
    /** Appends one record; the trigger refuses it unless the action's audit is completed and not being erased. */
    record: (actionId: number, auditId: number, state: FollowUpState, note: string, at: string): FollowUpRecord => {
      const id = Number(insert.run(actionId, auditId, state, note, at).lastInsertRowid);
      return toRecord(byId.get(id)!);
    },
    /** Every record of the audit's actions, per action newest first. */
    ofAudit: (auditId: number): FollowUpRecord[] => ofAudit.all(auditId).map(toRecord),
  };
}
