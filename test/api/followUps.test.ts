/**
 * Follow-up of action points after an audit was completed (issue 15): recorded beside the signed record, newest
 * first per action; refused with a clear code before completion, for an unknown action or a note that is too long;
 * and recording changes nothing of the signed record: not a byte of the audit's own rows, not its fingerprint,
 * not its PDF.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { readSignedRecord } from '../../db/repositories/signedRecord';
import type { ActionFollowUp, FollowUpRecord } from '../../shared/domain/followUp';
import { FOLLOW_UP_NOTE_MAX } from '../../shared/domain/followUp';
import type { Revealed } from '../../shared/domain/conversation';
import { reportModelFor, reportPdfFor } from '../../scripts/reportNode';
import { dumpDatabase } from '../support/dbDump';
import { fail, ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';

let dir = '';
let backend: Backend;
let auditId = 0;
let actionIds: number[] = [];
const call = (op: string, args: unknown) => backend.dispatch(op, args);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-followups-'));
  backend = openQuietBackend(path.join(dir, 'casusaudit.sqlite'));
  auditId = seedCompletedAuditDemo(backend.db, { now: () => new Date('2026-03-19T10:00:00Z') }).auditId;
  actionIds = ok<Revealed>(call('getRevealed', { auditId })).actions.map((a) => a.id);
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table but the follow-ups themselves. */
const everythingButFollowUps = () =>
  JSON.stringify(
    (JSON.parse(dumpDatabase(backend.db)) as [string, unknown][]).filter(([t]) => t !== 'action_followups'),
  );

describe('recording a follow-up', () => {
  it('appends records per action, newest first, the newest being the current state', () => {
    expect(actionIds.length).toBeGreaterThanOrEqual(2);
    const [first, second] = actionIds as [number, number];
    const before = ok<ActionFollowUp[]>(call('listFollowUps', { auditId }));
    expect(before.map((f) => [f.actionId, f.current, f.history.length])).toEqual(actionIds.map((id) => [id, null, 0]));

    const a = ok<FollowUpRecord>(
      call('recordFollowUp', { actionId: first, state: 'open', note: '  Gepland in mei.  ' }),
    );
    expect(a).toMatchObject({ actionId: first, state: 'open', note: 'Gepland in mei.' });
    ok(call('recordFollowUp', { actionId: first, state: 'done', note: 'Netwerkberaad ging door op 12 mei.' }));
    ok(call('recordFollowUp', { actionId: second, state: 'dropped', note: '' }));

    const after = ok<ActionFollowUp[]>(call('listFollowUps', { auditId }));
    const one = after.find((f) => f.actionId === first)!;
    expect(one.current).toBe('done');
    expect(one.history.map((h) => h.state)).toEqual(['done', 'open']);
    expect(one.history[0]!.note).toBe('Netwerkberaad ging door op 12 mei.');
    expect(after.find((f) => f.actionId === second)!.current).toBe('dropped');
  });

  it('refuses an unknown action, an invalid state and a note that is too long, and stores nothing', () => {
    expect(fail(call('recordFollowUp', { actionId: 999_999, state: 'done', note: '' }))).toMatchObject({
      code: 'not_found',
      params: { entity: 'action', id: 999_999 },
    });
    const tooLong = fail(
      call('recordFollowUp', { actionId: actionIds[0], state: 'done', note: 'x'.repeat(FOLLOW_UP_NOTE_MAX + 1) }),
    );
    expect(tooLong.code).toBe('invalid_arguments');
    expect(tooLong.issues).toContainEqual({ path: 'note', message: 'too_long' });
    expect(fail(call('recordFollowUp', { actionId: actionIds[0], state: 'finished', note: '' })).code).toBe(
      'invalid_arguments',
    );
    ok(call('recordFollowUp', { actionId: actionIds[0], state: 'done', note: 'x'.repeat(FOLLOW_UP_NOTE_MAX) }));
    expect(backend.db.prepare('SELECT count(*) FROM action_followups').pluck().get()).toBe(1);
  });

  it('is refused for an audit that is not completed, also after a reopening, and the trigger refuses it too', () => {
    const concept = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-CONCEPT-1', signOff: false }).auditId;
    const conceptAction = ok<Revealed>(call('getRevealed', { auditId: concept })).actions[0]!.id;
    expect(fail(call('recordFollowUp', { actionId: conceptAction, state: 'done', note: '' })).code).toBe(
      'follow_up_not_completed',
    );
    ok(call('recordFollowUp', { actionId: actionIds[0], state: 'done', note: 'Gedaan.' }));
    ok(call('reopenAudit', { auditId, byName: 'Koen De Wachter (demo)', reason: 'Een score rechtzetten.' }));
    expect(fail(call('recordFollowUp', { actionId: actionIds[0], state: 'open', note: '' })).code).toBe(
      'follow_up_not_completed',
    );
    // What was noted before the reopening stays in the history.
    expect(ok<ActionFollowUp[]>(call('listFollowUps', { auditId }))[0]!.current).toBe('done');
    const raw = backend.db.prepare(
      "INSERT INTO action_followups (action_id, audit_id, state, recorded_at) VALUES (?, ?, 'done', 'x')",
    );
    expect(() => raw.run(conceptAction, concept)).toThrow('follow_up_not_completed');
  });

  it('keeps the history append-only', () => {
    ok(call('recordFollowUp', { actionId: actionIds[0], state: 'open', note: 'Eerste versie.' }));
    expect(() => backend.db.prepare("UPDATE action_followups SET note = 'anders'").run()).toThrow(
      'follow_up_append_only',
    );
  });
});

describe('the signed record after recording follow-ups', { timeout: 60_000 }, () => {
  it('stays byte-identical: every row of the audit, the signed record, the fingerprint and the PDF', () => {
    const printedAt = new Date('2026-04-01T08:00:00Z');
    const rows = everythingButFollowUps();
    const signed = JSON.stringify(readSignedRecord(backend.db));
    const fingerprint = reportModelFor(backend.db, auditId, 'nl').fingerprint;
    const pdf = Buffer.from(reportPdfFor(backend.db, auditId, { locale: 'nl', printedAt }));

    ok(call('recordFollowUp', { actionId: actionIds[0], state: 'done', note: 'Netwerkberaad ging door.' }));
    ok(call('recordFollowUp', { actionId: actionIds[1], state: 'dropped', note: 'Mama verhuisde; niet meer nodig.' }));

    expect(backend.db.prepare('SELECT count(*) FROM action_followups').pluck().get()).toBe(2);
    expect(everythingButFollowUps()).toBe(rows);
    expect(JSON.stringify(readSignedRecord(backend.db))).toBe(signed);
    expect(reportModelFor(backend.db, auditId, 'nl').fingerprint).toBe(fingerprint);
    const pdfAfter = Buffer.from(reportPdfFor(backend.db, auditId, { locale: 'nl', printedAt }));
    expect(pdfAfter.equals(pdf)).toBe(true);
    expect(pdfAfter.includes(Buffer.from('Mama verhuisde'))).toBe(false);
  });
});
