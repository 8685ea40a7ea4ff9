/**
 * Every SQLite handle the app opens goes through `openSqlite`, so the desktop app's native module built for
 * Electron's ABI (ADR 0004) is used everywhere — data file, lock, inspection copies, backups, restores — and not
 * only where a caller remembered to pass it. Node (tests, the browser harness) uses the default build.
 *
 * The same rule holds for the data file's key (ADR 0014): once the backend set it, every handle on an encrypted
 * file (its header is not SQLite's plain one) or on a new file is unlocked with it before any other statement.
 * A plain file (SQLite's header) is opened as it is.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db, Options } from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { KEY_PRAGMAS, type DataKey } from './keys';

let defaultBinding: string | undefined;
let currentKey: DataKey | null = null;

/** The native module every later open uses unless it names its own (set once at desktop start). */
export function useNativeBinding(file: string | undefined): void {
  defaultBinding = file;
}

/** The key every later open of an encrypted or new file uses (the backend sets it as it opens a data file). */
export function useDatabaseKey(key: DataKey | null): void {
  currentKey = key;
}

export const databaseKeyInUse = (): DataKey | null => currentKey;

const PLAIN_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Whether a file starts with SQLite's plain header (false for a missing, empty or encrypted file). */
export function isPlainSqlite(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(16);
    return fs.readSync(fd, head, 0, 16, 0) === 16 && head.equals(PLAIN_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** The key a handle on `file` needs: the current key, unless the file is plain SQLite or in memory. */
export function keyFor(file: string | Buffer): DataKey | null {
  if (!currentKey || typeof file !== 'string' || file === '' || file === ':memory:') return null;
  return isPlainSqlite(file) ? null : currentKey;
}

export interface OpenSqliteOptions extends Options {
  /** The key to use instead of the rule above; null opens without a key (the lock file). */
  key?: DataKey | null;
}

export function openSqlite(file: string | Buffer, options: OpenSqliteOptions = {}): Db {
  const { key: given, ...rest } = options;
  const binding = rest.nativeBinding ?? defaultBinding;
  const key = given === undefined ? keyFor(file) : given;
  const db = new Database(file, { ...rest, ...(binding ? { nativeBinding: binding } : {}) });
  try {
    for (const p of key ? KEY_PRAGMAS(key) : []) db.pragma(p);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** The native module in use (Electron's build on the desktop), for SQLite handles opened in worker threads. */
export const nativeBindingInUse = (): string | undefined => defaultBinding;

/**
 * `openSqlite` for a worker thread's plain CommonJS (db/backupWorker.ts): the same rule, with the module path, the
 * native module and the key (hex, or null for a plain file) handed over in `workerData` (`module`,
 * `nativeBinding`, `key`). A copy written by VACUUM INTO from an encrypted connection has the same key.
 */
export const OPEN_SQLITE_IN_WORKER = `
const openSqlite = (file, options = {}) => {
  const Database = require(workerData.module);
  const binding = options.nativeBinding ?? workerData.nativeBinding;
  const db = new Database(file, { ...options, ...(binding ? { nativeBinding: binding } : {}) });
  if (workerData.key) {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma('key="x\\'' + workerData.key + '\\'"');
  }
  return db;
};
`;
