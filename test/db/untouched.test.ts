/**
 * Inspect before touching: a foreign, too-new, damaged or incomplete file, with a -wal or a hot -journal beside
 * it as a crash leaves them, is refused and left byte-identical (main file and every side file, none added),
 * after opening the backend and after closing it; the check of a backup or a chosen file writes nothing either.
 * Our own file in the same states opens, with what the WAL holds and what the journal rolls back.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../db/backup';
import { openBackend, type Backend } from '../../db/backend';
import { APPLICATION_ID, closeDatabase, DatabaseOpenError, migrate, openDatabase } from '../../db/connection';
import { LATEST_VERSION } from '../../db/migrations/index';
import { digests, fillRows, rewriteRows, scribble, withHotJournal, withWal } from '../support/sqliteStates';

type Db = Database.Database;
const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-untouched-')), 'casusaudit.sqlite');
const quiet = { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} };

const foreign = (db: Db) => fillRows(db, 'invoices');
const tooNew = (db: Db) => {
  fillRows(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
};
const ours = (db: Db) => {
  migrate(db, 0);
  fillRows(db);
};
const addRow = (db: Db) => db.prepare("INSERT INTO filler (text) VALUES ('nieuw')").run();
const addInvoice = (db: Db) => db.prepare("INSERT INTO invoices (text) VALUES ('nieuw')").run();
// A change to the last rows only: the pages scribbled over by `scribble` are not in the journal.
const rewriteLast = (db: Db) => db.prepare("UPDATE filler SET text = text || ' (gewijzigd)' WHERE id > 300").run();
const emptyMain = (file: string) => fs.truncateSync(file, 0);

interface Case {
  name: string;
  expected: string;
  make: (file: string) => void;
}

const CASES: Case[] = [
  { name: 'foreign, with a -wal', expected: 'database_foreign', make: (f) => withWal(f, foreign, addInvoice) },
  {
    name: 'foreign, with a hot -journal',
    expected: 'database_foreign',
    make: (f) => withHotJournal(f, foreign, rewriteRows('invoices')),
  },
  { name: 'too new, with a -wal', expected: 'database_too_new', make: (f) => withWal(f, tooNew, addRow) },
  {
    name: 'too new, with a hot -journal',
    expected: 'database_too_new',
    make: (f) => withHotJournal(f, tooNew, rewriteRows()),
  },
  {
    name: 'damaged, with a -wal',
    expected: 'database_damaged',
    make: (f) => {
      withWal(f, ours, addRow);
      scribble(f);
    },
  },
  {
    name: 'damaged, with a hot -journal',
    expected: 'database_damaged',
    make: (f) => {
      withHotJournal(f, ours, rewriteLast);
      scribble(f);
    },
  },
  {
    name: 'zero bytes, with a full -wal',
    expected: 'database_damaged',
    make: (f) => {
      withWal(f, ours, addRow);
      emptyMain(f);
    },
  },
  {
    name: 'zero bytes, with a hot -journal',
    expected: 'database_damaged',
    make: (f) => {
      withHotJournal(f, ours, rewriteRows());
      emptyMain(f);
    },
  },
];

describe('a refused file and its side files stay byte-identical', () => {
  for (const c of CASES) {
    it(`${c.name}: refused as ${c.expected}`, () => {
      const file = tmp();
      c.make(file);
      const before = digests(file);
      expect(Object.values(before).filter((d) => d !== 'absent').length).toBeGreaterThan(1);

      const b = openBackend(file, quiet);
      opened.push(b);
      expect(b.mode).toBe('recovery');
      expect(b.startupState().problem).toBe(c.expected);
      expect(digests(file)).toEqual(before);
      b.close();
      expect(digests(file), 'after closing the backend').toEqual(before);

      expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
      expect(inspectDatabaseFile(file).ok).toBe(false);
      expect(digests(file), 'after openDatabase and inspectDatabaseFile').toEqual(before);
    });
  }
});

describe('our own file after a crash', () => {
  it('with a -wal: opens with what the WAL holds; checking it first changes nothing', () => {
    const file = tmp();
    withWal(file, ours, (db) => db.prepare("INSERT INTO filler (text) VALUES ('alleen in de WAL')").run());
    const before = digests(file);
    expect(inspectDatabaseFile(file)).toEqual({ ok: true, version: LATEST_VERSION });
    expect(digests(file)).toEqual(before);
    const { db } = openDatabase(file);
    expect(db.prepare("SELECT count(*) FROM filler WHERE text = 'alleen in de WAL'").pluck().get()).toBe(1);
    closeDatabase(db);
  });

  it('with a hot -journal: opens with the half-written change rolled back; checking it first changes nothing', () => {
    const file = tmp();
    withHotJournal(file, ours, rewriteRows());
    const before = digests(file);
    expect(inspectDatabaseFile(file)).toEqual({ ok: true, version: LATEST_VERSION });
    expect(digests(file)).toEqual(before);
    const { db } = openDatabase(file);
    expect(db.prepare("SELECT count(*) FROM filler WHERE text LIKE '%gewijzigd%'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(400);
    closeDatabase(db);
  });

  it('a zero-byte file with nothing beside it is new, as before', () => {
    const file = tmp();
    fs.writeFileSync(file, '');
    const b = openBackend(file, quiet);
    opened.push(b);
    expect(b.mode).toBe('ok');
    expect(b.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });
});

describe('a WAL without its main file', () => {
  it('is kept when the user starts fresh: moved aside with the main file’s new name, byte for byte', () => {
    const file = tmp();
    withWal(file, ours, addRow);
    fs.rmSync(file);
    const wal = fs.readFileSync(`${file}-wal`);
    expect(wal.length).toBeGreaterThan(0);

    const b = openBackend(file, quiet);
    opened.push(b);
    expect(b.mode).toBe('recovery');
    const r = b.dispatch('moveAsideAndStartFresh', {});
    expect(r.ok).toBe(true);
    const movedTo = (r as { value: { movedTo: string | null } }).value.movedTo;
    expect(movedTo).not.toBeNull();
    expect(fs.readFileSync(`${movedTo}-wal`).equals(wal)).toBe(true);
    expect(b.mode).toBe('ok');
  });
});
