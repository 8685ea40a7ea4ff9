/**
 * The desktop app's native module reaches every SQLite handle (ADR 0004): a binding set once at start is used by
 * the data file, the inspection copy and backups alike, and no code opens SQLite any other way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../db/backup';
import { closeDatabase, openDatabase } from '../../db/connection';
import { openSqlite, useNativeBinding } from '../../db/sqlite';
import { filesUnder } from '../support/files';

// A binding that cannot load: any open that uses it fails, any open that ignores it succeeds.
const NOT_LOADABLE = path.join(os.tmpdir(), 'casusaudit-no-such-binding', 'better_sqlite3.node');

afterEach(() => useNativeBinding(undefined));

describe('one native module for every SQLite handle', () => {
  it('is used by openSqlite, opening the data file and inspecting a file once it is set', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-binding-'));
    const file = path.join(dir, 'casusaudit.sqlite');
    closeDatabase(openDatabase(file).db);
    expect(inspectDatabaseFile(file).ok).toBe(true);

    useNativeBinding(NOT_LOADABLE);
    expect(() => openSqlite(':memory:')).toThrow();
    expect(() => openDatabase(file)).toThrow();
    expect(inspectDatabaseFile(file).ok).toBe(false);

    useNativeBinding(undefined);
    expect(inspectDatabaseFile(file).ok).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is the only way the app opens SQLite', () => {
    const opens = ['db', 'server', 'electron']
      .flatMap((d) => filesUnder(d, /\.ts$/))
      .filter((f) => f !== path.join('db', 'sqlite.ts'))
      .filter((f) => /new Database\(/.test(fs.readFileSync(f, 'utf8')));
    expect(opens).toEqual([]);
  });
});
