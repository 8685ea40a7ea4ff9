/** The storage operations (startup state, backups, export, restore, recovery) over the backend's current state. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Parsed, Results } from '../../shared/api/contract';
import { ApiFailure, type ApiError, type ApiResult } from '../../shared/api/errors';
import {
  RECOVERY_OPERATIONS,
  type RecoveryOperationName,
  type StorageOperationName,
} from '../../shared/api/operations';
import type { BackupInfo, StartupProblem } from '../../shared/domain/storage';
import {
  createBackupInBackground,
  createBackupNow,
  moveAside,
  newestGoodBackup,
  snapshotBytes,
  type BackupScheduler,
  type BackupSettings,
} from '../backup';
import {
  BackupsFolderError,
  backupPlaceFor,
  checkBackupsDir,
  partialName,
  removeStalePartials,
  type BackupPlace,
} from '../backupFiles';
import { copyInWorker } from '../backupWorker';
import { backupsHolding, purgeBackups } from '../erasureBackups';
import fs from 'node:fs';
import path from 'node:path';
import { restoreHistoryRepository } from '../repositories/restoreHistory';
import { serve, storageError, type Dispatch } from './dispatch';
import { previewHandler, restore } from './restore';
import { localIsoDate } from '../../shared/domain/dates';
import type { DataKey } from '../keys';
import { databaseKeyInUse, useDatabaseKey } from '../sqlite';
import { keyHandlers, type KeyKeeping } from './dataKey';
import { decryptCopyInPlace, plainSnapshotBytes } from '../plainCopy';
import {
  backupKeyFor,
  backupsWithEncryption,
  encryptPlainBackups,
  plainBackups,
  removePlainBackups,
} from '../plainBackups';

export type StorageHandlers = { [O in StorageOperationName]: (args: Parsed<O>) => Results[O] };

/** What the storage operations see of the backend's current state: an open database, or recovery mode. */
export type CurrentState =
  { mode: 'ok'; db: Database; scheduler: BackupScheduler } | { mode: 'recovery'; problem: StartupProblem };

export type Log = (msg: string, err?: unknown) => void;

export interface StorageContext {
  /** The database file (absolute path). */
  dbPath: string;
  /** Its backups folder (the backend's `backupsDir`). */
  dir: string;
  settings: BackupSettings;
  clock: () => Date;
  log: Log;
  /** The backend's current state (a restore replaces it). */
  current: () => CurrentState;
  /** Opens the database file again, into normal mode or, if it cannot be used, into recovery mode. */
  enter: (options: { initialBackup: boolean }) => void;
  /** After "start fresh" moved the file aside with no key in use: the key for the new file (BackendOptions). */
  keyForFreshFile?: (() => DataKey | null) | undefined;
  /** How the shell keeps keys (BackendOptions.keys); by default it keeps them itself and asks for no passphrase. */
  keeping?: KeyKeeping | undefined;
}

/** The open database; in recovery mode an ApiFailure with the problem. */
export function openDb(state: CurrentState, dbPath: string): Database {
  if (state.mode !== 'ok') throw new ApiFailure(state.problem, { path: dbPath });
  return state.db;
}

/**
 * Runs a storage operation; a linked backups folder is answered as backups_folder_unsafe, any other error that is
 * not an ApiFailure is logged and answered with its storage code (read-only, disk full, busy, …; storage_failed
 * for the rest).
 */
const guardedBy =
  (log: Log) =>
  <A, R>(fn: (args: A) => R) =>
  (args: A): R => {
    try {
      return fn(args);
    } catch (err) {
      if (err instanceof ApiFailure) throw err;
      if (err instanceof BackupsFolderError) throw new ApiFailure('backups_folder_unsafe', { path: err.dir });
      log('storage operation failed', err);
      throw new ApiFailure(storageError(err)?.code ?? 'storage_failed');
    }
  };

/** The typed error for a storage operation's failure, as `guardedBy` answers it (for the ones run asynchronously). */
export function storageFailure(err: unknown, log: Log): ApiError {
  if (err instanceof ApiFailure) return err.toError();
  if (err instanceof BackupsFolderError) return { code: 'backups_folder_unsafe', params: { path: err.dir } };
  log('storage operation failed', err);
  return { code: storageError(err)?.code ?? 'storage_failed' };
}

/**
 * Manual backups for the transports (Backend.call): written and checked in a worker thread, so saves go on
 * meanwhile; the same answers as the synchronous createBackup.
 */
export async function createBackupInWorker(ctx: StorageContext): Promise<ApiResult<BackupInfo>> {
  try {
    openDb(ctx.current(), ctx.dbPath);
    const made = await createBackupInBackground(ctx.dbPath, 'manual', { now: ctx.clock(), keep: ctx.settings.keep });
    return { ok: true, value: made };
  } catch (err) {
    return { ok: false, error: storageFailure(err, ctx.log) };
  }
}

/**
 * "Save a copy" for the browser harness: a consistent, checked copy written in a worker thread to a temporary
 * file in the backups folder (a `….partial-<pid>-…` name, so a crash leaves nothing behind for long), which the
 * bridge streams to the browser and then removes.
 */
export async function exportCopyInWorker(
  ctx: StorageContext,
  options: { plain?: boolean } = {},
): Promise<ApiResult<{ path: string; bytes: number }>> {
  try {
    openDb(ctx.current(), ctx.dbPath);
    checkBackupsDir(ctx.dir, true);
    const tmp = partialName(path.join(ctx.dir, 'export.sqlite'));
    try {
      await copyInWorker(ctx.dbPath, tmp);
      // A plain copy (after the warning): the same checked copy, decrypted and checked again (db/plainCopy.ts).
      if (options.plain) decryptCopyInPlace(tmp);
    } catch (err) {
      for (const f of [tmp, `${tmp}-journal`]) fs.rmSync(f, { force: true });
      throw err;
    }
    return { ok: true, value: { path: tmp, bytes: fs.statSync(tmp).size } };
  } catch (err) {
    return { ok: false, error: storageFailure(err, ctx.log) };
  }
}

/** The storage operations; errors other than ApiFailures are logged and answered with their storage code. */
export function storageHandlers(ctx: StorageContext): StorageHandlers {
  const { dbPath, settings, clock, current } = ctx;
  const place: BackupPlace = backupPlaceFor(dbPath);
  const guarded = guardedBy(ctx.log);
  // Copies left half-written by a crashed process (with their journals), also when the file opens in recovery mode.
  removeStalePartials(place.dir);
  const problem = () => {
    const state = current();
    return state.mode === 'recovery' ? state.problem : null;
  };
  const keys = keyHandlers({
    dbPath,
    keeping: ctx.keeping ?? { mode: 'stored' },
    problem,
    reopen: () => ctx.enter({ initialBackup: false }),
  });
  return {
    getStartupState: () => ({
      mode: current().mode,
      problem: problem(),
      path: dbPath,
      newestGoodBackup: newestGoodBackup(place),
      key: keys.state(current().mode === 'ok'),
    }),
    listBackups: guarded(() => backupsWithEncryption(place)),
    createBackup: guarded(() =>
      createBackupNow(openDb(current(), dbPath), dbPath, 'manual', { now: clock(), keep: settings.keep }),
    ),
    exportDatabase: guarded(({ plain }) => {
      const db = openDb(current(), dbPath);
      const bytes = plain ? plainSnapshotBytes(db, place.dir) : snapshotBytes(db, dbPath);
      return {
        delivery: 'download' as const,
        fileName: `casusaudit-${localIsoDate(clock())}${plain ? '-onversleuteld' : ''}.sqlite`,
        bytes: bytes.length,
        base64: bytes.toString('base64'),
      };
    }),
    restoreBackup: guarded((args) => restore(ctx, place, args)),
    moveAsideAndStartFresh: guarded(() => {
      if (current().mode !== 'recovery') throw new ApiFailure('invalid_transition', { from: 'ok' });
      const movedTo = moveAside(dbPath, clock());
      // The key of the file moved aside was missing: the new file gets its own (kept first), not no encryption.
      if (databaseKeyInUse() === null && ctx.keyForFreshFile) {
        useDatabaseKey(ctx.keyForFreshFile());
        if (databaseKeyInUse()) keys.markCreated();
      }
      ctx.enter({ initialBackup: false });
      return { movedTo };
    }),
    previewRestore: guarded(({ id }) => previewHandler(ctx, place, id)),
    listRestoreHistory: guarded(() => restoreHistoryRepository(openDb(current(), dbPath)).list()),
    listBackupsHolding: guarded(({ target }) => backupsHolding(place, target)),
    purgeBackups: guarded(({ target, ids, how }) => purgeBackups(place, target, ids, how)),
    unlockDataFile: guarded(keys.handlers.unlockDataFile),
    acknowledgeKeyNotice: keys.handlers.acknowledgeKeyNotice,
    getRecoveryCode: keys.handlers.getRecoveryCode,
    ...plainBackupHandlers(ctx, place, guarded),
  };
}

/** Plain backups from before encryption (db/plainBackups.ts): counted, encrypted or removed, with a key in use only. */
function plainBackupHandlers(
  ctx: StorageContext,
  place: BackupPlace,
  guarded: ReturnType<typeof guardedBy>,
): Pick<StorageHandlers, 'getBackupEncryption' | 'encryptPlainBackups' | 'removePlainBackups'> {
  const { dbPath, current, log } = ctx;
  const encryptedDataFile = () => {
    openDb(current(), dbPath);
    if (!backupKeyFor(dbPath)) throw new ApiFailure('database_not_encrypted', { path: dbPath });
  };
  return {
    getBackupEncryption: guarded(() => {
      openDb(current(), dbPath);
      return { dataFileEncrypted: backupKeyFor(dbPath) !== null, plainBackups: plainBackups(place, dbPath).length };
    }),
    encryptPlainBackups: guarded(() => {
      encryptedDataFile();
      return encryptPlainBackups(place, dbPath, log);
    }),
    removePlainBackups: guarded(() => {
      encryptedDataFile();
      return removePlainBackups(place, dbPath, log);
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
