/**
 * One writer per data file (ADR 0008), within one process (two backends on one file, as a second window would
 * be): the second is refused with database_in_use and acts on nothing, not even a restore or a fresh start; it
 * gets the file once the first has closed. Across processes: test/e2e/one-writer.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { acquireFileLock, lockPathFor } from '../../db/fileLock';
import { ok } from '../support/results';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-writer-')), 'casusaudit.sqlite');
const open = (file: string) => {
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 20 }, log: () => {} });
  opened.push(b);
  return b;
};
const names = (b: Backend) => ok<{ name: string }[]>(b.dispatch('listPeople', {})).map((p) => p.name);
const refusal = (b: Backend, op: Parameters<Backend['dispatch']>[0], args: unknown) => {
  const r = b.dispatch(op, args);
  return r.ok ? 'answered' : r.error.code;
};

describe('a second backend on the same file', () => {
  it('is refused when it reaches the file through a symlink with another name', () => {
    const file = tmp();
    const first = open(file);
    ok(first.dispatch('createPerson', { name: 'Ann Voor', role: 'consulent' }));
    const link = path.join(path.dirname(file), 'andere-naam.sqlite');
    fs.symlinkSync(file, link);
    const second = open(link);
    expect(second.mode).toBe('recovery');
    expect(ok<{ problem: string }>(second.dispatch('getStartupState', {})).problem).toBe('database_in_use');
    expect(names(first)).toEqual(['Ann Voor']);
  });

  it('is refused with database_in_use, cannot restore or start fresh, and the first loses nothing', () => {
    const file = tmp();
    const first = open(file);
    const saved: string[] = [];
    const save = (name: string) => {
      ok(first.dispatch('createPerson', { name, role: 'consulent' }));
      saved.push(name);
    };
    save('Ann Voor');
    const backup = ok<{ id: string }>(first.dispatch('createBackup', {}));
    save('Bart Na de back-up');

    const second = open(file);
    expect(second.mode).toBe('recovery');
    const state = ok<{ mode: string; problem: string }>(second.dispatch('getStartupState', {}));
    expect(state).toMatchObject({ mode: 'recovery', problem: 'database_in_use', path: file });
    expect(refusal(second, 'listPeople', {})).toBe('database_in_use');
    expect(refusal(second, 'createPerson', { name: 'Niet bewaard', role: 'consulent' })).toBe('database_in_use');
    expect(refusal(second, 'restoreBackup', { id: backup.id })).toBe('database_in_use');
    expect(refusal(second, 'moveAsideAndStartFresh', {})).toBe('database_in_use');
    save('Chris Na de poging');

    expect(names(first)).toEqual(saved);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('set-aside'))).toEqual([]);
  });

  it('gets the file once the first is closed, when it asks again', () => {
    const file = tmp();
    const first = open(file);
    ok(first.dispatch('createPerson', { name: 'Ann Voor', role: 'consulent' }));
    const second = open(file);
    expect(ok(second.dispatch('getStartupState', {})).problem).toBe('database_in_use');
    first.close();
    expect(ok(second.dispatch('getStartupState', {}))).toMatchObject({ mode: 'ok', problem: null });
    expect(names(second)).toEqual(['Ann Voor']);
    expect(open(file).startupState().problem).toBe('database_in_use');
  });

  it('stays refused while the first restores a backup (the lock is held across the swap)', () => {
    const file = tmp();
    const first = open(file);
    ok(first.dispatch('createPerson', { name: 'Ann Voor', role: 'consulent' }));
    const backup = ok<{ id: string }>(first.dispatch('createBackup', {}));
    ok(first.dispatch('createPerson', { name: 'Bart Later', role: 'consulent' }));
    const second = open(file);
    ok(first.dispatch('restoreBackup', { id: backup.id }));
    expect(ok(second.dispatch('getStartupState', {})).problem).toBe('database_in_use');
    expect(names(first)).toEqual(['Ann Voor']);
  });

  it('a backend in recovery mode holds the file too: a second one cannot move it aside', () => {
    const file = tmp();
    fs.writeFileSync(file, 'geen database');
    const first = open(file);
    expect(first.startupState().problem).toBe('database_foreign');
    const second = open(file);
    expect(refusal(second, 'moveAsideAndStartFresh', {})).toBe('database_in_use');
    expect(fs.readFileSync(file, 'utf8')).toBe('geen database');
  });

  it('the lock is an empty file beside the data file, released on close', () => {
    const file = tmp();
    const b = open(file);
    expect(fs.statSync(lockPathFor(file)).size).toBe(0);
    expect(acquireFileLock(file)).toMatchObject({ ok: false, problem: 'database_in_use' });
    b.close();
    const again = acquireFileLock(file);
    expect(again.ok).toBe(true);
    if (again.ok) again.lock.release();
    // Beside them, the record of the clean close (ADR 0013).
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual([
      'casusaudit.sqlite',
      'casusaudit.sqlite.clean-close.json',
      'casusaudit.sqlite.lock',
    ]);
  });

  it('a first start in a folder that does not exist yet (the default path) makes the folder and opens', () => {
    const file = path.join(path.dirname(tmp()), 'nog', 'niet', 'casusaudit.sqlite');
    const b = open(file);
    expect(b.mode).toBe('ok');
    expect(fs.existsSync(lockPathFor(file))).toBe(true);
  });
});
