/** The harness's key beside the data file (ADR 0014): made for a new file (mode 0600), refused when others may read it, or from a passphrase. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessKeyFor, KeyFileError, keyFilePath, saltFilePath } from '../../db/keyFile';
import { ok } from '../support/results';
import { isPlain } from '../support/keyed';
import { openQuietBackend } from '../support/testAudit';

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-keyfile-')), 'casusaudit.sqlite');
const posix = process.platform !== 'win32';

describe('the key file beside the data file', () => {
  it('is made for a new data file, readable by its owner only, and opens that file again', () => {
    const file = tmpFile();
    const made = harnessKeyFor(file);
    expect(made.created).toBe(true);
    if (posix) expect(fs.statSync(keyFilePath(file)).mode & 0o777).toBe(0o600);
    const b = openQuietBackend(file, made.key);
    ok(b.dispatch('createPerson', { name: 'Kim Sleutel', role: 'consulent' }));
    b.close();
    expect(isPlain(file)).toBe(false);
    const again = harnessKeyFor(file);
    expect(again).toEqual({ key: made.key, created: false });
  });

  it.skipIf(!posix)('is refused when others may read it, with a message that says how to fix it', () => {
    const file = tmpFile();
    harnessKeyFor(file);
    fs.chmodSync(keyFilePath(file), 0o644);
    expect(() => harnessKeyFor(file)).toThrow(KeyFileError);
    expect(() => harnessKeyFor(file)).toThrow(/chmod 600/);
  });

  it('is made for an existing plain file, which the backend then encrypts with what it held', () => {
    const file = tmpFile();
    const plain = openQuietBackend(file, null);
    ok(plain.dispatch('createPerson', { name: 'Pieter Plain', role: 'consulent' }));
    plain.close();
    const found = harnessKeyFor(file);
    expect(found.created).toBe(true);
    expect(fs.existsSync(keyFilePath(file))).toBe(true);
    const b = openQuietBackend(file, found.key);
    expect(ok<{ name: string }[]>(b.dispatch('listPeople', {})).map((p) => p.name)).toContain('Pieter Plain');
    b.close();
    expect(isPlain(file)).toBe(false);
  });
});

describe('a passphrase instead of a key file', () => {
  it('gives the same key with the salt kept beside the file; another passphrase does not open it', () => {
    const file = tmpFile();
    const first = harnessKeyFor(file, 'lange zin van een consulent');
    expect(first.created).toBe(true);
    expect(fs.existsSync(saltFilePath(file))).toBe(true);
    const b = openQuietBackend(file, first.key);
    ok(b.dispatch('createPerson', { name: 'Kim Zin', role: 'consulent' }));
    b.close();
    expect(harnessKeyFor(file, 'lange zin van een consulent')).toEqual({ key: first.key, created: false });
    const wrong = openQuietBackend(file, harnessKeyFor(file, 'een andere zin').key);
    expect(wrong.startupState().problem).toBe('database_key_wrong');
    wrong.close();
  });
});
