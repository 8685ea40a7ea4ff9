/**
 * The whole backend behind one dispatch function, as both transports (Electron IPC, HTTP bridge) use it:
 * opens the database file and serves the API over it, with automatic backups.
 *
 * The open database can be swapped while the app runs (restoring a backup), so the backend holds one current
 * state and `dispatch` always serves that state. A file that cannot be opened (damaged, foreign, from a newer
 * version) does not stop the app: the backend starts in recovery mode, where dispatch answers only the
 * recovery operations and refuses every other one with the problem's code.
 */
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import fs from 'node:fs';
import type { Parsed, Results } from '../shared/api/contract';
import { ApiFailure, type ApiError } from '../shared/api/errors';
import type { StorageOperationName } from '../shared/api/operations';
import type { BackupInfo, RestoreResult, StartupProblem, StartupState } from '../shared/domain/storage';
import { createDispatch, serve, type Dispatch } from './api/dispatch';
import {
  backupSettingsFrom,
  backupsDirFor,
  createBackupNow,
  exportDatabaseTo,
  inspectDatabaseFile,
  listBackupFiles,
  moveAside,
  moveBack,
  newestGoodBackup,
  putBackupInPlace,
  scheduleBackups,
  snapshotBytes,
  type BackupScheduler,
  type BackupSettings,
} from './backup';
import { removeStalePartials, resolveBackup } from './backupFiles';
import { closeDatabase, DatabaseOpenError, openDatabase, type OpenOptions } from './connection';

export interface BackendOptions extends OpenOptions {
  /** Automatic backups; defaults from CASUSAUDIT_BACKUP_INTERVAL_MIN / CASUSAUDIT_BACKUP_KEEP, else every 10 minutes, keep 20. */
  backups?: Partial<BackupSettings>;
  log?: (msg: string, err?: unknown) => void;
}

export interface Backend {
  /** Serves the API over whatever database is current (stable: survives a restore). */
  readonly dispatch: Dispatch;
  /** The current database. Throws in recovery mode, where no database is open. */
  readonly db: Database;
  readonly path: string;
  readonly mode: 'ok' | 'recovery';
  readonly backupsDir: string;
  startupState: () => StartupState;
  /** A scheduled-style backup with the online backup API, now (null if one is already running or it failed). */
  backupNow: () => Promise<BackupInfo | null>;
  /** Resolves once no scheduled backup is running (e.g. before quitting, or in tests). */
  backupsIdle: () => Promise<unknown>;
  /**
   * For Electron's "save a copy" dialog: writes a consistent copy of the whole database to `dest`
   * (a temporary file beside it, renamed when complete). Throws in recovery mode.
   */
  exportTo: (dest: string) => { path: string; bytes: number };
  close: () => void;
}

type State =
  | { mode: 'ok'; db: Database; dispatch: Dispatch; scheduler: BackupScheduler }
  | { mode: 'recovery'; problem: StartupProblem; dispatch: Dispatch };

type StorageHandlers = { [O in StorageOperationName]: (args: Parsed<O>) => Results[O] };

const RECOVERY_OPERATIONS = new Set<string>([
  'getStartupState',
  'listBackups',
  'restoreBackup',
  'moveAsideAndStartFresh',
]);

export function openBackend(file: string, options: BackendOptions = {}): Backend {
  const dbPath = path.resolve(file);
  const dir = backupsDirFor(dbPath);
  const settings: BackupSettings = { ...backupSettingsFrom({}, process.env), ...options.backups };
  const log = options.log ?? ((msg: string, err?: unknown) => console.error(msg, err ?? ''));
  const clock = options.now ?? (() => new Date());
  let closed = false;

  const storageFailure = (err: unknown): never => {
    if (err instanceof ApiFailure) throw err;
    log('storage operation failed', err);
    throw new ApiFailure('storage_failed');
  };
  const guarded =
    <A, R>(fn: (args: A) => R) =>
    (args: A): R => {
      try {
        return fn(args);
      } catch (err) {
        return storageFailure(err);
      }
    };

  const okDb = (): Database => {
    if (state.mode !== 'ok') throw new ApiFailure(state.problem, { path: dbPath });
    return state.db;
  };

  const findBackup = (id: string) => {
    const found = resolveBackup(dir, id);
    if (!found) throw new ApiFailure('not_found', { entity: 'backup', id });
    const check = inspectDatabaseFile(found.path);
    if (!check.ok) throw new ApiFailure(check.problem, { path: id });
    return found;
  };

  const storage: StorageHandlers = {
    getStartupState: () => ({
      mode: state.mode,
      problem: state.mode === 'recovery' ? state.problem : null,
      path: dbPath,
      newestGoodBackup: newestGoodBackup(dir),
    }),
    listBackups: guarded(() => listBackupFiles(dir)),
    createBackup: guarded(() => createBackupNow(okDb(), dbPath, 'manual', { now: clock(), keep: settings.keep })),
    exportDatabase: guarded(() => {
      const bytes = snapshotBytes(okDb(), dbPath);
      return {
        delivery: 'download' as const,
        fileName: `casusaudit-${clock().toISOString().slice(0, 10)}.sqlite`,
        bytes: bytes.length,
        base64: bytes.toString('base64'),
      };
    }),
    restoreBackup: guarded(({ id }): RestoreResult => {
      const backup = findBackup(id);
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
    }),
    moveAsideAndStartFresh: guarded(() => {
      if (state.mode !== 'recovery') throw new ApiFailure('invalid_transition', { from: 'ok' });
      const movedTo = moveAside(dbPath, clock());
      enter({ initialBackup: false });
      return { movedTo };
    }),
  };

  const requireOpened = () => {
    if (state.mode === 'recovery') throw new ApiFailure(state.problem, { path: dbPath });
  };

  const recoveryDispatch = (problem: StartupProblem): Dispatch => {
    const allowed = Object.fromEntries(Object.entries(storage).filter(([op]) => RECOVERY_OPERATIONS.has(op)));
    const refusal: ApiError = { code: problem, params: { path: dbPath } };
    return serve(allowed, { log, unavailable: () => refusal });
  };

  /** Opens the file (into normal mode) or, if it cannot be used, into recovery mode. After a restore whose file
   * still fails to open, the ApiFailure reports why. */
  let state: State;
  function enter({ initialBackup }: { initialBackup: boolean }): void {
    try {
      const isNew = !fs.existsSync(dbPath);
      const { db } = openDatabase(dbPath, options);
      const scheduler = scheduleBackups(db, dbPath, settings, { initial: initialBackup && !isNew, now: clock, log });
      state = {
        mode: 'ok',
        db,
        scheduler,
        dispatch: createDispatch(db, { ...(options.now ? { now: options.now } : {}), log, extra: storage }),
      };
    } catch (err) {
      if (!(err instanceof DatabaseOpenError)) throw err;
      log(`cannot open ${dbPath}: ${err.message}`);
      state = { mode: 'recovery', problem: err.code, dispatch: recoveryDispatch(err.code) };
    }
  }
  removeStalePartials(path.dirname(dbPath));
  enter({ initialBackup: true });

  const dispatch: Dispatch = (operation, args) => {
    if (closed) return { ok: false, error: { code: 'storage_failed', params: { reason: 'closed' } } };
    return state.dispatch(operation, args);
  };

  return {
    dispatch,
    get db() {
      if (state.mode !== 'ok')
        throw new DatabaseOpenError(state.problem, `${dbPath} could not be opened (recovery mode)`, { path: dbPath });
      return state.db;
    },
    path: dbPath,
    get mode() {
      return state.mode;
    },
    backupsDir: dir,
    startupState: () => storage.getStartupState({}),
    backupNow: () => (state.mode === 'ok' ? state.scheduler.runNow('auto') : Promise.resolve(null)),
    backupsIdle: () => (state.mode === 'ok' ? state.scheduler.idle() : Promise.resolve(null)),
    exportTo: (dest) => exportDatabaseTo(okDb(), dest),
    close: () => {
      if (closed) return;
      closed = true;
      if (state.mode === 'ok') {
        state.scheduler.stop();
        closeDatabase(state.db);
      }
    },
  };
}
