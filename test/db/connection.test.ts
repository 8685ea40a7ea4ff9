/** Opening the one SQLite file: settings, migrations, and refusals that never touch a file that isn't ours. */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, closeDatabase, DatabaseOpenError, openDatabase } from '../../db/connection';
import { LATEST_VERSION } from '../../db/migrations/index';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-conn-')), 'data.sqlite');
const refusal = (file: string): string => {
  try {
    closeDatabase(openDatabase(file).db);
    return 'opened';
  } catch (err) {
    return err instanceof DatabaseOpenError ? err.code : `other: ${(err as Error).message}`;
  }
};

describe('openDatabase', () => {
  it('creates a new file in WAL mode with foreign keys, the latest schema and the default matrix', () => {
    const file = tmp();
    const { db } = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT slug, version FROM templates').all()).toEqual([{ slug: 'sofs-cca-default', version: 1 }]);
    db.prepare("INSERT INTO people (name, role, created_at) VALUES ('X', 'consulent', 'now')").run();
    closeDatabase(db);
    const again = openDatabase(file);
    expect(again.db.prepare('SELECT count(*) AS n FROM templates').get()).toEqual({ n: 1 });
    expect(again.db.prepare('SELECT name FROM people').all()).toEqual([{ name: 'X' }]);
    expect(again.preMigrationCopy).toBeNull();
    closeDatabase(again.db);
  });

  it('refuses a file from a newer version, leaving it byte-identical', () => {
    const file = tmp();
    closeDatabase(openDatabase(file).db);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(file);
    expect(refusal(file)).toBe('database_too_new');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite, and another application’s database, unchanged', () => {
    const text = tmp();
    fs.writeFileSync(text, 'Geen database, gewoon tekst: ë é ï\n'.repeat(20));
    const before = fs.readFileSync(text);
    expect(refusal(text)).toBe('database_foreign');
    expect(fs.readFileSync(text).equals(before)).toBe(true);

    const other = tmp();
    const raw = new Database(other);
    raw.exec(
      'CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5);',
    );
    raw.close();
    const otherBefore = fs.readFileSync(other);
    expect(refusal(other)).toBe('database_foreign');
    expect(fs.readFileSync(other).equals(otherBefore)).toBe(true);
  });

  it('refuses a damaged file without repairing it', () => {
    const file = tmp();
    const { db } = openDatabase(file);
    const insert = db.prepare("INSERT INTO people (name, role, created_at) VALUES (?, 'consulent', 'now')");
    for (let i = 0; i < 500; i++) insert.run(`Persoon ${i} ${'x'.repeat(100)}`);
    closeDatabase(db);
    const bytes = fs.readFileSync(file);
    // Scribble over the middle pages (not the header): a damaged file.
    for (let i = 8192; i < Math.min(bytes.length, 40960); i++) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, bytes);
    expect(refusal(file)).toBe('database_damaged');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
