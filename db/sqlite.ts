/**
 * Every SQLite handle the app opens goes through `openSqlite`, so the desktop app's better-sqlite3 built for
 * Electron's ABI (ADR 0004) is used everywhere — data file, lock, inspection copies, backups, restores — and not
 * only where a caller remembered to pass it. Node (tests, the browser harness) uses the default build.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db, Options } from 'better-sqlite3-multiple-ciphers';

let defaultBinding: string | undefined;

/** The native module every later open uses unless it names its own (set once at desktop start). */
export function useNativeBinding(file: string | undefined): void {
  defaultBinding = file;
}

export function openSqlite(file: string | Buffer, options: Options = {}): Db {
  const binding = options.nativeBinding ?? defaultBinding;
  return new Database(file, { ...options, ...(binding ? { nativeBinding: binding } : {}) });
}

/** The native module in use (Electron's build on the desktop), for SQLite handles opened in worker threads. */
export const nativeBindingInUse = (): string | undefined => defaultBinding;

/**
 * `openSqlite` for a worker thread's plain CommonJS (db/backupWorker.ts): the same rule, with the module path and
 * the native module handed over in `workerData` (`module`, `nativeBinding`).
 */
export const OPEN_SQLITE_IN_WORKER = `
const openSqlite = (file, options = {}) => {
  const Database = require(workerData.module);
  const binding = options.nativeBinding ?? workerData.nativeBinding;
  return new Database(file, { ...options, ...(binding ? { nativeBinding: binding } : {}) });
};
`;
