/**
 * The team on the case file (created, corrected, cleared, refused when too long or on two lines), and erasing a
 * case file takes its safety-plan steps along, also out of the backups that held them.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { ErasureResult } from '../../shared/domain/erasure';
import type { AuditDetail, CaseFile } from '../../shared/domain/model';
import type { BackupInfo } from '../../shared/domain/storage';
import { fail, ok } from '../support/results';
import { createTestAudit } from '../support/testAudit';

let backend: Backend;
let dir = '';
let auditId = 0;
const call = (op: string, args: unknown) => backend.dispatch(op, args);

beforeEach(() => {
  ({ backend, dir, auditId } = createTestAudit('breadth-case-file', 'TEAM-2026-1'));
});
afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('keeps a team on a case file, corrects and clears it like the region', () => {
  const cf = ok<CaseFile>(
    call('createCaseFile', { dossierCode: 'TEAM-2026-2', service: 'SDJ', team: '  Team Noord ' }),
  );
  expect(cf.team).toBe('Team Noord');
  expect(ok<CaseFile>(call('getCaseFile', { id: cf.id })).team).toBe('Team Noord');
  const a = ok<AuditDetail>(call('getAudit', { id: auditId }));
  const corrected = ok<CaseFile>(
    call('correctCaseFile', { id: a.caseFile.id, dossierCode: 'TEAM-2026-1', service: 'OCJ', team: 'Zuid' }),
  );
  expect(corrected.team).toBe('Zuid');
  expect(ok<AuditDetail>(call('getAudit', { id: auditId })).caseFileDetail.team).toBe('Zuid');
  const cleared = ok<CaseFile>(
    call('correctCaseFile', { id: a.caseFile.id, dossierCode: 'TEAM-2026-1', service: 'OCJ', team: '' }),
  );
  expect(cleared.team).toBeNull();
  expect(fail(call('createCaseFile', { dossierCode: 'TEAM-2026-3', service: 'OCJ', team: 'x'.repeat(81) })).code).toBe(
    'invalid_arguments',
  );
  expect(fail(call('createCaseFile', { dossierCode: 'TEAM-2026-3', service: 'OCJ', team: 'a\nb' })).code).toBe(
    'invalid_arguments',
  );
  expect(
    ok<CaseFile>(call('createCaseFile', { dossierCode: 'TEAM-2026-3', service: 'OCJ', team: 'x'.repeat(80) })).team,
  ).toHaveLength(80);
});

it('erases the steps with their case file, also from a backup that held them', () => {
  const cf = ok<CaseFile>(call('createCaseFile', { dossierCode: 'WEG-2026-1', service: 'OCJ' }));
  ok(call('setCaseFileStep', { caseFileId: cf.id, step: 'network_meetings', state: 'done', happenedOn: '2024-02-02' }));
  ok(call('setCaseFileStep', { caseFileId: cf.id, step: 'final_safety_plan', state: 'not_yet', happenedOn: null }));
  const stepsIn = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT count(*) AS n FROM safety_plan_steps WHERE case_file_id = ?').get(cf.id) as {
        n: number;
      };
    } finally {
      db.close();
    }
  };
  const backup = ok<BackupInfo>(call('createBackup', {}));
  const backupFile = path.join(dir, 'backups', backup.id);
  expect(stepsIn(backupFile).n).toBe(2);

  const target = ok<ErasureResult>(call('eraseCaseFile', { id: cf.id })).erased;
  expect(fail(call('getCaseFileSteps', { caseFileId: cf.id })).code).toBe('not_found');
  expect(stepsIn(path.join(dir, 'casusaudit.sqlite')).n).toBe(0);
  expect(ok<BackupInfo[]>(call('listBackupsHolding', { target })).map((b) => b.id)).toEqual([backup.id]);
  ok(call('purgeBackups', { target, ids: [backup.id], how: 'purge' }));
  expect(stepsIn(backupFile).n).toBe(0);
});
