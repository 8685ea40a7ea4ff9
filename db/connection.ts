/** Opens the one SQLite file: refuses foreign, damaged or too-new files, then migrates with a copy kept first. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import { backupPlaceFor, newBackupPath, writeSnapshot } from './backupFiles';

/** 'CASU' as a 32-bit integer: marks a file as this app's database. */
export const APPLICATION_ID = 0x43415355;
const SQLITE_HEADER = 'SQLite format 3\u0000';

export type OpenFailureCode = 'database_foreign' | 'database_too_new' | 'database_damaged' | 'storage_failed';

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
}

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  /** Backup made before migrating an existing file, if any (backups/casusaudit-…-pre-migration-vN.sqlite). */
  preMigrationCopy: string | null;
}

function readHeader(file: string): Buffer | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(100);
      const n = fs.readSync(fd, buf, 0, 100, 0);
      return buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DatabaseOpenError('storage_failed', `cannot read ${file}: ${(err as Error).message}`, { path: file });
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  const header = readHeader(file);
  const isNew = header === null || header.length === 0;
  if (!isNew && (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER)) {
    throw new DatabaseOpenError('database_foreign', `${file} is not a SQLite database`, { path: file });
  }
  if (isNew) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw new DatabaseOpenError('storage_failed', `cannot open ${file}: ${(err as Error).message}`, { path: file });
  }
  try {
    if (!isNew) checkExisting(db, file);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (String(mode).toLowerCase() !== 'wal') {
      throw new DatabaseOpenError('storage_failed', `journal_mode is ${String(mode)}, not wal`, { path: file });
    }
    // NORMAL in WAL mode: a committed transaction survives a crash or kill of the app (the WAL is written
    // before commit returns); only an OS crash or power cut may lose the last commits, never corrupt.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const current = db.pragma('user_version', { simple: true }) as number;
    let copy: string | null = null;
    if (current < LATEST_VERSION && current > 0) {
      // A pre-migration backup in the backups folder, named after the version the file had (…-pre-migration-v1.sqlite).
      copy = newBackupPath(backupPlaceFor(file), 'pre-migration', now(), current);
      writeSnapshot(db, copy);
    }
    migrate(db, current);
    return { db, path: file, preMigrationCopy: copy };
  } catch (err) {
    db.close();
    if (err instanceof DatabaseOpenError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError('database_damaged', `${file} is damaged: ${(err as Error).message}`, { path: file });
    }
    throw new DatabaseOpenError('storage_failed', `cannot open ${file}: ${(err as Error).message}`, { path: file });
  }
}

function checkExisting(db: Database.Database, file: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new DatabaseOpenError('database_damaged', `${file} failed quick_check: ${String(check)}`, { path: file });
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) {
    throw new DatabaseOpenError('database_foreign', `${file} belongs to another application`, { path: file });
  }
  if (version > LATEST_VERSION) {
    throw new DatabaseOpenError(
      'database_too_new',
      `${file} has schema ${version}; this app knows up to ${LATEST_VERSION}`,
      {
        path: file,
        version,
        supported: LATEST_VERSION,
      },
    );
  }
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
