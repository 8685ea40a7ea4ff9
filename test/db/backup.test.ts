/** Backups (scheduled, manual, pre-migration, pre-restore), restore, export and recovery mode, on real SQLite files. */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupSettingsFrom, BackupSettingsError, inspectDatabaseFile } from '../../db/backup';
import { openBackend, type Backend } from '../../db/backend';
import { APPLICATION_ID, openDatabase, closeDatabase } from '../../db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { BACKUP_ID_PATTERN, backupFileName, parseBackupId } from '../../shared/domain/storage';
import { ok } from '../support/results';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
  vi.useRealTimers();
});

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-backup-')), 'casusaudit.sqlite');
}
function open(file: string, keep = 20, intervalMinutes = 0): Backend {
  const b = openBackend(file, { backups: { intervalMinutes, keep }, log: () => {} });
  opened.push(b);
  return b;
}
const names = (b: Backend) => ok<{ name: string }[]>(b.dispatch('listPeople', {})).map((p) => p.name);

describe('backup ids', () => {
  it('round-trip kind and time, and accept nothing else', () => {
    const at = new Date('2026-03-15T10:20:30.123Z');
    const id = backupFileName('pre-migration', at, 1);
    expect(id).toBe('casusaudit-20260315-102030-123-pre-migration-v1.sqlite');
    expect(parseBackupId(id)).toEqual({ id, kind: 'pre-migration', createdAt: at.toISOString(), schemaVersion: 1 });
    for (const bad of [
      '../casusaudit-20260315-102030-123-auto.sqlite',
      'casusaudit-20260315-102030-123-auto.sqlite/../../x',
      '/etc/passwd',
      'casusaudit-20260315-102030-123-auto.sqlite\u0000.txt',
      'casusaudit-20261315-102030-123-auto.sqlite',
      'casusaudit-20260315-102030-123-other.sqlite',
      'CASUSAUDIT-20260315-102030-123-auto.sqlite',
    ]) {
      expect(BACKUP_ID_PATTERN.test(bad) && parseBackupId(bad) !== null, bad).toBe(false);
    }
  });
});

describe('settings', () => {
  it('take flags over environment over defaults, and refuse nonsense', () => {
    expect(backupSettingsFrom({}, {})).toEqual({ intervalMinutes: 10, keep: 20 });
    expect(backupSettingsFrom({}, { CASUSAUDIT_BACKUP_INTERVAL_MIN: '5', CASUSAUDIT_BACKUP_KEEP: '3' })).toEqual({
      intervalMinutes: 5,
      keep: 3,
    });
    expect(backupSettingsFrom({ intervalMin: '0', keep: '7' }, { CASUSAUDIT_BACKUP_KEEP: '3' })).toEqual({
      intervalMinutes: 0,
      keep: 7,
    });
    expect(() => backupSettingsFrom({ keep: '0' }, {})).toThrow(BackupSettingsError);
    expect(() => backupSettingsFrom({ intervalMin: '1.5' }, {})).toThrow(BackupSettingsError);
    expect(() => backupSettingsFrom({ intervalMin: 'soon' }, {})).toThrow(BackupSettingsError);
  });
});

describe('manual backups and restore', () => {
  it('makes a checked single-file backup, restores it after a backup of the current state, and can undo', () => {
    const file = tempFile();
    const b = open(file);
    ok(b.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
    const made = ok(b.dispatch('createBackup', {}));
    expect(made.kind).toBe('manual');
    expect(made.bytes).toBeGreaterThan(0);
    const backupPath = path.join(b.backupsDir, made.id);
    expect(inspectDatabaseFile(backupPath)).toEqual({ ok: true, version: LATEST_VERSION });
    // A single self-contained file: rollback journal, no WAL beside it.
    expect(fs.readFileSync(backupPath).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    expect(fs.existsSync(`${backupPath}-wal`)).toBe(false);

    ok(b.dispatch('createPerson', { name: 'Bart Later', role: 'teamverantwoordelijke' }));
    expect(names(b)).toEqual(expect.arrayContaining(['Ann Voorbeeld', 'Bart Later']));

    const restored = ok(b.dispatch('restoreBackup', { id: made.id }));
    expect(restored.restored.id).toBe(made.id);
    expect(restored.safetyBackup.kind).toBe('pre-restore');
    expect(names(b)).toEqual(['Ann Voorbeeld']);
    // The restored database is fully usable: writes work and survive reopening.
    ok(b.dispatch('createPerson', { name: 'Cas Na Herstel', role: 'consulent' }));
    b.close();
    const again = open(file);
    expect(names(again).sort()).toEqual(['Ann Voorbeeld', 'Cas Na Herstel']);

    // The state from just before restoring is itself a backup that can be restored.
    ok(again.dispatch('restoreBackup', { id: restored.safetyBackup.id }));
    expect(names(again).sort()).toEqual(['Ann Voorbeeld', 'Bart Later']);
    const kinds = ok<{ kind: string }[]>(again.dispatch('listBackups', {})).map((x) => x.kind);
    expect(kinds.filter((k) => k === 'pre-restore')).toHaveLength(2);
  });

  it('refuses ids outside the backups folder and unknown or unusable backups, changing nothing', () => {
    const file = tempFile();
    const b = open(file);
    ok(b.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
    fs.writeFileSync(path.join(path.dirname(file), 'outside.sqlite'), fs.readFileSync(file));
    for (const id of [
      '../outside.sqlite',
      '../casusaudit.sqlite',
      file,
      'backups/../casusaudit.sqlite',
      '',
      'x'.repeat(500),
    ]) {
      const r = b.dispatch('restoreBackup', { id });
      expect(r.ok, id).toBe(false);
      expect((r as any).error.code).toBe('invalid_arguments');
    }
    const missing = b.dispatch('restoreBackup', { id: 'casusaudit-20200101-000000-000-manual.sqlite' });
    expect((missing as any).error.code).toBe('not_found');

    fs.mkdirSync(b.backupsDir, { recursive: true });
    const junk = 'casusaudit-20200101-000000-000-auto.sqlite';
    fs.writeFileSync(
      path.join(b.backupsDir, junk),
      'not a database at all, just text that is long enough to have a header'.repeat(3),
    );
    const r = b.dispatch('restoreBackup', { id: junk });
    expect((r as any).error.code).toBe('database_foreign');
    expect(names(b)).toEqual(['Ann Voorbeeld']);
    expect(ok<unknown[]>(b.dispatch('listBackups', {})).length).toBe(1);
  });

  it('keeps the newest K backups of each kind', () => {
    const b = open(tempFile(), 3);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(ok(b.dispatch('createBackup', {})).id);
    const left = ok<{ id: string }[]>(b.dispatch('listBackups', {})).map((x) => x.id);
    expect(left).toEqual(made.slice(2).reverse());
  });
});

describe('scheduled backups', () => {
  it('make one at start of an existing file, then only after changes, at most once per interval', async () => {
    const file = tempFile();
    const first = open(file);
    ok(first.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
    first.close();
    opened.pop();

    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-15T09:00:00Z'));
    const b = openBackend(file, { backups: { intervalMinutes: 10, keep: 20 }, log: () => {} });
    opened.push(b);
    const autos = () => fs.readdirSync(b.backupsDir).filter((n) => n.endsWith('-auto.sqlite'));
    const settle = () => b.backupsIdle();

    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(autos()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(10 * 60_000); // no change since: no new backup
    await settle();
    expect(autos()).toHaveLength(1);

    ok(b.dispatch('createPerson', { name: 'Bart Later', role: 'teamverantwoordelijke' }));
    await vi.advanceTimersByTimeAsync(9 * 60_000); // changed, but the interval has not passed
    await settle();
    expect(autos()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(autos()).toHaveLength(2);

    const newest = path.join(b.backupsDir, autos().sort().at(-1)!);
    const copy = new Database(newest, { readonly: true });
    expect(copy.prepare('SELECT name FROM people ORDER BY id').pluck().all()).toEqual(['Ann Voorbeeld', 'Bart Later']);
    copy.close();
  });

  it('a new empty file gets no start backup, and intervalMinutes 0 turns them off', async () => {
    const b = openBackend(tempFile(), { backups: { intervalMinutes: 10, keep: 20 }, log: () => {} });
    opened.push(b);
    await new Promise((r) => setTimeout(r, 30));
    expect(fs.existsSync(b.backupsDir) ? fs.readdirSync(b.backupsDir) : []).toEqual([]);
    const made = await b.backupNow();
    expect(made?.kind).toBe('auto');
    expect(inspectDatabaseFile(path.join(b.backupsDir, made!.id)).ok).toBe(true);
  });
});

describe('migration backup', () => {
  it('puts a named pre-migration copy of the old version in the backups folder', () => {
    const file = tempFile();
    // A file as the version-1 app left it: only the first migration applied.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    MIGRATIONS[0]!.up(old);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 1');
    old
      .prepare(
        "INSERT INTO people (name, role, created_at) VALUES ('Ann Voorbeeld', 'consulent', '2025-01-01T00:00:00.000Z')",
      )
      .run();
    old.close();

    const { db, preMigrationCopy } = openDatabase(file, { now: () => new Date('2026-03-15T10:20:30.123Z') });
    try {
      expect(preMigrationCopy).toBe(
        path.join(path.dirname(file), 'backups', 'casusaudit-20260315-102030-123-pre-migration-v1.sqlite'),
      );
      expect(inspectDatabaseFile(preMigrationCopy!)).toEqual({ ok: true, version: 1 });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    } finally {
      closeDatabase(db);
    }
  });
});

describe('export', () => {
  it('gives a consistent copy as bytes, and writes one where Electron asks', () => {
    const file = tempFile();
    const b = open(file);
    ok(b.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
    const exported = ok(b.dispatch('exportDatabase', {}));
    expect(exported.delivery).toBe('download');
    const bytes = Buffer.from(exported.base64, 'base64');
    expect(bytes.length).toBe(exported.bytes);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const there = path.join(path.dirname(file), 'elsewhere', 'kopie.sqlite');
    fs.mkdirSync(path.dirname(there));
    fs.writeFileSync(path.join(path.dirname(file), 'downloaded.sqlite'), bytes);
    for (const copyFile of [path.join(path.dirname(file), 'downloaded.sqlite'), b.exportTo(there).path]) {
      const copy = new Database(copyFile, { readonly: true });
      expect(copy.prepare('SELECT name FROM people').pluck().all()).toEqual(['Ann Voorbeeld']);
      expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      copy.close();
    }
    // No temporary export file is left behind.
    expect(fs.readdirSync(b.backupsDir).filter((n) => n.includes('export'))).toEqual([]);
  });
});

/** Flips bytes inside the b-tree pages (not the header), the way a disk error would. */
function damage(file: string): void {
  const buf = fs.readFileSync(file);
  const page = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  for (let p = 1; p * page < buf.length; p++) buf.fill(0xa5, p * page, p * page + 64);
  fs.writeFileSync(file, buf);
}

function fileWithData(): { file: string; backupId: string } {
  const file = tempFile();
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 20 }, log: () => {} });
  ok(b.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
  const backupId = ok(b.dispatch('createBackup', {})).id as string;
  ok(b.dispatch('createPerson', { name: 'Bart Later', role: 'teamverantwoordelijke' }));
  b.close();
  return { file, backupId };
}

describe('recovery mode', () => {
  const cases: [string, (file: string) => void][] = [
    ['database_damaged', damage],
    ['database_foreign', (f) => fs.writeFileSync(f, 'Dit is een tekstbestand en geen database.\n'.repeat(10))],
    [
      'database_too_new',
      (f) => {
        const db = new Database(f);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.close();
      },
    ],
  ];

  for (const [problem, spoil] of cases) {
    it(`${problem}: answers only recovery operations, and restores the newest good backup without overwriting the file`, () => {
      const { file, backupId } = fileWithData();
      spoil(file);
      const original = fs.readFileSync(file);
      const b = open(file);
      expect(b.mode).toBe('recovery');
      const state = ok(b.dispatch('getStartupState', {}));
      expect(state).toMatchObject({ mode: 'recovery', problem, path: file });
      expect(state.newestGoodBackup.id).toBe(backupId);
      for (const op of ['listAudits', 'createPerson', 'createBackup', 'exportDatabase']) {
        const r = b.dispatch(op, {});
        expect((r as any).error.code, op).toBe(problem);
      }
      expect(() => b.db).toThrow();
      // Nothing was touched by opening it.
      expect(fs.readFileSync(file).equals(original)).toBe(true);

      const result = ok(b.dispatch('restoreBackup', { id: backupId }));
      expect(b.mode).toBe('ok');
      expect(names(b)).toEqual(['Ann Voorbeeld']);
      expect(result.movedAsideTo).toMatch(/casusaudit\.set-aside-\d{8}-\d{6}-\d{3}\.sqlite$/);
      expect(fs.readFileSync(result.movedAsideTo).equals(original)).toBe(true);
    });
  }

  it('moves the bad file aside only when asked, keeps it byte for byte, and starts an empty file', () => {
    const { file } = fileWithData();
    damage(file);
    const original = fs.readFileSync(file);
    const b = open(file);
    expect(b.mode).toBe('recovery');
    expect((b.dispatch('moveAsideAndStartFresh', { extra: 1 }) as any).error.code).toBe('invalid_arguments');
    const { movedTo } = ok(b.dispatch('moveAsideAndStartFresh', {}));
    expect(fs.readFileSync(movedTo).equals(original)).toBe(true);
    expect(b.mode).toBe('ok');
    expect(ok<unknown[]>(b.dispatch('listPeople', {}))).toEqual([]);
    expect(ok(b.dispatch('getStartupState', {})).mode).toBe('ok');
    // In normal mode the fresh start is refused: it is never a way to throw away a good file.
    expect((b.dispatch('moveAsideAndStartFresh', {}) as any).error.code).toBe('invalid_transition');
  });
});
