/**
 * The backups folder beside the database: naming, listing, pruning, and writing a copy so that a file with a
 * backup's name is always complete (written under a temporary name, checked, flushed to disk, then renamed).
 */
import { rememberVerdict } from './backupVerdicts';
import { openSqlite } from './sqlite';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_OWNER_PATTERN,
  backupFileName,
  backupOwnerOfId,
  parseBackupId,
  ROTATED_KINDS,
  type BackupInfo,
  type BackupKind,
} from '../shared/domain/storage';

export const BACKUPS_FOLDER = 'backups';
/** A temporary copy (`….sqlite.partial-<pid>-<hex>`) and the journal or WAL files SQLite may leave beside it. */
const PARTIAL = /\.sqlite\.partial-(\d+)-[0-9a-f]+(?:-journal|-wal|-shm)?$/;
/** A temporary copy this old is left over whatever its process id says (ids are reused after a restart). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export function backupsDirFor(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), BACKUPS_FOLDER);
}

/**
 * Refused: the backups folder is a symbolic link (or junction) or not a folder. Backups are never written, read or
 * removed through a link: it may lead anywhere (a synced cloud folder, a share, another user's folder), and the
 * copies hold everything in the data file.
 */
export class BackupsFolderError extends Error {
  constructor(readonly dir: string) {
    super(`${dir} is a link or not a folder: backups are not written or read there`);
    this.name = 'BackupsFolderError';
  }
}

/** Where the backups of one data file live, and the first part of their names (which data file they belong to). */
export interface BackupPlace {
  dir: string;
  owner: string;
}

/**
 * The first part of the names of a data file's backups: its name without extension if that is already plain
 * (casusaudit.sqlite → casusaudit), else a cleaned-up form plus a hash of the exact name (Team A.sqlite →
 * team_a-3f2c…), so two data files in one folder never share backups.
 */
export function backupOwnerFor(databaseFile: string): string {
  const name = path.basename(path.resolve(databaseFile));
  const stem = name.includes('.', 1) ? name.slice(0, name.lastIndexOf('.')) : name;
  if (BACKUP_OWNER_PATTERN.test(stem)) return stem;
  const cleaned = stem
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '_')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 30);
  const hash = crypto.createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${cleaned || 'data'}-${hash}`;
}

export const backupPlaceFor = (databaseFile: string): BackupPlace => ({
  dir: backupsDirFor(databaseFile),
  owner: backupOwnerFor(databaseFile),
});

/**
 * Whether the backups folder exists as a real folder (made when `create`); throws BackupsFolderError when it is a
 * link or something else than a folder.
 */
export function checkBackupsDir(dir: string, create: boolean): boolean {
  let st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st) {
    if (!create) return false;
    fs.mkdirSync(dir, { recursive: true });
    st = fs.lstatSync(dir);
  }
  if (st.isSymbolicLink() || !st.isDirectory()) throw new BackupsFolderError(dir);
  return true;
}

/** A temporary name in the same folder as `dest` (so the final rename is atomic), never matching a backup id. */
export const partialName = (dest: string) => `${dest}.partial-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;

/** A name for a new backup that does not exist yet (two backups in the same millisecond get the next one). */
export function newBackupPath(place: BackupPlace, kind: BackupKind, at: Date, schemaVersion?: number): string {
  checkBackupsDir(place.dir, true);
  for (let ms = at.getTime(); ; ms++) {
    const p = path.join(place.dir, backupFileName(kind, new Date(ms), schemaVersion, place.owner));
    if (!fs.lstatSync(p, { throwIfNoEntry: false })) return p;
  }
}

/** Flushes a file or folder to disk (a folder: so a rename in it survives a power cut; not every platform can). */
export function fsyncPath(p: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* some platforms cannot fsync a directory; the data file itself was synced */
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * Turns a freshly written copy into a finished one: a single self-contained file (rollback journal, so it opens
 * anywhere, even read-only), checked with quick_check, flushed, then renamed to its final name.
 */
export function finishCopy(partial: string, dest: string): number {
  try {
    const copy = openSqlite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`copy failed quick_check: ${String(check)}`);
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    return putInPlace(partial, dest);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** Renames a checked and flushed copy to its final name and flushes the folder; returns its size. */
export function putInPlace(partial: string, dest: string): number {
  fs.renameSync(partial, dest);
  fsyncPath(path.dirname(dest));
  // Checked just now: the startup state need not read it again while it stays as it is.
  rememberVerdict(dest, true);
  return fs.statSync(dest).size;
}

/** A consistent copy of an open database at this moment (VACUUM INTO reads one snapshot), written safely to `dest`. */
export function writeSnapshot(db: Db, dest: string): number {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const partial = partialName(dest);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return finishCopy(partial, dest);
}

/** One data file's backups, newest first. Anything that is not a regular file with its backup name is ignored. */
export function listBackupFiles(place: BackupPlace): BackupInfo[] {
  if (!checkBackupsDir(place.dir, false)) return [];
  const found: BackupInfo[] = [];
  for (const name of fs.readdirSync(place.dir)) {
    const parsed = backupOwnerOfId(name) === place.owner ? parseBackupId(name) : null;
    if (!parsed) continue;
    try {
      const st = fs.lstatSync(path.join(place.dir, name));
      if (st.isFile()) found.push({ ...parsed, bytes: st.size });
    } catch {
      /* removed meanwhile */
    }
  }
  return found.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id.localeCompare(a.id),
  );
}

/**
 * The full path of one of this data file's backups, or null when the id is not a backup's name, belongs to another
 * data file, or no such regular file (a link is not followed) is in the folder.
 */
export function resolveBackup(place: BackupPlace, id: string): { path: string; info: BackupInfo } | null {
  const parsed = parseBackupId(id);
  if (!parsed || path.basename(id) !== id || backupOwnerOfId(id) !== place.owner) return null;
  if (!checkBackupsDir(place.dir, false)) return null;
  const st = fs.lstatSync(path.join(place.dir, id), { throwIfNoEntry: false });
  return st?.isFile() ? { path: path.join(place.dir, id), info: { ...parsed, bytes: st.size } } : null;
}

/**
 * Keeps the newest `keep` automatic and the newest `keep` manual backups of this data file. Pre-migration and
 * pre-restore copies are never pruned: they may be the only copy of what was signed before the file changed.
 */
export function pruneBackups(place: BackupPlace, keep: number): string[] {
  const removed: string[] = [];
  const all = listBackupFiles(place);
  for (const kind of ROTATED_KINDS) {
    for (const old of all.filter((b) => b.kind === kind).slice(Math.max(1, keep))) {
      fs.rmSync(path.join(place.dir, old.id), { force: true });
      removed.push(old.id);
    }
  }
  return removed;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes copies left half-written by a process that crashed or was killed (its process id is in the name), with
 * the journal or WAL files SQLite left beside them. Nothing is removed in a folder reached through a link.
 */
export function removeStalePartials(dir: string, now: number = Date.now()): void {
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st || st.isSymbolicLink() || !st.isDirectory()) return;
  for (const name of fs.readdirSync(dir)) {
    const m = PARTIAL.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const pid = Number(m[1]);
    const old = (fs.lstatSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now) < now - STALE_AFTER_MS;
    if (pid === process.pid || !alive(pid) || old) fs.rmSync(file, { force: true });
  }
}
