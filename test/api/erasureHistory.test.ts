/**
 * An erasure reaches the restore history: the history keeps that a restore happened and that an audit went back,
 * but no longer the erased case file's code or names, in the data file and in the backups purged afterwards. The
 * history stays append-only for every other write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { ErasureResult, ErasureTarget, PurgeResult } from '../../shared/domain/erasure';
import type { AuditDetail } from '../../shared/domain/model';
import type { BackupInfo, RestoreHistoryEntry } from '../../shared/domain/storage';
import { ok } from '../support/results';
import { createTestAudit } from '../support/testAudit';

const MARKER = 'QzHistoryMarker4417';
let backend: Backend;
let dir = '';
let file = '';
let auditId = 0;

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const bytesHold = (p: string) => fs.readFileSync(p).includes(Buffer.from(MARKER));
const fileHolds = () => bytesHold(file) || (fs.existsSync(`${file}-wal`) && bytesHold(`${file}-wal`));
const history = () => ok<RestoreHistoryEntry[]>(call('listRestoreHistory', {}));
const backupPath = (id: string) => path.join(dir, 'backups', id);

beforeEach(() => {
  ({ backend, dir, file, auditId } = createTestAudit('erasure-history', 'KEEP-2026-1'));
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A marked case file and audit that went away with one restore and came back with the next. */
function markedAuditThroughTwoRestores(): { caseFileId: number } {
  const before = ok<BackupInfo>(call('createBackup', {}));
  const a = ok<AuditDetail>(call('getAudit', { id: auditId }));
  const cf = ok<{ id: number }>(call('createCaseFile', { dossierCode: `${MARKER}-7`, service: 'SDJ' }));
  ok(call('createAudit', { caseFileId: cf.id, consultantId: a.consultant.id, reviewerId: a.reviewer.id }));
  ok(call('restoreBackup', { id: before.id }));
  const withIt = history()[0]!.safetyBackupId!;
  ok(call('restoreBackup', { id: withIt }));
  return { caseFileId: cf.id };
}

it('takes the erased case file’s code out of the restore history, in the data file and in purged backups', () => {
  const { caseFileId } = markedAuditThroughTwoRestores();
  expect(history().map((e) => e.summary.audits.map((c) => c.dossierCode))).toEqual([[`${MARKER}-7`], [`${MARKER}-7`]]);

  const { erased } = ok<ErasureResult>(call('eraseCaseFile', { id: caseFileId }));
  expect(fileHolds()).toBe(false);
  const after = history();
  expect(after).toHaveLength(2);
  for (const e of after) expect(e.summary.audits).toEqual([expect.objectContaining({ dossierCode: '', erased: true })]);

  // Both pre-restore copies still name it (one holds the audit, the other only its history entry) until purged.
  const holding = ok<BackupInfo[]>(call('listBackupsHolding', { target: erased })).map((b) => b.id);
  const preRestore = after.map((e) => e.safetyBackupId!);
  expect(holding).toEqual(expect.arrayContaining(preRestore));
  ok<PurgeResult>(call('purgeBackups', { target: erased, ids: holding, how: 'purge' }));
  for (const b of ok<BackupInfo[]>(call('listBackups', {}))) expect(bytesHold(backupPath(b.id)), b.id).toBe(false);
  expect(ok<BackupInfo[]>(call('listBackupsHolding', { target: erased }))).toEqual([]);
});

it('erasing one audit takes out that audit’s entry only; the history refuses any other change', () => {
  const { caseFileId } = markedAuditThroughTwoRestores();
  const target: ErasureTarget = ok<ErasureResult>(call('eraseAudit', { auditId })).erased;
  expect(target.audits).toEqual([expect.objectContaining({ id: auditId, dossierCode: 'KEEP-2026-1' })]);
  // The restores never touched the first audit, so nothing of the marked one was taken out.
  expect(history().flatMap((e) => e.summary.audits.map((c) => c.dossierCode))).toEqual([`${MARKER}-7`, `${MARKER}-7`]);
  for (const sql of [
    'UPDATE restore_history SET summary = \'{"comparable":true,"audits":[]}\'',
    "UPDATE restore_history SET redacted_at = '2020-01-01T00:00:00.000Z'",
    'DELETE FROM restore_history',
  ])
    expect(() => backend.db.exec(sql), sql).toThrow(/restore_history_append_only/);
  ok(call('eraseCaseFile', { id: caseFileId }));
  expect(history().flatMap((e) => e.summary.audits.map((c) => c.dossierCode))).toEqual(['', '']);
});
