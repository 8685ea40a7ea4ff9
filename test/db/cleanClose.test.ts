/**
 * ADR 0013: a data file exactly as the backend closed it cleanly is opened without the full inspection of a copy;
 * a file changed behind our back, or left by a process that was killed, is inspected in full again; and a damaged
 * file is still refused and left byte-identical with its side files, whatever record lies beside it.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { cleanCloseRecordFor } from '../../db/cleanClose';
import { digests, scribble, withWal } from '../support/sqliteStates';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-clean-close-')), 'casusaudit.sqlite');
const open = (file: string) => {
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  opened.push(b);
  return b;
};
const closeAll = () => {
  while (opened.length) opened.pop()!.close();
};

/** A file of ours with some rows, closed cleanly by the backend (so a record lies beside it). */
function cleanlyClosed(): string {
  const file = tmp();
  const b = open(file);
  for (let i = 0; i < 60; i++) b.dispatch('createPerson', { name: `Collega ${i} (fictief)`, role: 'consulent' });
  closeAll();
  expect(fs.existsSync(cleanCloseRecordFor(file))).toBe(true);
  return file;
}

const peopleIn = (b: Backend) => b.db.prepare('SELECT name FROM people').pluck().all() as string[];

describe('a file as we closed it cleanly', () => {
  it('opens without the full inspection; the record is taken at the start, so a crash leaves none', () => {
    const file = tmp();
    expect(open(file).inspection).toBe('full');
    closeAll();
    const b = open(file);
    expect(b.inspection).toBe('clean-close');
    expect(fs.existsSync(cleanCloseRecordFor(file))).toBe(false);
    expect(b.dispatch('createPerson', { name: 'Nog een collega', role: 'consulent' }).ok).toBe(true);
    closeAll();
    expect(open(file).inspection).toBe('clean-close');
  });

  it('is inspected in full again when it changed behind our back', () => {
    const file = cleanlyClosed();
    const other = new Database(file);
    other.prepare("UPDATE people SET name = 'Iemand anders' WHERE id = 1").run();
    other.close();
    const b = open(file);
    expect(b.inspection).toBe('full');
    expect(peopleIn(b)).toContain('Iemand anders');
  });

  it('is inspected in full again when its bytes changed with the same size and modification time', () => {
    const file = cleanlyClosed();
    const { atime, mtime } = fs.statSync(file);
    const bytes = fs.readFileSync(file);
    bytes[99] = bytes[99]! ^ 1; // a reserved header byte nobody reads
    fs.writeFileSync(file, bytes);
    fs.utimesSync(file, atime, mtime);
    expect(open(file).inspection).toBe('full');
  });

  it('is inspected in full again after the process that had it open was killed', async () => {
    const file = cleanlyClosed();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/killedWriter.ts', file, 'Gered na een crash'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const said = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += String(c);
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', () => reject(new Error(`the writer exited: ${out}`)));
    });
    expect(said).toBe('ready clean-close');
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(fs.existsSync(cleanCloseRecordFor(file))).toBe(false);

    const b = open(file);
    expect(b.inspection).toBe('full');
    expect(peopleIn(b)).toContain('Gered na een crash');
  });
});

describe('a damaged file is refused unchanged, whatever record lies beside it', () => {
  it('damaged in place after a clean close (modification time put back)', () => {
    const file = cleanlyClosed();
    const { atime, mtime } = fs.statSync(file);
    scribble(file, 4096, 16384);
    fs.utimesSync(file, atime, mtime);
    const before = digests(file);
    const b = open(file);
    expect(b.mode).toBe('recovery');
    expect(b.startupState().problem).toBe('database_damaged');
    closeAll();
    expect(digests(file)).toEqual(before);
    expect(fs.existsSync(cleanCloseRecordFor(file))).toBe(false);
  });

  it('replaced by a damaged file with a -wal beside it', () => {
    const file = cleanlyClosed();
    const record = fs.readFileSync(cleanCloseRecordFor(file));
    withWal(
      file,
      (db) => db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)'),
      (db) => db.prepare("INSERT INTO filler (text) VALUES ('in de WAL')").run(),
    );
    scribble(file, 0, 100);
    fs.writeFileSync(cleanCloseRecordFor(file), record);
    const before = digests(file);
    expect(Object.values(before).filter((d) => d !== 'absent').length).toBeGreaterThan(1);
    const b = open(file);
    expect(b.mode).toBe('recovery');
    closeAll();
    expect(digests(file)).toEqual(before);
  });
});
