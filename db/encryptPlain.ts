/**
 * Encrypts an existing plain data file on the first start with a key (issue 13 item 4, ADR 0014), crash-safe at
 * every step: the plain file is copied (VACUUM INTO, which also takes what its WAL holds) into a new file beside it,
 * that copy is encrypted in place (`rekey`), reopened with the key and compared with the original, flushed, and only
 * then renamed over the plain file in one step. A kill before the rename leaves the plain file as it was (and a
 * half-made copy that the next start removes, db/backupFiles.ts); a kill after it leaves the encrypted one. The key
 * must be kept (key file, safeStorage) before this runs. The caller holds the file's lock (ADR 0008).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { fsyncPath, partialName } from './backupFiles';
import { KEY_PRAGMAS, type DataKey } from './keys';
import { openSqlite } from './sqlite';

/** Table name → row count: what the encrypted copy must hold, exactly as the plain file does. */
export function census(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number;
  out['#user_version'] = db.pragma('user_version', { simple: true }) as number;
  out['#application_id'] = db.pragma('application_id', { simple: true }) as number;
  return out;
}

/** Writes the encrypted, checked copy of the plain `file` to `partial`; returns what it must hold. */
function encryptedCopy(file: string, partial: string, key: DataKey): Record<string, number> {
  const plain = openSqlite(file, { key: null });
  let expected: Record<string, number>;
  try {
    expected = census(plain);
    plain.prepare('VACUUM INTO ?').run(partial);
  } finally {
    plain.close();
  }
  const copy = openSqlite(partial, { key: null });
  try {
    copy.pragma('journal_mode = DELETE');
    for (const p of KEY_PRAGMAS(key).slice(0, 2)) copy.pragma(p);
    copy.pragma(`rekey="x'${key.hex}'"`);
  } finally {
    copy.close();
  }
  const check = openSqlite(partial, { key });
  try {
    const quick = String(check.pragma('quick_check', { simple: true }));
    if (quick !== 'ok') throw new Error(`encrypted copy failed quick_check: ${quick}`);
    if (JSON.stringify(census(check)) !== JSON.stringify(expected)) throw new Error('encrypted copy differs');
  } finally {
    check.close();
  }
  return expected;
}

/** Encrypts the plain data file `file` with `key` (see above). Throws, leaving the plain file as it was, on failure. */
export function encryptPlainFile(file: string, key: DataKey): void {
  const partial = partialName(path.resolve(file));
  try {
    encryptedCopy(file, partial, key);
    // The plain file's connection is closed, so its WAL was checkpointed and removed; a WAL still beside it would
    // be replayed into the encrypted file: then the plain file is kept, never swapped.
    if ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) throw new Error(`${file}-wal remains`);
    fsyncPath(partial);
    fs.rmSync(`${file}-shm`, { force: true });
    fs.rmSync(`${file}-wal`, { force: true });
    fs.renameSync(partial, file);
    fsyncPath(path.dirname(path.resolve(file)));
  } finally {
    for (const f of [partial, `${partial}-journal`]) fs.rmSync(f, { force: true });
  }
}
