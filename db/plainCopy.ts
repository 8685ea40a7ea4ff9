/**
 * "Save a copy" without encryption (issue 13, ADR 0014), only after the user was warned: the same consistent,
 * checked copy as the encrypted one, then decrypted in place (`rekey` to an empty key, SQLite3 Multiple Ciphers'
 * way to remove the encryption) and checked again before it is handed over: SQLite's plain header, quick_check,
 * and the same census (every table's rows, schema version, application id) as the encrypted copy. A copy that fails
 * any step is removed by the caller, so nothing half-made is left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { checkBackupsDir, fsyncPath, partialName, putInPlace } from './backupFiles';
import { census } from './encryptPlain';
import { isPlainSqlite, keyFor, openSqlite } from './sqlite';

/** Turns the finished copy `file` (encrypted with the key in use, or already plain) into a checked plain file. */
export function decryptCopyInPlace(file: string): void {
  const key = keyFor(file);
  const copy = openSqlite(file, { key });
  let expected: Record<string, number>;
  try {
    copy.pragma('journal_mode = DELETE');
    expected = census(copy);
    if (key) copy.pragma("rekey=''");
  } finally {
    copy.close();
  }
  if (!isPlainSqlite(file)) throw new Error(`${file} is not plain SQLite after decrypting`);
  const check = openSqlite(file, { key: null, readonly: true, fileMustExist: true });
  try {
    const quick = String(check.pragma('quick_check', { simple: true }));
    if (quick !== 'ok') throw new Error(`plain copy failed quick_check: ${quick}`);
    if (JSON.stringify(census(check)) !== JSON.stringify(expected)) throw new Error('plain copy differs');
  } finally {
    check.close();
  }
  fsyncPath(file);
}

/** A consistent plain copy of the open database written to `dest` (a temporary name beside it, renamed when checked). */
export function writePlainSnapshot(db: Db, dest: string): number {
  const target = path.resolve(dest);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = partialName(target);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    decryptCopyInPlace(partial);
    return putInPlace(partial, target);
  } catch (err) {
    for (const f of [partial, `${partial}-journal`]) fs.rmSync(f, { force: true });
    throw err;
  }
}

/** exportDatabaseTo's plain twin (the desktop's "save a copy" after the warning). */
export function exportPlainTo(db: Db, dest: string): { path: string; bytes: number } {
  return { path: path.resolve(dest), bytes: writePlainSnapshot(db, dest) };
}

/** A consistent plain copy of the open database as bytes (the synchronous download), via a temporary file removed after. */
export function plainSnapshotBytes(db: Db, backupsDir: string): Buffer {
  checkBackupsDir(backupsDir, true);
  const tmp = partialName(path.join(backupsDir, 'export.sqlite'));
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    decryptCopyInPlace(tmp);
    return fs.readFileSync(tmp);
  } finally {
    for (const f of [tmp, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  }
}
