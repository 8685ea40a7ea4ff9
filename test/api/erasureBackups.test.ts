/**
 * After an erasure, the backups that still hold what was erased (automatic, manual, pre-migration, pre-restore), and
 * taking it out of them: purged backups no longer hold a byte of the erased text and still open and restore; removed
 * backups are gone.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../db/backup';
import type { Backend } from '../../db/backend';
import type { ErasureResult, PurgeResult } from '../../shared/domain/erasure';
import type { AuditDetail, AuditSummary } from '../../shared/domain/model';
import type { BackupInfo } from '../../shared/domain/storage';
import { fail, ok } from '../support/results';
import { createTestAudit, openQuietBackend } from '../support/testAudit';
import { newDataKey } from '../../db/keys';
import { isPlain } from '../support/keyed';

const MARKER = 'QzBackupMarker9021';
let backend: Backend;
let dir = '';
let file = '';
let auditId = 0;

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const backupPath = (id: string) => path.join(dir, 'backups', id);
const holds = (id: string) => fs.readFileSync(backupPath(id)).includes(Buffer.from(MARKER));

beforeEach(() => {
  ({ backend, dir, file, auditId } = createTestAudit('erasure-backups', 'KEEP-2026-1'));
  const a = ok<AuditDetail>(call('getAudit', { id: auditId }));
  // A second audit, on its own case file, whose text holds the marker: the one erased.
  const cf = ok<{ id: number }>(call('createCaseFile', { dossierCode: `${MARKER}-7`, service: 'SDJ', region: MARKER }));
  const gone = ok<AuditDetail>(
    call('createAudit', { caseFileId: cf.id, consultantId: a.consultant.id, reviewerId: a.reviewer.id }),
  );
  ok(call('setSeatCode', { auditId: gone.id, rater: 'reviewer', code: `x-${MARKER}` }));
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const eraseTheMarkedCaseFile = () => {
  const cf = ok<{ id: number; dossierCode: string }[]>(call('listCaseFiles', {})).find((c) =>
    c.dossierCode.startsWith(MARKER),
  )!;
  return ok<ErasureResult>(call('eraseCaseFile', { id: cf.id })).erased;
};

it('lists the backups that still hold the erased case file, and purges it from them', () => {
  const first = ok<BackupInfo>(call('createBackup', {}));
  const second = ok<BackupInfo>(call('createBackup', {}));
  expect(holds(first.id)).toBe(true);
  const target = eraseTheMarkedCaseFile();
  // A backup made after the erasure does not hold it.
  const after = ok<BackupInfo>(call('createBackup', {}));
  const holding = ok<BackupInfo[]>(call('listBackupsHolding', { target }));
  expect(holding.map((b) => b.id).sort()).toEqual([first.id, second.id].sort());

  const purged = ok<PurgeResult>(call('purgeBackups', { target, ids: [first.id], how: 'purge' }));
  expect(purged.purged.map((b) => b.id)).toEqual([first.id]);
  expect(holds(first.id)).toBe(false);
  expect(inspectDatabaseFile(backupPath(first.id))).toMatchObject({ ok: true });
  expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.includes('.partial-'))).toEqual([]);
  // Everything else is still in the purged backup: restoring it brings back the audit that was not erased.
  ok(call('restoreBackup', { id: first.id }));
  expect(ok<AuditSummary[]>(call('listAudits', {})).map((a) => a.id)).toEqual([auditId]);

  const removed = ok<PurgeResult>(call('purgeBackups', { target, ids: [second.id], how: 'remove' }));
  expect(removed.removed).toEqual([second.id]);
  expect(fs.existsSync(backupPath(second.id))).toBe(false);
  expect(ok<BackupInfo[]>(call('listBackupsHolding', { target }))).toEqual([]);
  expect(holds(after.id)).toBe(false);
});

it('finds the erased audit in a pre-migration copy and a pre-restore copy, and purges both', () => {
  const made = ok<BackupInfo>(call('createBackup', {}));
  ok(call('restoreBackup', { id: made.id }));
  const preRestore = ok<BackupInfo[]>(call('listBackups', {})).find((b) => b.kind === 'pre-restore')!;
  // A copy with a pre-migration copy's name (the older schema itself is the next test's).
  backend.close();
  const preMigration = path.join(dir, 'backups', path.basename(made.id).replace('-manual', '-pre-migration-v7'));
  fs.copyFileSync(backupPath(made.id), preMigration);
  backend = openQuietBackend(file);
  const ids = ok<BackupInfo[]>(call('listBackups', {})).map((b) => b.id);
  expect(ids).toContain(path.basename(preMigration));

  const target = eraseTheMarkedCaseFile();
  const holding = ok<BackupInfo[]>(call('listBackupsHolding', { target })).map((b) => b.id);
  expect(holding).toEqual(expect.arrayContaining([made.id, preRestore.id, path.basename(preMigration)]));
  ok<PurgeResult>(call('purgeBackups', { target, ids: holding, how: 'purge' }));
  for (const id of holding) expect(holds(id), id).toBe(false);
  expect(ok<BackupInfo[]>(call('listBackupsHolding', { target }))).toEqual([]);
});

it('purges a completed audit from a copy at an older schema, whose triggers know no erasure', () => {
  const v3 = path.join(import.meta.dirname, '..', 'fixtures', 'db', 'v3.sqlite');
  const id = path.basename(ok<BackupInfo>(call('createBackup', {})).id).replace('-manual', '-pre-migration-v3');
  fs.copyFileSync(v3, backupPath(id));
  const db = new Database(v3, { readonly: true });
  const signed = db
    .prepare(
      "SELECT a.id, a.created_at AS createdAt, c.id AS cf FROM audits a JOIN case_files c ON c.id = a.case_file_id WHERE c.dossier_code = 'FIX-OCJ-2024-017'",
    )
    .get() as { id: number; createdAt: string; cf: number };
  db.close();
  const target = {
    kind: 'case_file',
    audits: [{ id: signed.id, createdAt: signed.createdAt }],
    caseFile: { id: signed.cf, dossierCode: 'FIX-OCJ-2024-017' },
    person: null,
  };
  expect(ok<BackupInfo[]>(call('listBackupsHolding', { target })).map((b) => b.id)).toEqual([id]);
  expect(fs.readFileSync(backupPath(id)).includes(Buffer.from('FIX-OCJ-2024-017'))).toBe(true);
  ok(call('purgeBackups', { target, ids: [id], how: 'purge' }));
  expect(fs.readFileSync(backupPath(id)).includes(Buffer.from('FIX-OCJ-2024-017'))).toBe(false);
  expect(inspectDatabaseFile(backupPath(id))).toEqual({ ok: true, version: 3 });
  // Its triggers are back as they were.
  const after = new Database(backupPath(id));
  expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").pluck().get()).toBeGreaterThan(10);
  expect(() => after.prepare("UPDATE templates SET slug = 'x'").run()).toThrow('template_immutable');
  expect(after.prepare('SELECT count(*) FROM audits').pluck().get()).toBe(3);
  after.close();
});

it('refuses a backup name that is not one of this file’s backups', () => {
  const target = eraseTheMarkedCaseFile();
  expect(fail(call('purgeBackups', { target, ids: ['../casusaudit.sqlite'], how: 'remove' })).code).toBe(
    'invalid_arguments',
  );
  expect(fs.existsSync(file)).toBe(true);
});

it('purges an encrypted backup into an encrypted one (ADR 0014)', () => {
  const t = createTestAudit('erasure-backups-enc', 'KEEP-2026-2', newDataKey());
  try {
    const c = (op: string, args: unknown) => t.backend.dispatch(op, args);
    const cf = ok<{ id: number }>(c('createCaseFile', { dossierCode: `${MARKER}-8`, service: 'SDJ', region: MARKER }));
    const b = ok<BackupInfo>(c('createBackup', {}));
    const target = ok<ErasureResult>(c('eraseCaseFile', { id: cf.id })).erased;
    expect(ok<BackupInfo[]>(c('listBackupsHolding', { target })).map((x) => x.id)).toEqual([b.id]);
    ok(c('purgeBackups', { target, ids: [b.id], how: 'purge' }));
    expect(ok<BackupInfo[]>(c('listBackupsHolding', { target }))).toEqual([]);
    const purged = path.join(t.dir, 'backups', b.id);
    expect(isPlain(purged)).toBe(false);
    expect(inspectDatabaseFile(purged)).toMatchObject({ ok: true });
    expect(fs.readdirSync(path.join(t.dir, 'backups')).filter((n) => n.includes('.partial-'))).toEqual([]);
  } finally {
    t.backend.close();
  }
});
