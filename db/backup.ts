/**
 * Automatic and on-demand backups of the data file, checking a file before it is trusted, and putting a backup
 * back. Scheduled backups, and manual ones asked through a transport (Backend.call), are written in a worker
 * thread (db/backupWorker.ts), so saves never wait for them; the synchronous dispatch and the copies made before
 * a migration or restore use VACUUM INTO on the app's own connection (one consistent read).
 */
import { openSqlite } from './sqlite';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import {
  backupStamp,
  parseBackupId,
  type BackupInfo,
  type BackupKind,
  type StartupProblem,
} from '../shared/domain/storage';
import {
  backupPlaceFor,
  BackupsFolderError,
  checkBackupsDir,
  listBackupFiles,
  newBackupPath,
  partialName,
  pruneBackups,
  removeStalePartials,
  writeSnapshot,
  type BackupPlace,
} from './backupFiles';
import { headerLooksUsable, knownVerdict, rememberVerdict } from './backupVerdicts';
import { writeSnapshotInBackground } from './backupWorker';
import { APPLICATION_ID } from './connection';
import { inspectFile } from './inspect';
import { LATEST_VERSION } from './migrations/index';

export { backupPlaceFor, backupsDirFor, listBackupFiles } from './backupFiles';

export interface BackupSettings {
  /** Minutes between automatic backups while there were changes; 0 turns automatic backups off. */
  intervalMinutes: number;
  /** How many backups of each kind are kept; older ones are removed. */
  keep: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { intervalMinutes: 10, keep: 20 };

export class BackupSettingsError extends Error {}

/**
 * Settings from command-line flags, else the environment (CASUSAUDIT_BACKUP_INTERVAL_MIN, CASUSAUDIT_BACKUP_KEEP),
 * else the defaults. Throws BackupSettingsError on a value that is not a sensible whole number.
 */
export function backupSettingsFrom(
  flags: { intervalMin?: string | undefined; keep?: string | undefined } = {},
  env: NodeJS.ProcessEnv = process.env,
): BackupSettings {
  const read = (raw: string | undefined, name: string, min: number, max: number, fallback: number) => {
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new BackupSettingsError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
    return n;
  };
  return {
    intervalMinutes: read(
      flags.intervalMin ?? env.CASUSAUDIT_BACKUP_INTERVAL_MIN,
      'backup interval (minutes)',
      0,
      10_080,
      DEFAULT_BACKUP_SETTINGS.intervalMinutes,
    ),
    keep: read(flags.keep ?? env.CASUSAUDIT_BACKUP_KEEP, 'backups to keep', 1, 10_000, DEFAULT_BACKUP_SETTINGS.keep),
  };
}

export type FileCheck = { ok: true; version: number } | { ok: false; problem: StartupProblem; detail: string };

/**
 * Tells whether this app could use a file (a backup, or one chosen on the recovery screen): ours, undamaged, not
 * from a newer version. Writes nothing to the file or its side files: SQLite only sees a copy (db/inspect.ts).
 */
export function inspectDatabaseFile(file: string): FileCheck {
  const check = checkFile(file);
  if (check.ok || check.problem !== 'storage_failed') rememberVerdict(file, check.ok);
  return check;
}

function checkFile(file: string): FileCheck {
  const found = inspectFile(file);
  if (found.kind === 'refused') return { ok: false, problem: found.problem, detail: found.detail };
  if (found.kind === 'absent') {
    const exists = fs.existsSync(file);
    return exists
      ? { ok: false, problem: 'database_foreign', detail: 'empty file' }
      : { ok: false, problem: 'storage_failed', detail: `${file} does not exist` };
  }
  const { quickCheck, applicationId, userVersion } = found.facts;
  if (quickCheck !== 'ok') return { ok: false, problem: 'database_damaged', detail: quickCheck };
  if (applicationId !== APPLICATION_ID) {
    return { ok: false, problem: 'database_foreign', detail: `application_id ${applicationId}` };
  }
  if (userVersion > LATEST_VERSION) return { ok: false, problem: 'database_too_new', detail: `schema ${userVersion}` };
  return { ok: true, version: userVersion };
}

/**
 * The newest of this data file's backups that looks usable: by its remembered full check when that file has not
 * changed since (made here, or inspected for a restore), else by its header alone (db/backupVerdicts.ts). Asked on
 * every page load, so no backup is read beyond its first 100 bytes here; restoring inspects the whole file. A
 * damaged or foreign file in the folder is skipped, never used; null also when the backups folder is a link.
 */
export function newestGoodBackup(place: BackupPlace): BackupInfo | null {
  let backups: BackupInfo[];
  try {
    backups = listBackupFiles(place);
  } catch (err) {
    if (err instanceof BackupsFolderError) return null;
    throw err;
  }
  for (const b of backups) {
    const file = path.join(place.dir, b.id);
    if (knownVerdict(file) ?? headerLooksUsable(file)) return b;
  }
  return null;
}

const infoOf = (file: string, bytes: number): BackupInfo => ({ ...parseBackupId(path.basename(file))!, bytes });

/** A backup of an open database right now (VACUUM INTO), then old automatic and manual ones beyond `keep` are pruned. */
export function createBackupNow(
  db: Db,
  databaseFile: string,
  kind: BackupKind,
  options: { now?: Date; keep?: number } = {},
): BackupInfo {
  const place = backupPlaceFor(databaseFile);
  const dest = newBackupPath(place, kind, options.now ?? new Date());
  const bytes = writeSnapshot(db, dest);
  pruneBackups(place, options.keep ?? DEFAULT_BACKUP_SETTINGS.keep);
  return infoOf(dest, bytes);
}

/** createBackupNow in a worker thread (db/backupWorker.ts): saves go on while the copy is written and checked. */
export async function createBackupInBackground(
  databaseFile: string,
  kind: BackupKind,
  options: { now?: Date; keep?: number } = {},
): Promise<BackupInfo> {
  const place = backupPlaceFor(databaseFile);
  const dest = newBackupPath(place, kind, options.now ?? new Date());
  const bytes = await writeSnapshotInBackground(databaseFile, dest);
  pruneBackups(place, options.keep ?? DEFAULT_BACKUP_SETTINGS.keep);
  return infoOf(dest, bytes);
}

/** Writes a consistent copy of the whole database to a place the user chose (Electron's save dialog). */
export function exportDatabaseTo(db: Db, dest: string): { path: string; bytes: number } {
  const target = path.resolve(dest);
  return { path: target, bytes: writeSnapshot(db, target) };
}

/** A consistent copy of the whole database as bytes (for a download), made in a temporary file that is removed. */
export function snapshotBytes(db: Db, databaseFile: string): Buffer {
  const { dir } = backupPlaceFor(databaseFile);
  checkBackupsDir(dir, true);
  const tmp = partialName(path.join(dir, 'export.sqlite'));
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = openSqlite(tmp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    return fs.readFileSync(tmp);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The files SQLite keeps beside a database. */
export const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Moves the data file (and its WAL/shared-memory/journal files) aside under a name with the time, in the same
 * folder: casusaudit.sqlite → casusaudit.set-aside-20260315-102030-123.sqlite. Nothing is deleted or overwritten.
 * Returns the new path, or null when there was no file.
 */
export function moveAside(databaseFile: string, at: Date = new Date()): string | null {
  const file = path.resolve(databaseFile);
  // A missing main file with a -wal or -journal beside it (data a crash left) is moved aside too, never dropped.
  if (![file, ...SIDE_FILES.map((s) => file + s)].some((p) => fs.existsSync(p))) return null;
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  let target = '';
  for (let ms = at.getTime(); ; ms++) {
    target = `${stem}.set-aside-${backupStamp(new Date(ms))}${ext || '.sqlite'}`;
    if (![target, ...SIDE_FILES.map((s) => target + s)].some((p) => fs.existsSync(p))) break;
  }
  if (fs.existsSync(file)) fs.renameSync(file, target);
  for (const side of SIDE_FILES) {
    if (fs.existsSync(file + side)) fs.renameSync(file + side, target + side);
  }
  return target;
}

/** Undoes moveAside (used only when the step after it failed, so the app is left as it was found). */
export function moveBack(movedTo: string, databaseFile: string): void {
  const file = path.resolve(databaseFile);
  if (fs.existsSync(file)) return;
  if (fs.existsSync(movedTo)) fs.renameSync(movedTo, file);
  for (const side of SIDE_FILES) {
    if (fs.existsSync(movedTo + side) && !fs.existsSync(file + side)) fs.renameSync(movedTo + side, file + side);
  }
}

export interface BackupScheduler {
  /** Makes a scheduled backup now if nothing else is running; resolves to it, or null if skipped or failed. */
  runNow: (kind?: BackupKind) => Promise<BackupInfo | null>;
  /** Resolves when no scheduled backup is running (the one running, if any, has finished). */
  idle: () => Promise<unknown>;
  stop: () => void;
}

/**
 * Automatic backups of one open connection: one shortly after start (unless `initial` is false), then every
 * `intervalMinutes` if the connection changed anything since the last one. Timers never keep the process alive.
 */
export function scheduleBackups(
  db: Db,
  databaseFile: string,
  settings: BackupSettings,
  options: { initial?: boolean; now?: () => Date; log?: (msg: string, err?: unknown) => void } = {},
): BackupScheduler {
  const place = backupPlaceFor(databaseFile);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((msg, err) => console.error(msg, err ?? ''));
  const changes = db.prepare('SELECT total_changes()').pluck();
  let lastChanges = -1;
  let running: Promise<BackupInfo | null> | null = null;
  let stopped = false;

  let refusedFolder = false;

  removeStalePartials(place.dir);

  const runNow = (kind: BackupKind = 'auto'): Promise<BackupInfo | null> => {
    if (stopped || !db.open) return Promise.resolve(null);
    if (running) return running;
    const seen = changes.get() as number;
    let dest: string;
    try {
      dest = newBackupPath(place, kind, now());
    } catch (err) {
      // A linked backups folder: the app keeps working without automatic backups (said once in the log).
      if (!(err instanceof BackupsFolderError)) log('automatic backup failed', err);
      else if (!refusedFolder) log('automatic backups are off', err);
      refusedFolder ||= err instanceof BackupsFolderError;
      return Promise.resolve(null);
    }
    running = writeSnapshotInBackground(databaseFile, dest)
      .then((bytes) => {
        lastChanges = seen;
        pruneBackups(place, settings.keep);
        return infoOf(dest, bytes);
      })
      .catch((err: unknown) => {
        // Closing the database (quit, restore) while a backup runs aborts it; that is not worth a warning.
        if (!stopped && db.open) log('automatic backup failed', err);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timers: NodeJS.Timeout[] = [];
  if (settings.intervalMinutes > 0) {
    if (options.initial !== false) timers.push(setTimeout(() => void runNow(), 0));
    else lastChanges = changes.get() as number;
    timers.push(
      setInterval(() => {
        if (db.open && (changes.get() as number) !== lastChanges) void runNow();
      }, settings.intervalMinutes * 60_000),
    );
    for (const t of timers) t.unref();
  }

  return {
    runNow,
    idle: () => running ?? Promise.resolve(null),
    stop: () => {
      stopped = true;
      for (const t of timers) clearTimeout(t);
    },
  };
}
