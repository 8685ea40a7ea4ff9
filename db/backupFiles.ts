/**
 * The backups folder beside the database: naming, listing, pruning, and writing a copy so that a file with a
 * backup's name is always complete (written under a temporary name, checked, flushed to disk, then renamed).
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_KINDS,
  backupFileName,
  parseBackupId,
  type BackupInfo,
  type BackupKind,
} from '../shared/domain/storage';

export const BACKUPS_FOLDER = 'backups';
const PARTIAL = /\.sqlite\.partial-(\d+)-[0-9a-f]+$/;

export function backupsDirFor(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), BACKUPS_FOLDER);
}

/** A temporary name in the same folder as `dest` (so the final rename is atomic), never matching a backup id. */
export const partialName = (dest: string) => `${dest}.partial-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;

/** A name for a new backup that does not exist yet (two backups in the same millisecond get the next one). */
export function newBackupPath(dir: string, kind: BackupKind, at: Date, schemaVersion?: number): string {
  fs.mkdirSync(dir, { recursive: true });
  for (let ms = at.getTime(); ; ms++) {
    const p = path.join(dir, backupFileName(kind, new Date(ms), schemaVersion));
    if (!fs.existsSync(p)) return p;
  }
}

function fsyncPath(p: string): void {
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
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`copy failed quick_check: ${String(check)}`);
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    fs.renameSync(partial, dest);
    fsyncPath(path.dirname(dest));
    return fs.statSync(dest).size;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
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

/** Backups in the folder, newest first. Anything that is not a regular file with a backup's name is ignored. */
export function listBackupFiles(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupId(name);
    if (!parsed) continue;
    try {
      const st = fs.lstatSync(path.join(dir, name));
      if (st.isFile()) found.push({ ...parsed, bytes: st.size });
    } catch {
      /* removed meanwhile */
    }
  }
  return found.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id.localeCompare(a.id),
  );
}

/** The full path of a backup, or null when the id is not a backup's name or no such file is in the folder. */
export function resolveBackup(dir: string, id: string): { path: string; info: BackupInfo } | null {
  const parsed = parseBackupId(id);
  if (!parsed || path.basename(id) !== id) return null;
  const p = path.join(dir, id);
  try {
    const st = fs.lstatSync(p);
    return st.isFile() ? { path: p, info: { ...parsed, bytes: st.size } } : null;
  } catch {
    return null;
  }
}

/** Keeps the newest `keep` backups of each kind, so scheduled backups never push out a manual or pre-migration one. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  const all = listBackupFiles(dir);
  for (const kind of BACKUP_KINDS) {
    for (const old of all.filter((b) => b.kind === kind).slice(Math.max(1, keep))) {
      fs.rmSync(path.join(dir, old.id), { force: true });
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

/** Removes copies left half-written by a process that crashed or was killed (its process id is in the name). */
export function removeStalePartials(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = PARTIAL.exec(name);
    if (m && (Number(m[1]) === process.pid || !alive(Number(m[1])))) fs.rmSync(path.join(dir, name), { force: true });
  }
}
