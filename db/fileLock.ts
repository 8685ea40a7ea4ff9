/**
 * One writer per data file, across processes: the desktop app and the browser harness each hold an exclusive
 * operating-system lock on `<data file>.lock` for as long as their backend is open (ADR 0008). The lock is
 * SQLite's own (POSIX fcntl / Windows LockFileEx through a connection to that empty file, `BEGIN EXCLUSIVE` kept
 * open): the operating system releases it when the process ends, even after a SIGKILL or a crash, so a stale lock
 * never blocks the next start. The lock is on a separate file, not on the data file, so it stays held while a
 * restore closes the data file and renames another one over it, and in recovery mode, where the data file is not
 * opened at all.
 */
import { openSqlite } from './sqlite';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The lock file for a data file: casusaudit.sqlite → casusaudit.sqlite.lock (kept empty, never deleted), beside the
 * real file: a symlink to the data file (or to its folder) leads to the same lock, so it cannot open a second writer.
 * (Two hard links to one file are not told apart; ADR 0008.)
 */
export function lockPathFor(databaseFile: string): string {
  const file = path.resolve(databaseFile);
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    // No data file yet: the real folder, with the name as given.
    let dir = path.dirname(file);
    try {
      dir = fs.realpathSync(dir);
    } catch {
      /* the folder does not exist yet either: it is made with the lock */
    }
    real = path.join(dir, path.basename(file));
  }
  return `${real}.lock`;
}

export interface FileLock {
  readonly path: string;
  release: () => void;
}

export type LockResult =
  | { ok: true; lock: FileLock }
  | { ok: false; problem: 'database_in_use' | 'database_read_only' | 'storage_failed'; detail: string };

/** Errors of the operating system that mean "this folder or file may not be written". */
export const READ_ONLY_ERRNOS = new Set(['EACCES', 'EPERM', 'EROFS']);

const errnoOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? '';

/**
 * Takes the lock for `databaseFile`, or tells why not: another process (or another backend in this process)
 * holds it, or the folder cannot be written. Never waits.
 */
export function acquireFileLock(databaseFile: string, options: { nativeBinding?: string } = {}): LockResult {
  const file = lockPathFor(databaseFile);
  try {
    // The folder may not exist yet (the first start on the default path). The lock file is created empty if
    // missing; an existing one is opened as it is (it holds no data).
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.closeSync(fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644));
  } catch (err) {
    const problem = READ_ONLY_ERRNOS.has(errnoOf(err)) ? 'database_read_only' : 'storage_failed';
    return { ok: false, problem, detail: `cannot open ${file}: ${(err as Error).message}` };
  }
  let db: Db | null = null;
  try {
    db = openSqlite(file, {
      fileMustExist: true,
      timeout: 0,
      // The lock file holds no data: it is never encrypted.
      key: null,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // No journal file for a transaction that never writes; the exclusive lock is taken at BEGIN and held.
    db.pragma('journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db?.close();
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      return { ok: false, problem: 'database_in_use', detail: `${databaseFile} is open in another process` };
    }
    const problem = code.startsWith('SQLITE_READONLY') ? 'database_read_only' : 'storage_failed';
    return { ok: false, problem, detail: `cannot lock ${file}: ${(err as Error).message}` };
  }
  const held = db;
  return {
    ok: true,
    lock: {
      path: file,
      // Closing rolls the empty transaction back and releases the lock; the file stays (deleting a lock file
      // while another process is about to open it would let two processes believe they hold it).
      release: () => {
        if (held.open) held.close();
      },
    },
  };
}
