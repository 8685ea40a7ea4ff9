/**
 * The whole backend behind one dispatch function, as both transports (Electron IPC, HTTP bridge) use it:
 * opens the database file and serves the API over it, with automatic backups.
 *
 * The open database can be swapped while the app runs (restoring a backup), so the backend holds one current
 * state and `dispatch` always serves that state. A file that cannot be opened (damaged, foreign, from a newer
 * version) does not stop the app: the backend starts in recovery mode, where dispatch answers only the
 * recovery operations and refuses every other one with the problem's code.
 *
 * One writer per data file (ADR 0008): the backend holds the file's lock (db/fileLock.ts) from its start to
 * close(), in recovery mode and across a restore too. Without the lock (another Casusaudit window or program
 * has the file, or its folder cannot be written) it never opens the file: it starts in recovery mode with that
 * problem, refuses restore and "start fresh", and tries again each time the startup state is asked for.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import fs from 'node:fs';
import { contract } from '../shared/api/contract';
import { ApiFailure, type ApiResult } from '../shared/api/errors';
import { isWaitingProblem, type BackupInfo, type StartupProblem, type StartupState } from '../shared/domain/storage';
import {
  createBackupInWorker,
  exportCopyInWorker,
  openDb,
  recoveryDispatch,
  storageHandlers,
  type CurrentState,
  type Log,
  type StorageHandlers,
} from './api/backups';
import { createDispatch, type Dispatch } from './api/dispatch';
import { callMatrixFile, isMatrixFileOperation } from './api/matrices';
import { backupSettingsFrom, backupsDirFor, exportDatabaseTo, scheduleBackups, type BackupSettings } from './backup';
import { removeStalePartials } from './backupFiles';
import { closeDatabase, DatabaseOpenError, openDatabase, type OpenOptions } from './connection';
import { rememberCleanClose } from './cleanClose';
import { acquireFileLock, type FileLock } from './fileLock';
import { databaseKeyInUse, useDatabaseKey } from './sqlite';
import { exportPlainTo } from './plainCopy';
import type { DataKey } from './keys';
import type { KeyKeeping } from './api/dataKey';

export interface BackendOptions extends OpenOptions {
  /** Automatic backups; defaults from CASUSAUDIT_BACKUP_INTERVAL_MIN / CASUSAUDIT_BACKUP_KEEP, else every 10 minutes, keep 20. */
  backups?: Partial<BackupSettings>;
  log?: (msg: string, err?: unknown) => void;
  /**
   * Recovery's "start fresh" when no key was known (database_key_missing): makes and keeps the new file's key (the
   * caller stores it first, and tells the user); without it, or if it gives none, the new file is plain.
   */
  keyForFreshFile?: () => DataKey | null;
  /**
   * How the shell keeps keys (db/api/dataKey.ts): whether a key was made at this start (the user is told once), how
   * a recovery code typed in recovery mode is kept, and whether the file waits for a passphrase (mode 'passphrase'
   * without `key`: database_passphrase_needed, nothing is opened until it is typed).
   */
  keys?: KeyKeeping;
}

export interface Backend {
  /** Serves the API over whatever database is current (stable: survives a restore). */
  readonly dispatch: Dispatch;
  /**
   * The same API for the transports (IPC, HTTP), as a promise: a manual backup is written in a worker thread and
   * answers when it is done, while saves go on meanwhile; every other operation is `dispatch`.
   */
  readonly call: (operation: string, args: unknown) => Promise<ApiResult<unknown>>;
  /**
   * For the browser harness's "save a copy": a consistent, checked copy in a temporary file (made in a worker
   * thread), which the caller streams and then removes. Encrypted like the data file; `plain`: decrypted and checked.
   */
  exportCopy: (options?: { plain?: boolean }) => Promise<ApiResult<{ path: string; bytes: number }>>;
  /** The current database. Throws in recovery mode, where no database is open. */
  readonly db: Database;
  readonly path: string;
  readonly mode: 'ok' | 'recovery';
  readonly backupsDir: string;
  /**
   * How the data file was looked at before it was last opened (ADR 0013): 'full' (copied and checked page by page),
   * 'clean-close' (exactly as this app closed it cleanly), or null when it is not open (recovery mode).
   */
  readonly inspection: 'full' | 'clean-close' | null;
  startupState: () => StartupState;
  /** A scheduled-style backup with the online backup API, now (null if one is already running or it failed). */
  backupNow: () => Promise<BackupInfo | null>;
  /** Resolves once no scheduled backup is running (e.g. before quitting, or in tests). */
  backupsIdle: () => Promise<unknown>;
  /**
   * For Electron's "save a copy" dialog: writes a consistent copy of the whole database to `dest`
   * (a temporary file beside it, renamed when complete), encrypted like the data file, or plain with `plain` (after
   * the user was warned; db/plainCopy.ts). Throws in recovery mode.
   */
  exportTo: (dest: string, options?: { plain?: boolean }) => { path: string; bytes: number };
  close: () => void;
}

/** The current state (a restore replaces it) with the dispatch that serves it. */
type State = CurrentState & { dispatch: Dispatch; inspection?: 'full' | 'clean-close' };

/** What opening the file needs; the same for every (re)opening. */
interface Setup {
  dbPath: string;
  settings: BackupSettings;
  clock: () => Date;
  log: Log;
  options: BackendOptions;
  storage: StorageHandlers;
}

/**
 * Recovery mode for a problem the app must not act on: restore and "start fresh" are refused (another process
 * may be using the file, or nothing can be written), and asking for the startup state first tries again.
 */
function waitingState(setup: Setup, problem: StartupProblem, retry?: () => void): State {
  const refuse = () => {
    throw new ApiFailure(problem, { path: setup.dbPath });
  };
  const storage: StorageHandlers = {
    ...setup.storage,
    getStartupState: (args) => {
      retry?.();
      return setup.storage.getStartupState(args);
    },
    restoreBackup: refuse,
    moveAsideAndStartFresh: refuse,
  };
  return { mode: 'recovery', problem, dispatch: recoveryDispatch(storage, problem, setup.dbPath, setup.log) };
}

/** Opens the file (into normal mode) or, if it cannot be used, into recovery mode. */
function openState(setup: Setup, initialBackup: boolean, retry: () => void): State {
  const { dbPath, settings, clock, log, options, storage } = setup;
  // No key store here: nothing is opened until the passphrase is typed (unlockDataFile then enters again).
  if (options.keys?.mode === 'passphrase' && databaseKeyInUse() === null)
    return waitingState(setup, 'database_passphrase_needed');
  try {
    const isNew = !fs.existsSync(dbPath) || fs.statSync(dbPath).size === 0;
    const { db, inspection } = openDatabase(dbPath, { ...options, key: databaseKeyInUse(), trustCleanClose: true });
    const scheduler = scheduleBackups(db, dbPath, settings, { initial: initialBackup && !isNew, now: clock, log });
    return {
      mode: 'ok',
      db,
      inspection,
      scheduler,
      dispatch: createDispatch(db, { ...(options.now ? { now: options.now } : {}), log, extra: storage }),
    };
  } catch (err) {
    if (!(err instanceof DatabaseOpenError)) throw err;
    log(`cannot open ${dbPath}: ${err.message}`);
    if (isWaitingProblem(err.code)) return waitingState(setup, err.code, retry);
    return { mode: 'recovery', problem: err.code, dispatch: recoveryDispatch(storage, err.code, dbPath, log) };
  }
}

/**
 * Stops the backups and closes the database (its WAL checkpointed), then records the clean close (ADR 0013) so the
 * next start need not inspect the file in full again. Nothing to do in recovery mode (nothing was opened).
 */
function closeState(state: State, dbPath: string, log: Log): void {
  if (state.mode !== 'ok') return;
  state.scheduler.stop();
  closeDatabase(state.db);
  try {
    if (!rememberCleanClose(dbPath)) log(`${dbPath} was not left clean at close; the next start checks it in full`);
  } catch (err) {
    log(`cannot record the clean close of ${dbPath}`, err);
  }
}

interface AsyncCallContext {
  dispatch: Dispatch;
  /** The open database, or null when closed or in recovery mode (then dispatch answers). */
  open: () => Database | null;
  storageContext: Parameters<typeof createBackupInWorker>[0];
  log: Log;
}

/**
 * Backend.call: a manual backup (written in a worker thread) and the matrix files (exceljs reads and writes
 * asynchronously) answer when done, while saves go on meanwhile; every other operation is dispatch.
 */
async function callAsync(operation: string, args: unknown, c: AsyncCallContext): Promise<ApiResult<unknown>> {
  const db = c.open();
  if (!db) return c.dispatch(operation, args);
  if (isMatrixFileOperation(operation)) return callMatrixFile(c.open, c.storageContext.clock, operation, args, c.log);
  if (operation !== 'createBackup') return c.dispatch(operation, args);
  // Arguments are checked exactly as dispatch checks them (createBackup takes none).
  if (!contract.createBackup.safeParse(args ?? {}).success) return c.dispatch(operation, args);
  return createBackupInWorker(c.storageContext);
}

/** Opens the backend; from here on every SQLite handle (data file, backups, copies, workers) uses `options.key`. */
export function openBackend(file: string, options: BackendOptions = {}): Backend {
  const dbPath = path.resolve(file);
  useDatabaseKey(options.key ?? null);
  const dir = backupsDirFor(dbPath);
  const settings: BackupSettings = { ...backupSettingsFrom({}, process.env), ...options.backups };
  const log = options.log ?? ((msg: string, err?: unknown) => console.error(msg, err ?? ''));
  const clock = options.now ?? (() => new Date());
  let closed = false;
  let lock: FileLock | null = null;
  let state: State;
  const { keyForFreshFile, keys: keeping } = options;
  const storageContext = { dbPath, dir, settings, clock, log, current: () => state, enter, keyForFreshFile, keeping };
  const storage = storageHandlers(storageContext);
  const setup: Setup = { dbPath, settings, clock, log, options, storage };

  /**
   * Opens the file again; after a restore whose file still fails to open, the ApiFailure reports why. The lock is
   * taken first (once; it is kept until close) and nothing touches the file without it.
   */
  function enter({ initialBackup }: { initialBackup: boolean }): void {
    const retry = () => void (!closed && enter({ initialBackup }));
    if (!lock) {
      const got = acquireFileLock(dbPath, options);
      if (!got.ok) {
        log(`cannot open ${dbPath}: ${got.detail}`);
        state = waitingState(setup, got.problem, retry);
        return;
      }
      lock = got.lock;
      removeStalePartials(path.dirname(dbPath));
    }
    state = openState(setup, initialBackup, retry);
  }
  enter({ initialBackup: true });

  const dispatch: Dispatch = (operation, args) => {
    if (closed) return { ok: false, error: { code: 'storage_failed', params: { reason: 'closed' } } };
    return state.dispatch(operation, args);
  };

  const open = () => (closed || state.mode !== 'ok' ? null : state.db);
  const call = (operation: string, args: unknown) =>
    callAsync(operation, args, { dispatch, open, storageContext, log });

  return {
    dispatch,
    call,
    exportCopy: (options) => exportCopyInWorker(storageContext, options),
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
    get inspection() {
      return state.mode === 'ok' ? (state.inspection ?? null) : null;
    },
    startupState: () => storage.getStartupState({}),
    backupNow: () => (state.mode === 'ok' ? state.scheduler.runNow('auto') : Promise.resolve(null)),
    backupsIdle: () => (state.mode === 'ok' ? state.scheduler.idle() : Promise.resolve(null)),
    exportTo: (dest, options) => (options?.plain ? exportPlainTo : exportDatabaseTo)(openDb(state, dbPath), dest),
    close: () => {
      if (closed) return;
      closed = true;
      try {
        closeState(state, dbPath, log);
      } finally {
        // Only after the database is closed (its WAL checkpointed): then another process may have the file.
        lock?.release();
        lock = null;
      }
    },
  };
}
