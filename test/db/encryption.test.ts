/**
 * Encryption at rest (issue 13, ADR 0014): a new file is written encrypted with its key; the key reopens it; a
 * wrong key, no key, or a file encrypted by something else start recovery mode with every file byte-identical;
 * an existing plain file keeps opening as it did.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { inspectDatabaseFile } from '../../db/backup';
import { newDataKey, type DataKey } from '../../db/keys';
import { ok } from '../support/results';
import { digests } from '../support/sqliteStates';
import { isPlain, openKeyed } from '../support/keyed';
import { openQuietBackend } from '../support/testAudit';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-enc-')), 'casusaudit.sqlite');
const open = (file: string, key: DataKey | null) => {
  const b = openQuietBackend(file, key);
  opened.push(b);
  return b;
};

/** A data file of ours with one person, encrypted with `key`, left as a kill leaves it (with its -wal). */
function ourEncryptedFile(key: DataKey): string {
  const file = tmpFile();
  const b = open(file, key);
  ok(b.dispatch('createPerson', { name: 'Greet Geheim', role: 'consulent' }));
  b.close();
  // A -wal with content beside it, as after a crash: recovery must leave it untouched as well.
  const db = openKeyed(file, key);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("INSERT INTO people (name, role, created_at) VALUES ('Wim Wal', 'consulent', '2026-01-01')").run();
  fs.copyFileSync(`${file}-wal`, `${file}.wal-copy`);
  db.close();
  fs.renameSync(`${file}.wal-copy`, `${file}-wal`);
  return file;
}

describe('a data file encrypted with its key', () => {
  it('is created encrypted, and its key opens it again with what was saved', () => {
    const key = newDataKey();
    const file = tmpFile();
    const b = open(file, key);
    ok(b.dispatch('createPerson', { name: 'Greet Geheim', role: 'consulent' }));
    b.close();
    expect(isPlain(file)).toBe(false);
    expect(fs.readFileSync(file).includes('Greet Geheim')).toBe(false);
    const again = open(file, key);
    expect(again.mode).toBe('ok');
    expect(ok<{ name: string }[]>(again.dispatch('listPeople', {})).map((p) => p.name)).toContain('Greet Geheim');
  });

  for (const c of [
    { name: 'a wrong key', key: () => newDataKey(), expected: 'database_key_wrong' },
    { name: 'no key', key: () => null, expected: 'database_key_missing' },
  ]) {
    it(`with ${c.name}: recovery mode (${c.expected}), every file byte-identical`, () => {
      const file = ourEncryptedFile(newDataKey());
      const before = digests(file);
      expect(before['casusaudit.sqlite-wal']).not.toBe('absent');
      const b = open(file, c.key());
      expect(b.mode).toBe('recovery');
      expect(b.startupState().problem).toBe(c.expected);
      expect(b.dispatch('listPeople', {})).toMatchObject({ ok: false, error: { code: c.expected } });
      expect(inspectDatabaseFile(file)).toMatchObject({ ok: false, problem: c.expected });
      b.close();
      expect(digests(file)).toEqual(before);
    });
  }

  it('closed cleanly, then given another key: database_key_wrong (not "damaged"), byte-identical', () => {
    const file = tmpFile();
    const b = open(file, newDataKey());
    ok(b.dispatch('createPerson', { name: 'Greet Geheim', role: 'consulent' }));
    b.close();
    expect(fs.existsSync(`${file}.clean-close.json`)).toBe(true);
    const before = digests(file);
    const wrong = open(file, newDataKey());
    expect(wrong.startupState().problem).toBe('database_key_wrong');
    wrong.close();
    expect(digests(file)).toEqual(before);
  });

  it('"start fresh" after a missing key makes an encrypted file with a new key, kept by the caller first', () => {
    const file = ourEncryptedFile(newDataKey());
    const made: DataKey[] = [];
    const keyForFreshFile = () => {
      const key = newDataKey();
      made.push(key);
      return key;
    };
    const b = openBackend(file, {
      key: null,
      keyForFreshFile,
      backups: { intervalMinutes: 0, keep: 5 },
      log: () => {},
    });
    opened.push(b);
    expect(b.startupState().problem).toBe('database_key_missing');
    const moved = ok<{ movedTo: string }>(b.dispatch('moveAsideAndStartFresh', {}));
    expect(fs.existsSync(moved.movedTo)).toBe(true);
    expect(made).toHaveLength(1);
    expect(b.mode).toBe('ok');
    ok(b.dispatch('createPerson', { name: 'Nieuwe Start', role: 'consulent' }));
    b.close();
    expect(isPlain(file)).toBe(false);
    const db = openKeyed(file, made[0]!);
    expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Nieuwe Start']);
    db.close();
  });

  it('a file encrypted by something else (another key, not ours): recovery mode, byte-identical', () => {
    const file = tmpFile();
    const other = openKeyed(file, newDataKey());
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO invoices (text) VALUES ('x')");
    other.close();
    const before = digests(file);
    const b = open(file, newDataKey());
    expect(b.startupState().problem).toBe('database_key_wrong');
    b.close();
    expect(digests(file)).toEqual(before);
  });

  it('an existing plain file opens as it is without a key, and is encrypted (with all it held) given one', () => {
    const file = tmpFile();
    const plain = open(file, null);
    ok(plain.dispatch('createPerson', { name: 'Pieter Plain', role: 'consulent' }));
    plain.close();
    open(file, null).close();
    expect(isPlain(file)).toBe(true);
    const key = newDataKey();
    const b = open(file, key);
    expect(b.mode).toBe('ok');
    expect(ok<{ name: string }[]>(b.dispatch('listPeople', {})).map((p) => p.name)).toContain('Pieter Plain');
    b.close();
    expect(isPlain(file)).toBe(false);
    expect(fs.readFileSync(file).includes('Pieter Plain')).toBe(false);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.partial-'))).toEqual([]);
  });
});
