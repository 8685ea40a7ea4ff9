/**
 * Looks at a database file and its side files (-wal, -shm, -journal) without writing to any of them.
 *
 * Opening a SQLite file read-write, or even read-only, can change it: a hot journal is rolled back, a WAL is
 * replayed and checkpointed on close, a WAL beside a zero-byte file is deleted, a read-only open of a WAL file
 * creates -shm. So the real file is opened by SQLite only where that cannot happen: read-only, in rollback-journal
 * mode, with no journal beside it (every backup). Otherwise the main file, -wal and -journal are copied into a
 * private temporary folder (removed afterwards) and SQLite does whatever it would do on that copy. Only the
 * caller, once the file checks out, opens the real file. (A file exactly as the backend last closed it cleanly is
 * not inspected here at all: db/cleanClose.ts, ADR 0013.)
 */
import { databaseKeyInUse, openSqlite } from './sqlite';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SQLITE_HEADER = 'SQLite format 3\u0000';
/** The side files SQLite keeps beside a database; -wal and -journal can hold data, -shm is only an index. */
export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;
const CONTENT_SUFFIXES = ['-wal', '-journal'] as const;

export interface DatabaseFacts {
  quickCheck: string;
  applicationId: number;
  userVersion: number;
  tables: number;
}

export type Inspection =
  /** No main file (or a zero-byte one) and no side file with content: a new database may be made here. */
  | { kind: 'absent' }
  | { kind: 'sqlite'; facts: DatabaseFacts }
  | { kind: 'refused'; problem: RefusalProblem; detail: string };

type RefusalProblem =
  'database_foreign' | 'database_damaged' | 'storage_failed' | 'database_key_missing' | 'database_key_wrong';

/**
 * Whether a file without SQLite's plain header may be an encrypted database (ADR 0014): its first page is
 * indistinguishable from random bytes, and the file is whole pages (at least 512 bytes each). Anything else is
 * foreign.
 */
const mayBeEncrypted = (size: number, header: Buffer) =>
  size >= 512 && size % 512 === 0 && header.length === 100 && header.some((b) => b !== 0);

/** An encrypted file: no key → key_missing; with the key its copy is checked; a key that does not open it → key_wrong. */
function inspectEncrypted(file: string, options: Binding): Inspection {
  if (!databaseKeyInUse()) return { kind: 'refused', problem: 'database_key_missing', detail: 'encrypted, no key' };
  try {
    return { kind: 'sqlite', facts: inTemporaryCopy(file, options) };
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_NOTADB') throw err;
    return { kind: 'refused', problem: 'database_key_wrong', detail: 'the key does not open this file' };
  }
}

/** Size of a file, -1 when it does not exist. */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return -1;
    throw err;
  }
}

/**
 * Reads what a check needs from an open (copied) database. `quickCheck: false` skips the page-by-page check (it reads
 * the whole file) for a file whose identical copy has just passed it.
 */
export function factsOf(db: Db, { quickCheck: deep = true }: { quickCheck?: boolean } = {}): DatabaseFacts {
  const quickCheck = deep ? String(db.pragma('quick_check', { simple: true })) : 'ok';
  return {
    quickCheck,
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    tables: db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number,
  };
}

type Binding = { nativeBinding?: string };
const bindingOf = (o: Binding) => (o.nativeBinding ? { nativeBinding: o.nativeBinding } : {});

/**
 * A file in rollback-journal mode without a journal beside it (every backup): checked where it is, read-only. Such
 * an open writes nothing (no hot journal to roll back, no WAL to replay, no -shm to create) and copies nothing.
 */
function readOnlyInPlace(file: string, options: Binding): DatabaseFacts {
  const db = openSqlite(file, { readonly: true, fileMustExist: true, ...bindingOf(options) });
  try {
    return factsOf(db);
  } finally {
    db.close();
  }
}

/** The main file with its -wal and -journal, copied into a private folder where SQLite may replay or roll back. */
function inTemporaryCopy(file: string, options: Binding): DatabaseFacts {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-inspect-'));
  try {
    const copy = path.join(dir, 'inspected.sqlite');
    fs.copyFileSync(file, copy);
    for (const suffix of CONTENT_SUFFIXES) {
      if (sizeOf(file + suffix) >= 0) fs.copyFileSync(file + suffix, copy + suffix);
    }
    const db = openSqlite(copy, { fileMustExist: true, ...bindingOf(options) });
    try {
      return factsOf(db);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads the first 100 bytes (the SQLite header) of a file. */
function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    return buf.subarray(0, fs.readSync(fd, buf, 0, 100, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Inspects `file` and its side files; writes nothing beside or into them. */
export function inspectFile(file: string, options: Binding = {}): Inspection {
  try {
    const size = sizeOf(file);
    const sideContent = CONTENT_SUFFIXES.filter((s) => sizeOf(file + s) > 0);
    if (size <= 0) {
      if (sideContent.length === 0) return { kind: 'absent' };
      // SQLite would take this for a new file and delete the WAL; the data may be in it.
      return {
        kind: 'refused',
        problem: 'database_damaged',
        detail: `no data in ${file} but ${sideContent.join(', ')}`,
      };
    }
    const header = readHeader(file);
    if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
      if (mayBeEncrypted(size, header)) return inspectEncrypted(file, options);
      return { kind: 'refused', problem: 'database_foreign', detail: 'not a SQLite file' };
    }
    // WAL mode (bytes 18–19 are 2): even a read-only open would make -shm, so SQLite sees a copy (streamed by the
    // file system into a private folder, never held in memory).
    const inPlace = sideContent.length === 0 && header[18] === 1 && header[19] === 1;
    const facts = inPlace ? readOnlyInPlace(file, options) : inTemporaryCopy(file, options);
    return { kind: 'sqlite', facts };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
    return {
      kind: 'refused',
      problem: damaged ? 'database_damaged' : 'storage_failed',
      detail: (err as Error).message,
    };
  }
}
