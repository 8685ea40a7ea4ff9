/**
 * Backups from before encryption (issue 13 item 4, ADR 0014): a plain data file with plain backups of every kind
 * (pre-migration, manual, automatic, pre-restore) is opened with a key, so the data file is encrypted and the
 * backups are not. The list says which are plain; "encrypt" encrypts each in place under its own name (the marker
 * is then in no byte of any backup, and each opens with the key with the same rows); "remove" removes them. Restore
 * works from a plain backup and from a re-encrypted one, and the restored file is encrypted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDataKey, type DataKey } from '../../db/keys';
import type { BackupInfo, PlainBackupsResult, RestorePreview, StartupState } from '../../shared/domain/storage';
import { dumpDatabase } from '../support/dbDump';
import { isPlain, openKeyed } from '../support/keyed';
import { fillWithMarker } from '../support/markerAudit';
import { fail, ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';
import type { TemplateContent } from '../../shared/domain/template';
import type { Backend } from '../../db/backend';

const MARKER = 'ZqxPlainBackupMarker5150';
const holds = (file: string) => fs.readFileSync(file).includes(Buffer.from(MARKER, 'utf8'));

/** Every row of a backup, opened read-only as it is (plain, or with the key). */
function dumpOf(file: string, key: DataKey): string {
  const db = openKeyed(file, isPlain(file) ? null : key, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    return dumpDatabase(db);
  } finally {
    db.close();
  }
}

const restoreArgs = (b: Backend, id: string) => {
  const preview = ok<RestorePreview>(b.dispatch('previewRestore', { id }));
  return { id, ...(preview.confirmation ? { confirmation: preview.confirmation } : {}) };
};

/** An older plain data file (the v2 fixture, migrated), a marker in every field, and plain backups of every kind. */
async function plainFileWithPlainBackups(): Promise<{ file: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-plain-backups-'));
  const file = path.join(dir, 'casusaudit.sqlite');
  fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'db', 'v2.sqlite'), file);
  const b = openQuietBackend(file, null); // no key: plain, as before this version
  const call = (op: string, args: unknown) => b.dispatch(op, args);
  const c = ok<{ id: number }>(call('createPerson', { name: 'Charlotte Consulent', role: 'consulent' }));
  const r = ok<{ id: number }>(call('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' }));
  const f = ok<{ id: number }>(call('createCaseFile', { dossierCode: 'PLAIN-2026-7', service: 'OCJ' }));
  const a = ok<{ id: number; template: { id: number } }>(
    call('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id }),
  );
  const content = ok<{ content: TemplateContent }>(call('getTemplate', { id: a.template.id })).content;
  fillWithMarker(call, a.id, content, MARKER);
  const manual = ok<BackupInfo>(call('createBackup', {}));
  expect(await b.backupNow()).not.toBeNull();
  ok(call('restoreBackup', restoreArgs(b, manual.id))); // leaves a pre-restore backup
  b.close();
  return { file, dir };
}

const kinds = (list: BackupInfo[]) => list.map((x) => x.kind).sort();

describe('plain backups from before encryption', () => {
  it('are listed as plain, then encrypted in place under their names with the same rows', async () => {
    const { file } = await plainFileWithPlainBackups();
    const key = newDataKey();
    const b = openQuietBackend(file, key);
    expect(isPlain(file)).toBe(false);
    const listed = ok<BackupInfo[]>(b.dispatch('listBackups', {}));
    expect(kinds(listed)).toEqual(['auto', 'manual', 'pre-migration', 'pre-restore']);
    expect(listed.map((x) => x.encrypted)).toEqual([false, false, false, false]);
    expect(ok(b.dispatch('getBackupEncryption', {}))).toEqual({ dataFileEncrypted: true, plainBackups: 4 });
    const files = listed.map((x) => path.join(b.backupsDir, x.id));
    expect(files.filter(holds).length).toBeGreaterThanOrEqual(3); // the search can fail
    const before = files.map((f) => dumpOf(f, key));

    expect(ok<PlainBackupsResult>(b.dispatch('encryptPlainBackups', {}))).toEqual({ done: 4, failed: [] });
    for (const [i, f] of files.entries()) {
      expect(isPlain(f), f).toBe(false);
      expect(holds(f), f).toBe(false);
      expect(dumpOf(f, key), f).toBe(before[i]);
    }
    const after = ok<BackupInfo[]>(b.dispatch('listBackups', {}));
    expect(after.map((x) => x.id)).toEqual(listed.map((x) => x.id));
    expect(after.map((x) => x.encrypted)).toEqual([true, true, true, true]);
    expect(ok(b.dispatch('getBackupEncryption', {}))).toEqual({ dataFileEncrypted: true, plainBackups: 0 });
    expect(ok<StartupState>(b.dispatch('getStartupState', {})).newestGoodBackup?.id).toBe(listed[0]!.id);
    expect(fs.readdirSync(b.backupsDir).filter((n) => n.includes('.partial-'))).toEqual([]);
    // A second time finds nothing to do.
    expect(ok(b.dispatch('encryptPlainBackups', {}))).toEqual({ done: 0, failed: [] });
    b.close();
  });

  it('restore works from a plain backup and from a re-encrypted one; the data file stays encrypted', async () => {
    const { file } = await plainFileWithPlainBackups();
    const key = newDataKey();
    const b = openQuietBackend(file, key);
    const people = () => b.dispatch('listPeople', {});
    const manual = ok<BackupInfo[]>(b.dispatch('listBackups', {})).find((x) => x.kind === 'manual')!;
    ok(b.dispatch('createPerson', { name: 'Na de back-up', role: 'consulent' }));
    const restored = ok(b.dispatch('restoreBackup', restoreArgs(b, manual.id)));
    expect(restored).toMatchObject({ restored: { id: manual.id } });
    expect(isPlain(file)).toBe(false);
    expect(holds(file)).toBe(false);
    expect(JSON.stringify(ok(people()))).toContain(MARKER);
    expect(JSON.stringify(ok(people()))).not.toContain('Na de back-up');

    ok(b.dispatch('encryptPlainBackups', {}));
    ok(b.dispatch('createPerson', { name: 'Weer later', role: 'consulent' }));
    ok(b.dispatch('restoreBackup', restoreArgs(b, manual.id)));
    expect(isPlain(file)).toBe(false);
    expect(JSON.stringify(ok(people()))).toContain(MARKER);
    expect(JSON.stringify(ok(people()))).not.toContain('Weer later');
    b.close();
  });

  it('are removed after asking; the encrypted ones stay', async () => {
    const { file } = await plainFileWithPlainBackups();
    const b = openQuietBackend(file, newDataKey());
    const encrypted = ok<BackupInfo>(b.dispatch('createBackup', {}));
    const plain = ok<BackupInfo[]>(b.dispatch('listBackups', {})).filter((x) => x.encrypted === false);
    expect(plain).toHaveLength(4);
    expect(ok(b.dispatch('removePlainBackups', {}))).toEqual({ done: 4, failed: [] });
    for (const x of plain) expect(fs.existsSync(path.join(b.backupsDir, x.id))).toBe(false);
    expect(ok<BackupInfo[]>(b.dispatch('listBackups', {})).map((x) => x.id)).toEqual([encrypted.id]);
    expect(ok(b.dispatch('getBackupEncryption', {}))).toEqual({ dataFileEncrypted: true, plainBackups: 0 });
    b.close();
  });

  it('are left alone while the data file itself is plain, and in recovery mode', async () => {
    const { file } = await plainFileWithPlainBackups();
    const plain = openQuietBackend(file, null);
    expect(ok(plain.dispatch('getBackupEncryption', {}))).toEqual({ dataFileEncrypted: false, plainBackups: 0 });
    expect(fail(plain.dispatch('encryptPlainBackups', {})).code).toBe('database_not_encrypted');
    expect(fail(plain.dispatch('removePlainBackups', {})).code).toBe('database_not_encrypted');
    plain.close();
    const key = newDataKey();
    openQuietBackend(file, key).close(); // encrypted now
    const wrong = openQuietBackend(file, newDataKey());
    expect(wrong.mode).toBe('recovery');
    const names = fs.readdirSync(wrong.backupsDir);
    const bytes = names.map((n) => fs.readFileSync(path.join(wrong.backupsDir, n)));
    for (const op of ['getBackupEncryption', 'encryptPlainBackups', 'removePlainBackups'])
      expect(fail(wrong.dispatch(op, {})).code).toBe('database_key_wrong');
    expect(fs.readdirSync(wrong.backupsDir)).toEqual(names);
    names.forEach((n, i) => expect(fs.readFileSync(path.join(wrong.backupsDir, n)).equals(bytes[i]!)).toBe(true));
    wrong.close();
  });
});
