/**
 * Opens the one SQLite file: refuses foreign, damaged, too-new or read-only files without changing them, then
 * migrates with a copy kept first.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { isPlainSqlite, openSqlite, useDatabaseKey } from './sqlite';
import { encryptPlainFile } from './encryptPlain';
import type { DataKey } from './keys';
import fs from 'node:fs';
import path from 'node:path';
import type { StartupProblem } from '../shared/domain/storage';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import { READ_ONLY_ERRNOS } from './fileLock';
import { factsOf, inspectFile, SIDE_SUFFIXES, type DatabaseFacts } from './inspect';
import { takeCleanClose } from './cleanClose';
import { backupPlaceFor, newBackupPath, writeSnapshot } from './backupFiles';

/** 'CASU' as a 32-bit integer: marks a file as this app's database. */
export const APPLICATION_ID = 0x43415355;

export type OpenFailureCode = StartupProblem;

export class DatabaseOpenError extends Error {
  constructor(
    readonly code: OpenFailureCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Path to better-sqlite3's native module built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Clock for naming the backup made before migrating an existing file (in the backups folder beside it). */
  now?: () => Date;
  /**
   * Skip the full inspection of a copy when the file is exactly as this app last closed it cleanly (the record of
   * db/cleanClose.ts, taken here). Only for the one writer holding the file's lock (the backend).
   */
  trustCleanClose?: boolean;
  /**
   * The data file's key (ADR 0014): a new file is created encrypted with it, an encrypted one is opened with it, a
   * plain one is opened as it is. Null or absent: no key is known (an encrypted file is refused, untouched).
   */
  key?: DataKey | null;
  log?: (msg: string, err?: unknown) => void;
}

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  /** Backup made before migrating an existing file, if any (backups/casusaudit-…-pre-migration-vN.sqlite). */
  preMigrationCopy: string | null;
  /** 'full': copied (if in WAL mode) and checked page by page; 'clean-close': unchanged since a clean close. */
  inspection: 'full' | 'clean-close';
}

/** Whether an inspected file is ours (or a blank SQLite file) and not from a newer version; throws if not. */
export function judge(facts: DatabaseFacts, file: string): void {
  if (facts.quickCheck !== 'ok') {
    throw new DatabaseOpenError('database_damaged', `${file} failed quick_check: ${facts.quickCheck}`, { path: file });
  }
  if (facts.applicationId !== APPLICATION_ID && (facts.tables > 0 || facts.userVersion > 0)) {
    throw new DatabaseOpenError('database_foreign', `${file} belongs to another application`, { path: file });
  }
  if (facts.userVersion > LATEST_VERSION) {
    const { userVersion: version } = facts;
    throw new DatabaseOpenError('database_too_new', `${file} has schema ${version}; this app knows ${LATEST_VERSION}`, {
      path: file,
      version,
      supported: LATEST_VERSION,
    });
  }
}

/**
 * Refuses, before SQLite opens anything, a data file, side file or folder that cannot be written: saving would
 * fail on every change. Asks the operating system (open for writing, access), so it holds for root as well: a
 * mode-0444 file is writable for root, an immutable or read-only-mounted one is not.
 */
function requireWritable(file: string): void {
  const readOnly = (err: unknown, what: string) => {
    if (!READ_ONLY_ERRNOS.has((err as NodeJS.ErrnoException).code ?? '')) return;
    throw new DatabaseOpenError('database_read_only', `${what} cannot be written: ${(err as Error).message}`, {
      path: file,
    });
  };
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    readOnly(err, dir);
    throw new DatabaseOpenError('storage_failed', `cannot use ${dir}: ${(err as Error).message}`, { path: file });
  }
  for (const f of [file, ...SIDE_SUFFIXES.map((s) => file + s)]) {
    try {
      // Opening for writing changes nothing (no byte, no modification time); it only asks for permission.
      fs.closeSync(fs.openSync(f, 'r+'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      readOnly(err, f);
      throw new DatabaseOpenError('storage_failed', `cannot open ${f}: ${(err as Error).message}`, { path: file });
    }
  }
}

/** A file unchanged since our clean close: ours; its facts are read again from the real file once it is open. */
const KNOWN_CLEAN = {
  kind: 'sqlite',
  facts: { quickCheck: 'ok', applicationId: APPLICATION_ID, userVersion: 0, tables: 1 },
} as const;

/**
 * Opens the data file for the app. The file and its side files are inspected first without being written
 * (db/inspect.ts); a foreign, damaged, too-new or incomplete file is refused and left byte-identical, and so is
 * a file that cannot be written. Only then is the real file opened read-write, set up and migrated.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  if (options.key !== undefined) useDatabaseKey(options.key);
  const known = options.trustCleanClose === true && takeCleanClose(file);
  const found = known ? KNOWN_CLEAN : inspectFile(file, options);
  if (found.kind === 'refused') {
    throw new DatabaseOpenError(found.problem, `${file} cannot be used: ${found.detail}`, { path: file });
  }
  if (found.kind === 'sqlite') judge(found.facts, file);
  requireWritable(file);
  if (found.kind === 'sqlite' && options.key && isPlainSqlite(file)) {
    try {
      encryptPlainFile(file, options.key); // a plain file of ours, once (ADR 0014); crash-safe
    } catch (err) {
      options.log?.(`${file} stays plain for now: encrypting it failed`, err); // tried again at the next start
    }
  }

  let db: Database.Database;
  try {
    db = openSqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw openFailure(err, file);
  }
  try {
    // The real file, once more: still ours and not too new. Its identical copy passed quick_check a moment ago (or
    // it is unchanged since our clean close, ADR 0013) and the lock keeps every other writer out, so the
    // page-by-page check (seconds on a large file) is not run on it.
    if (found.kind === 'sqlite') judge(factsOf(db, { quickCheck: false }), file);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (String(mode).toLowerCase() !== 'wal') {
      throw new DatabaseOpenError('storage_failed', `journal_mode is ${String(mode)}, not wal`, { path: file });
    }
    // NORMAL in WAL mode: a committed transaction survives a crash or kill of the app (the WAL is written
    // before commit returns); only an OS crash or power cut may lose the last commits, never corrupt.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Deleted content is overwritten with zeros, so an erased audit leaves nothing readable in the file's free pages.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    const current = db.pragma('user_version', { simple: true }) as number;
    let copy: string | null = null;
    if (current < LATEST_VERSION && current > 0) {
      // A pre-migration backup in the backups folder, named after the version the file had (…-pre-migration-v1.sqlite).
      copy = newBackupPath(backupPlaceFor(file), 'pre-migration', now(), current);
      writeSnapshot(db, copy);
    }
    migrate(db, current);
    return { db, path: file, preMigrationCopy: copy, inspection: known ? 'clean-close' : 'full' };
  } catch (err) {
    db.close();
    // Unchanged since our clean close, yet the key in use does not open it (the key file was replaced): the full
    // inspection says so (database_key_wrong) rather than calling the file damaged. Nothing was written.
    if (known && (err as { code?: string }).code === 'SQLITE_NOTADB')
      return openDatabase(file, { ...options, trustCleanClose: false });
    throw openFailure(err, file);
  }
}

/** An error while opening or setting up the real file, as a DatabaseOpenError. */
function openFailure(err: unknown, file: string): DatabaseOpenError {
  if (err instanceof DatabaseOpenError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new DatabaseOpenError('database_damaged', `${file} is damaged: ${message}`, { path: file });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DatabaseOpenError('database_read_only', `${file} cannot be written: ${message}`, { path: file });
  }
  return new DatabaseOpenError('storage_failed', `cannot open ${file}: ${message}`, { path: file });
}

export function migrate(db: Database.Database, from: number): void {
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** Checkpoints the WAL into the main file and closes. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
