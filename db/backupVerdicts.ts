/**
 * What is known about backup files without reading them again. The startup state (asked on every page load)
 * names the newest backup that looks usable: its verdict when one is known for that very file (same size and
 * modification time), else only its 100-byte SQLite header (ours, not newer than this app). Full checks
 * (quick_check) happen when a backup is made and whenever a file is inspected (restore, preview, choosing a
 * file), and their verdicts are remembered here; so a backup found damaged is skipped from then on, and a backup
 * damaged later on disk is refused when someone wants to restore it, never used.
 */
import fs from 'node:fs';
import { APPLICATION_ID } from './connection';
import { SQLITE_HEADER } from './inspect';
import { LATEST_VERSION } from './migrations/index';
import { keyFor, openSqlite } from './sqlite';

interface Verdict {
  size: number;
  mtimeMs: number;
  ok: boolean;
}

const verdicts = new Map<string, Verdict>();

const statOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false });

/** Remembers the outcome of a full check of `file` as it is now on disk. */
export function rememberVerdict(file: string, ok: boolean): void {
  const st = statOf(file);
  if (st) verdicts.set(file, { size: st.size, mtimeMs: st.mtimeMs, ok });
}

/** The remembered full check of `file`, if it has not changed since; undefined when unknown. */
export function knownVerdict(file: string): boolean | undefined {
  const v = verdicts.get(file);
  const st = v && statOf(file);
  return st && st.size === v.size && st.mtimeMs === v.mtimeMs ? v.ok : undefined;
}

const usable = (applicationId: number, userVersion: number) =>
  applicationId === APPLICATION_ID && userVersion >= 1 && userVersion <= LATEST_VERSION;

/**
 * An encrypted backup's header can only be read through SQLite with the key (ADR 0014): opened read-only in place
 * (our backups are single files in rollback-journal mode, so nothing is written), only its first page is read.
 */
function encryptedHeaderUsable(file: string): boolean {
  if (!keyFor(file)) return false;
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    return usable(
      db.pragma('application_id', { simple: true }) as number,
      db.pragma('user_version', { simple: true }) as number,
    );
  } finally {
    db.close();
  }
}

/** Whether the first 100 bytes are a SQLite header of ours, at a schema this app can open (nothing else is read). */
export function headerLooksUsable(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const h = Buffer.alloc(100);
    if (fs.readSync(fd, h, 0, 100, 0) < 100) return false;
    if (h.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) return encryptedHeaderUsable(file);
    return usable(h.readUInt32BE(68), h.readUInt32BE(60));
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
