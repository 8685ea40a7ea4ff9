/**
 * The backups folder (issue 10, finding 8): half-written copies and the journals beside them are removed at start,
 * a linked backups folder (or backup file) is never followed, and backups of different data files that share a
 * folder are kept apart (list, restore, pruning, the recovery screen's offer).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { backupOwnerFor } from '../../db/backupFiles';
import { BACKUP_ID_PATTERN } from '../../shared/domain/storage';
import { fail, ok } from '../support/results';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-backupfiles-'));
function open(file: string, keep = 20): Backend {
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep }, log: () => {} });
  opened.push(b);
  return b;
}
const ids = (b: Backend) => ok<{ id: string }[]>(b.dispatch('listBackups', {})).map((x) => x.id);

/** A process id that belonged to a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('half-written copies', () => {
  it('are removed at start with the journal, WAL and shared-memory files beside them, unless another process is still writing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'casusaudit.sqlite');
    const first = open(file);
    ok(first.dispatch('createBackup', {}));
    first.close();
    const backups = path.join(dir, 'backups');
    const dead = `casusaudit-20260315-102030-123-auto.sqlite.partial-${deadPid()}-0a1b2c3d`;
    const orphans = [
      path.join(backups, dead),
      path.join(backups, `${dead}-journal`),
      path.join(backups, `${dead}-wal`),
      path.join(backups, `${dead}-shm`),
      path.join(dir, `casusaudit.sqlite.partial-${deadPid()}-99aa88bb-journal`),
      // A live process id, but a day and more old: ids are reused after a restart.
      path.join(backups, `casusaudit-20260101-000000-000-auto.sqlite.partial-${process.ppid}-deadbeef-journal`),
    ];
    const busy = path.join(backups, `casusaudit-20260315-102030-124-auto.sqlite.partial-${process.ppid}-feedf00d`);
    for (const f of [...orphans, busy]) fs.writeFileSync(f, 'half');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    fs.utimesSync(orphans.at(-1)!, twoDaysAgo, twoDaysAgo);

    const b = open(file);
    expect(b.mode).toBe('ok');
    expect(orphans.filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.existsSync(busy)).toBe(true);
    expect(ids(b)).toHaveLength(1);
  });
});

describe('a linked backups folder', () => {
  it('is not followed: no backup is written, read, listed or removed there, and the app keeps working', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const file = path.join(dir, 'casusaudit.sqlite');
    const first = open(file);
    ok(first.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
    const made = ok<{ id: string }>(first.dispatch('createBackup', {}));
    first.close();
    // The backups move elsewhere and the folder becomes a link to there (with a leftover partial copy in it).
    fs.renameSync(path.join(dir, 'backups'), path.join(elsewhere, 'backups'));
    fs.symlinkSync(path.join(elsewhere, 'backups'), path.join(dir, 'backups'), 'dir');
    const leftover = path.join(elsewhere, 'backups', `casusaudit.sqlite.partial-${deadPid()}-12345678-journal`);
    fs.writeFileSync(leftover, 'half');
    const there = () => fs.readdirSync(path.join(elsewhere, 'backups')).sort();
    const before = there();

    const b = open(file, 1);
    expect(b.mode).toBe('ok');
    const unsafe = { code: 'backups_folder_unsafe', params: { path: path.join(dir, 'backups') } };
    expect(fail(b.dispatch('listBackups', {}))).toEqual(unsafe);
    expect(fail(b.dispatch('createBackup', {}))).toEqual(unsafe);
    expect(fail(b.dispatch('exportDatabase', {}))).toEqual(unsafe);
    expect(fail(b.dispatch('previewRestore', { id: made.id }))).toEqual(unsafe);
    expect(fail(b.dispatch('restoreBackup', { id: made.id }))).toEqual(unsafe);
    expect(await b.backupNow()).toBeNull();
    expect(ok(b.dispatch('getStartupState', {})).newestGoodBackup).toBeNull();
    ok(b.dispatch('createPerson', { name: 'Bart Verder', role: 'teamverantwoordelijke' }));
    expect(there()).toEqual(before);
    expect(fs.existsSync(leftover)).toBe(true);
  });

  it('a file that needs migrating is not migrated without its copy: recovery mode, still schema v3', () => {
    const dir = tempDir();
    const file = path.join(dir, 'casusaudit.sqlite');
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'db', 'v3.sqlite'), file);
    fs.symlinkSync(tempDir(), path.join(dir, 'backups'), 'dir');
    const b = open(file);
    expect(b.mode).toBe('recovery');
    expect(ok(b.dispatch('getStartupState', {})).problem).toBe('storage_failed');
    b.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('a linked backup file in a real folder is neither listed nor restored', () => {
    const dir = tempDir();
    const b = open(path.join(dir, 'casusaudit.sqlite'));
    const made = ok<{ id: string }>(b.dispatch('createBackup', {}));
    const outside = path.join(tempDir(), 'kopie.sqlite');
    fs.copyFileSync(path.join(b.backupsDir, made.id), outside);
    const linked = 'casusaudit-20300101-000000-000-manual.sqlite';
    fs.symlinkSync(outside, path.join(b.backupsDir, linked));
    expect(ids(b)).toEqual([made.id]);
    expect(fail(b.dispatch('restoreBackup', { id: linked })).code).toBe('not_found');
    expect(fail(b.dispatch('previewRestore', { id: linked })).code).toBe('not_found');
  });
});

describe('two data files in one folder', () => {
  it('each see, restore and prune only their own backups, and recovery offers only the file’s own', () => {
    const dir = tempDir();
    const files = ['casusaudit.sqlite', 'team.sqlite', 'Team Oost (kopie).sqlite'].map((n) => path.join(dir, n));
    const owners = files.map(backupOwnerFor);
    expect(owners.slice(0, 2)).toEqual(['casusaudit', 'team']);
    expect(owners[2]).toMatch(/^team_oost_kopie_-[0-9a-f]{8}$/);
    const [a, b, c] = files.map((f) => open(f, 2));
    ok(a!.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
    const mine = [ok<{ id: string }>(a!.dispatch('createBackup', {})).id];
    const theirs = [b, c, b, c, b].map((x) => ok<{ id: string }>(x!.dispatch('createBackup', {})).id);
    mine.push(ok<{ id: string }>(a!.dispatch('createBackup', {})).id);
    for (const id of [...mine, ...theirs]) expect(BACKUP_ID_PATTERN.test(id), id).toBe(true);

    expect(ids(a!)).toEqual([...mine].reverse());
    expect(ids(b!).every((id) => id.startsWith('team-'))).toBe(true);
    expect(ids(b!)).toHaveLength(2); // three made, keep 2: pruned among its own only
    expect(ids(c!)).toEqual([theirs[3], theirs[1]]);
    expect(fail(a!.dispatch('restoreBackup', { id: theirs[4] })).code).toBe('not_found');
    expect(fail(a!.dispatch('previewRestore', { id: theirs[3] })).code).toBe('not_found');

    // The first file becomes unreadable: its recovery offers its own newest backup, not the other files' newer ones.
    a!.close();
    fs.writeFileSync(files[0]!, 'Geen database.\n'.repeat(20));
    const again = open(files[0]!);
    expect(again.mode).toBe('recovery');
    expect(ok(again.dispatch('getStartupState', {})).newestGoodBackup.id).toBe(mine[1]);
    expect(ids(again)).toEqual([...mine].reverse());
  });
});
