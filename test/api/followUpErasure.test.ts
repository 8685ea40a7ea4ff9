/**
 * Erasing an audit takes its follow-ups along (they carry `audit_id`), in the data file and, on request, in the
 * backups that still hold them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import type { Revealed } from '../../shared/domain/conversation';
import type { ErasureResult, PurgeResult } from '../../shared/domain/erasure';
import type { BackupInfo } from '../../shared/domain/storage';
import { ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';

const MARKER = 'QzFollowUpMarker4417';
let dir = '';
let backend: Backend;
let erasedId = 0;
let keptId = 0;
const call = (op: string, args: unknown) => backend.dispatch(op, args);
const backupPath = (id: string) => path.join(dir, 'backups', id);
const followUpsOf = (db: Database.Database, auditId: number) =>
  db.prepare('SELECT count(*) FROM action_followups WHERE audit_id = ?').pluck().get(auditId);

const noteOn = (auditId: number, note: string) => {
  const actionId = ok<Revealed>(call('getRevealed', { auditId })).actions[0]!.id;
  ok(call('recordFollowUp', { actionId, state: 'done', note }));
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-followup-erasure-'));
  backend = openQuietBackend(path.join(dir, 'casusaudit.sqlite'));
  erasedId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-WEG-1' }).auditId;
  keptId = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-BLIJFT-1' }).auditId;
  noteOn(erasedId, `Opvolging ${MARKER}`);
  noteOn(keptId, 'Opvolging van de audit die blijft.');
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('erases the follow-ups of an erased audit and keeps those of another', () => {
  ok(call('eraseAudit', { auditId: erasedId, confirmCompleted: true }));
  expect(followUpsOf(backend.db, erasedId)).toBe(0);
  expect(followUpsOf(backend.db, keptId)).toBe(1);
  expect(fs.readFileSync(path.join(dir, 'casusaudit.sqlite')).includes(Buffer.from(MARKER))).toBe(false);
});

it('finds the follow-ups in a backup made before the erasure and purges them from it', () => {
  const made = ok<BackupInfo>(call('createBackup', {}));
  expect(fs.readFileSync(backupPath(made.id)).includes(Buffer.from(MARKER))).toBe(true);
  const { erased } = ok<ErasureResult>(call('eraseAudit', { auditId: erasedId, confirmCompleted: true }));
  expect(ok<BackupInfo[]>(call('listBackupsHolding', { target: erased })).map((b) => b.id)).toEqual([made.id]);

  const purged = ok<PurgeResult>(call('purgeBackups', { target: erased, ids: [made.id], how: 'purge' }));
  expect(purged.purged.map((b) => b.id)).toEqual([made.id]);
  expect(fs.readFileSync(backupPath(made.id)).includes(Buffer.from(MARKER))).toBe(false);
  const copy = new Database(backupPath(made.id), { readonly: true });
  try {
    expect(followUpsOf(copy, erasedId)).toBe(0);
    expect(followUpsOf(copy, keptId)).toBe(1);
  } finally {
    copy.close();
  }
});
