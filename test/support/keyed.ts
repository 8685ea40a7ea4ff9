/** Opening an encrypted test file directly (to look inside it as the app would), and its plain-text checks. */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { KEY_PRAGMAS, type DataKey } from '../../db/keys';

/** A raw connection on `file`, unlocked with `key` (null: a plain file) before any other statement. */
export function openKeyed(file: string, key: DataKey | null, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  for (const p of key ? KEY_PRAGMAS(key) : []) db.pragma(p);
  return db;
}

/** The key of a data file that the harness made (`<file>.key`). */
export const harnessKey = (file: string): string => fs.readFileSync(`${file}.key`, 'utf8').trim();

/** Whether a file starts with SQLite's plain header (an encrypted file starts with random bytes). */
export const isPlain = (file: string): boolean =>
  fs.readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000';
