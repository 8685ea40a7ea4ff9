/**
 * The whole backend behind one dispatch function, as both transports (Electron IPC, HTTP bridge) use it:
 * opens the database file and serves the API over it.
 */
import type { Database } from 'better-sqlite3';
import { createDispatch, type Dispatch } from './api/dispatch';
import { closeDatabase, openDatabase, type OpenOptions } from './connection';

export interface Backend {
  dispatch: Dispatch;
  db: Database;
  path: string;
  close: () => void;
}

export function openBackend(path: string, options: OpenOptions = {}): Backend {
  const { db } = openDatabase(path, options);
  return { dispatch: createDispatch(db), db, path, close: () => closeDatabase(db) };
}
