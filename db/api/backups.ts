/** The storage operations (startup state, backups, export, restore, recovery) over the backend's current state. */
import type { Database } from 'better-sqlite3';
import type { Parsed, Results } from '../../shared/api/contract';
import { ApiFailure, type ApiError } from '../../shared/api/errors';
import {
  RECOVERY_OPERATIONS,
  type RecoveryOperationName,
  type StorageOperationName,
} from '../../shared/api/operations';
import type { RestoreResult, StartupProblem } from '../../shared/domain/storage';
import {
  createBackupNow,
  inspectDatabaseFile,
  listBackupFiles,
  moveAside,
  moveBack,
  newestGoodBackup,
  putBackupInPlace,
  snapshotBytes,
  type BackupScheduler,
  type BackupSettings,
} from '../backup';
import { resolveBackup } from '../backupFiles';
import { closeDatabase } from '../connection';
import { serve, storageError, type Dispatch } from './dispatch';

export type StorageHandlers = { [O in StorageOperationName]: (args: Parsed<O>) => Results[O] };

/** What the storage operations see of the backend's current state: an open database, or recovery mode. */
export type CurrentState =
  { mode: 'ok'; db: Database; scheduler: BackupScheduler } | { mode: 'recovery'; problem: StartupProblem };

export type Log = (msg: string, err?: unknown) => void;

export interface StorageContext {
  /** The database file (absolute path). */
  dbPath: string;
  /** Its backups folder. */
  dir: string;
  settings: BackupSettings;
  clock: () => Date;
  log: Log;
  /** The backend's current state (a restore replaces it). */
  current: () => CurrentState;
  /** Opens the database file again, into normal mode or, if it cannot be used, into recovery mode. */
  enter: (options: { initialBackup: boolean }) => void;
}

/** The open database; in recovery mode an ApiFailure with the problem. */
export function openDb(state: CurrentState, dbPath: string): Database {
  if (state.mode !== 'ok') throw new ApiFailure(state.problem, { path: dbPath });
  return state.db;
}

/**
 * Runs a storage operation; an error that is not an ApiFailure is logged and answered with its storage code
 * (read-only, disk full, busy, …; storage_failed for the rest).
 */
const guardedBy =
  (log: Log) =>
  <A, R>(fn: (args: A) => R) =>
  (args: A): R => {
    try {
      return fn(args);
    } catch (err) {
      if (err instanceof ApiFailure) throw err;
      log('storage operation failed', err);
      throw new ApiFailure(storageError(err)?.code ?? 'storage_failed');
    }
  };

function findBackup(dir: string, id: string) {
  const found = resolveBackup(dir, id);
  if (!found) throw new ApiFailure('not_found', { entity: 'backup', id });
  const check = inspectDatabaseFile(found.path);
  if (!check.ok) throw new ApiFailure(check.problem, { path: id });
  return found;
}

/**
 * Restores a backup: in normal mode after a safety backup of the current state, in recovery mode in place of
 * the unreadable file (which is moved aside and kept).
 */
function restore(ctx: StorageContext, id: string): RestoreResult {
  const { dbPath, settings, clock, current, enter } = ctx;
  // After the file is opened again: an ApiFailure says why if it still cannot be used.
  const requireOpened = () => void openDb(current(), dbPath);
  const backup = findBackup(ctx.dir, id);
  const state = current();
  if (state.mode === 'ok') {
    const safetyBackup = createBackupNow(state.db, dbPath, 'pre-restore', { now: clock(), keep: settings.keep });
    state.scheduler.stop();
    closeDatabase(state.db);
    try {
      putBackupInPlace(backup.path, dbPath);
    } finally {
      // Reopens the restored file, or the untouched old one if putting the backup in place failed.
      enter({ initialBackup: false });
    }
    requireOpened();
    return { restored: backup.info, safetyBackup, movedAsideTo: null };
  }
  // Recovery: the unreadable file is never overwritten; it is moved aside and kept.
  const movedAsideTo = moveAside(dbPath, clock());
  try {
    putBackupInPlace(backup.path, dbPath);
  } catch (err) {
    if (movedAsideTo) moveBack(movedAsideTo, dbPath);
    throw err;
  }
  enter({ initialBackup: false });
  requireOpened();
  return { restored: backup.info, safetyBackup: null, movedAsideTo };
}

/** The storage operations; errors other than ApiFailures are logged and answered with their storage code. */
export function storageHandlers(ctx: StorageContext): StorageHandlers {
  const { dbPath, dir, settings, clock, current } = ctx;
  const guarded = guardedBy(ctx.log);
  return {
    getStartupState: () => {
      const state = current();
      return {
        mode: state.mode,
        problem: state.mode === 'recovery' ? state.problem : null,
        path: dbPath,
        newestGoodBackup: newestGoodBackup(dir),
      };
    },
    listBackups: guarded(() => listBackupFiles(dir)),
    createBackup: guarded(() =>
      createBackupNow(openDb(current(), dbPath), dbPath, 'manual', { now: clock(), keep: settings.keep }),
    ),
    exportDatabase: guarded(() => {
      const bytes = snapshotBytes(openDb(current(), dbPath), dbPath);
      return {
        delivery: 'download' as const,
        fileName: `casusaudit-${clock().toISOString().slice(0, 10)}.sqlite`,
        bytes: bytes.length,
        base64: bytes.toString('base64'),
      };
    }),
    restoreBackup: guarded(({ id }) => restore(ctx, id)),
    moveAsideAndStartFresh: guarded(() => {
      if (current().mode !== 'recovery') throw new ApiFailure('invalid_transition', { from: 'ok' });
      const movedTo = moveAside(dbPath, clock());
      ctx.enter({ initialBackup: false });
      return { movedTo };
    }),
  };
}

/** Recovery mode's dispatch: serves only the recovery operations and refuses every other one with the problem. */
export function recoveryDispatch(
  storage: StorageHandlers,
  problem: StartupProblem,
  dbPath: string,
  log: Log,
): Dispatch {
  const allowed: Pick<StorageHandlers, RecoveryOperationName> = pick(storage, RECOVERY_OPERATIONS);
  const refusal: ApiError = { code: problem, params: { path: dbPath } };
  return serve(allowed, { log, unavailable: () => refusal });
}

function pick<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}
