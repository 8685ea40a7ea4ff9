/**
 * A data file or folder that cannot be written is detected at start (database_read_only) instead of opening in
 * normal mode and failing every save: nothing is offered that would act on it, nothing is changed, and asking
 * again after it became writable opens it.
 *
 * Making a file read-only honestly: tests run as root here (and in CI), and root writes through mode 0444. So as
 * root the file or folder is made immutable (`chattr +i`, which stops root too: open(2) for writing fails with
 * EPERM); as another user, chmod is enough. Each test first checks that the target really refuses writing, and
 * is skipped with the reason when neither works (e.g. a filesystem without the immutable flag).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { lockPathFor } from '../../db/fileLock';
import { ok } from '../support/results';
import { digests } from '../support/sqliteStates';
import { newDataKey, type DataKey } from '../../db/keys';
import { isPlain } from '../support/keyed';

const undo: (() => void)[] = [];
const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
  while (undo.length) undo.pop()!();
});

const isRoot = process.getuid?.() === 0;
const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-readonly-'));
const open = (file: string, key: DataKey | null = null) => {
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {}, key });
  opened.push(b);
  return b;
};

/** Whether writing to `target` (a file: open for writing; a folder: create a file in it) is refused right now. */
function refusesWrites(target: string): boolean {
  try {
    if (fs.statSync(target).isDirectory()) {
      const probe = path.join(target, 'probe');
      fs.writeFileSync(probe, '');
      fs.rmSync(probe);
    } else {
      fs.closeSync(fs.openSync(target, 'r+'));
    }
    return false;
  } catch {
    return true;
  }
}

/** Makes `target` read-only for this process (see the header); returns why not, or null when it worked. */
function makeReadOnly(target: string): string | null {
  const dir = fs.statSync(target).isDirectory();
  try {
    if (isRoot) {
      execFileSync('chattr', ['+i', target], { stdio: 'ignore' });
      undo.push(() => execFileSync('chattr', ['-i', target], { stdio: 'ignore' }));
    } else {
      const mode = fs.statSync(target).mode & 0o777;
      fs.chmodSync(target, dir ? 0o555 : 0o444);
      undo.push(() => fs.chmodSync(target, mode));
    }
  } catch (err) {
    return `cannot make ${target} read-only here (${isRoot ? 'chattr +i' : 'chmod'}): ${(err as Error).message}`;
  }
  return refusesWrites(target) ? null : `${target} still accepts writes after ${isRoot ? 'chattr +i' : 'chmod'}`;
}

/** An existing data file with one person in it (encrypted with `key` when given). */
function existingFile(key: DataKey | null = null): string {
  const file = path.join(tmpDir(), 'casusaudit.sqlite');
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {}, key });
  ok(b.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
  b.close();
  return file;
}

/** Opens, expects database_read_only with nothing offered or changed, then makes it writable and asks again. */
function expectReadOnlyThenRetry(file: string, key: DataKey | null = null): void {
  const before = digests(file);
  const b = open(file, key);
  expect(b.mode).toBe('recovery');
  expect(ok(b.dispatch('getStartupState', {}))).toMatchObject({ mode: 'recovery', problem: 'database_read_only' });
  for (const [op, args] of [
    ['listPeople', {}],
    ['createPerson', { name: 'Niet bewaard', role: 'consulent' }],
    ['moveAsideAndStartFresh', {}],
  ] as const) {
    const r = b.dispatch(op, args);
    expect(r.ok ? 'answered' : r.error.code, op).toBe('database_read_only');
  }
  expect(digests(file)).toEqual(before);
  while (undo.length) undo.pop()!();
  expect(ok(b.dispatch('getStartupState', {}))).toMatchObject({ mode: 'ok', problem: null });
}

describe('a data file that cannot be written', () => {
  it('read-only file: refused at start, nothing changed; opens after it became writable', (ctx) => {
    const file = existingFile();
    const why = makeReadOnly(file);
    if (why) return ctx.skip(why);
    expectReadOnlyThenRetry(file);
    expect(
      ok<{ name: string }[]>(opened[0]!.dispatch('listPeople', {})).map((p) => p.name),
      'the data is there once writable',
    ).toEqual(['Ann Voorbeeld']);
  });

  it('read-only ENCRYPTED file: refused the same way with its key, nothing changed; opens once writable', (ctx) => {
    const key = newDataKey();
    const file = existingFile(key);
    expect(isPlain(file)).toBe(false);
    const why = makeReadOnly(file);
    if (why) return ctx.skip(why);
    expectReadOnlyThenRetry(file, key);
    expect(ok<{ name: string }[]>(opened[0]!.dispatch('listPeople', {})).map((p) => p.name)).toEqual(['Ann Voorbeeld']);
  });

  it('read-only folder, with the lock file already there: refused at start', (ctx) => {
    const file = existingFile();
    expect(fs.existsSync(lockPathFor(file))).toBe(true);
    const why = makeReadOnly(path.dirname(file));
    if (why) return ctx.skip(why);
    expectReadOnlyThenRetry(file);
  });

  it('read-only folder without a lock file (a copied data file): refused at start', (ctx) => {
    const file = existingFile();
    fs.rmSync(lockPathFor(file));
    const why = makeReadOnly(path.dirname(file));
    if (why) return ctx.skip(why);
    expectReadOnlyThenRetry(file);
  });

  it('read-only folder, no data file yet: refused at start instead of failing later', (ctx) => {
    const dir = tmpDir();
    const why = makeReadOnly(dir);
    if (why) return ctx.skip(why);
    const file = path.join(dir, 'casusaudit.sqlite');
    const b = open(file);
    expect(b.startupState()).toMatchObject({ mode: 'recovery', problem: 'database_read_only' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
