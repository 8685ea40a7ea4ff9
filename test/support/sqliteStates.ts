/**
 * SQLite files in the states a crash leaves behind, for tests that check a file is never changed: a main file
 * with a -wal full of committed frames not yet checkpointed, or with a hot rollback journal. Built with real
 * SQLite: the files are copied while the writing connection is still open (as a kill would leave them).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'];

type Db = Database.Database;

const scratch = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-state-')), 'src.sqlite');

function copyState(src: string, dest: string): void {
  fs.copyFileSync(src, dest);
  for (const s of SIDE_SUFFIXES) if (fs.existsSync(src + s)) fs.copyFileSync(src + s, dest + s);
}

/**
 * `dest` (+ -wal, -shm) as a process killed in WAL mode leaves it: `setup` is checkpointed into the main file,
 * `later` only in the WAL.
 */
export function withWal(dest: string, setup: (db: Db) => void, later: (db: Db) => void): void {
  const src = scratch();
  const db = new Database(src);
  db.pragma('journal_mode = WAL');
  setup(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  later(db);
  copyState(src, dest);
  db.close();
}

/**
 * `dest` (+ -journal) as a process killed in the middle of a rollback-journal transaction leaves it: `setup`
 * committed; `change` half-written into the main file (the cache spills) with the old pages in a hot journal.
 */
export function withHotJournal(dest: string, setup: (db: Db) => void, change: (db: Db) => void): void {
  const src = scratch();
  const db = new Database(src);
  db.pragma('journal_mode = DELETE');
  setup(db);
  db.pragma('cache_size = 2');
  db.exec('BEGIN');
  change(db);
  copyState(src, dest);
  db.exec('ROLLBACK');
  db.close();
  if (!fs.existsSync(`${dest}-journal`)) throw new Error('no journal was written: the change was too small');
}

/** Many rows, so that pages spill and a scribble in the middle hits data. */
export function fillRows(db: Db, table = 'filler', rows = 400): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id INTEGER PRIMARY KEY, text TEXT)`);
  const insert = db.prepare(`INSERT INTO ${table} (text) VALUES (?)`);
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`rij ${i} ${'x'.repeat(120)}`);
  })();
}

/** Rewrites every row, touching every page of the table. */
export const rewriteRows =
  (table = 'filler') =>
  (db: Db) =>
    db.prepare(`UPDATE ${table} SET text = text || ' (gewijzigd)'`).run();

/** Overwrites bytes [from, to) of a file with a pattern: pages that no longer make sense. */
export function scribble(file: string, from = 8192, to = 40960): void {
  const bytes = fs.readFileSync(file);
  for (let i = from; i < Math.min(bytes.length, to); i++) bytes[i] = (i * 7) & 0xff;
  fs.writeFileSync(file, bytes);
}

/** sha256 of the file and each side file ('absent' when missing): equal maps mean nothing was changed or added. */
export function digests(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of [file, ...SIDE_SUFFIXES.map((s) => file + s)]) {
    out[path.basename(f)] = fs.existsSync(f)
      ? crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')
      : 'absent';
  }
  return out;
}
