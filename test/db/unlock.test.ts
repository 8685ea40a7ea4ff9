/**
 * The key from the user's side (issue 13, ADR 0014): a missing or wrong key is solved in recovery mode by typing the
 * recovery code (kept by the shell for later starts) or the file's passphrase; one that does not fit changes no
 * byte. Without a key store the file waits for its passphrase (chosen once, typed at every start). A new key is
 * announced once and its recovery code can be read back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../db/backend';
import { keyFilePath, readKeyFile, saltFilePath, writeFileAtomic } from '../../db/keyFile';
import { dataKeyFromHex, newDataKey, recoveryCode, type DataKey } from '../../db/keys';
import { fail, ok } from '../support/results';
import { digests } from '../support/sqliteStates';
import { isPlain } from '../support/keyed';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-unlock-')), 'casusaudit.sqlite');
const open = (file: string, options: BackendOptions = {}) => {
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {}, ...options });
  opened.push(b);
  return b;
};
/** The harness's way of keeping a typed recovery code: the key file beside the data file. */
const keepInKeyFile = (file: string) => (key: DataKey) => writeFileAtomic(keyFilePath(file), `${key.hex}\n`);
const names = (b: Backend) => ok<{ name: string }[]>(b.dispatch('listPeople', {})).map((p) => p.name);

/** An encrypted data file with one person, closed; its key is returned and nowhere kept. */
function encryptedFile(): { file: string; key: DataKey } {
  const file = tmpFile();
  const key = newDataKey();
  const b = open(file, { key });
  ok(b.dispatch('createPerson', { name: 'Hanne Herstel', role: 'consulent' }));
  b.close();
  return { file, key };
}

describe('unlocking with the recovery code', () => {
  it('a wrong or malformed code changes nothing; the right one opens the file and is kept for the next start', () => {
    const { file, key } = encryptedFile();
    const b = open(file, { key: null, keys: { mode: 'stored', keep: keepInKeyFile(file) } });
    expect(b.startupState()).toMatchObject({ mode: 'recovery', problem: 'database_key_missing' });
    const before = digests(file);
    expect(fail(b.dispatch('unlockDataFile', { kind: 'code', secret: 'not a code' })).code).toBe(
      'recovery_code_malformed',
    );
    const wrong = recoveryCode(newDataKey());
    expect(fail(b.dispatch('unlockDataFile', { kind: 'code', secret: wrong })).code).toBe('unlock_failed');
    expect(b.startupState()).toMatchObject({ mode: 'recovery', problem: 'database_key_missing' });
    expect(fs.existsSync(keyFilePath(file))).toBe(false);
    expect(digests(file)).toEqual(before);

    // As the user types it: groups, capitals, a line break.
    const typed = recoveryCode(key)
      .toUpperCase()
      .replace(/ (?=\w{4} \w{4}$)/, '\n');
    expect(ok(b.dispatch('unlockDataFile', { kind: 'code', secret: typed }))).toEqual({ unlocked: true });
    expect(b.mode).toBe('ok');
    expect(names(b)).toContain('Hanne Herstel');
    expect(readKeyFile(keyFilePath(file))).toEqual(key);
    expect(b.startupState().key).toEqual({ encrypted: true, notice: false, passphrase: null });
    b.close();
    const next = open(file, { key: readKeyFile(keyFilePath(file)) });
    expect(names(next)).toContain('Hanne Herstel');
  });

  it('also after a wrong key (database_key_wrong), and never outside recovery mode', () => {
    const { file, key } = encryptedFile();
    const b = open(file, { key: newDataKey() });
    expect(b.startupState().problem).toBe('database_key_wrong');
    ok(b.dispatch('unlockDataFile', { kind: 'code', secret: key.hex }));
    expect(b.mode).toBe('ok');
    expect(fail(b.dispatch('unlockDataFile', { kind: 'code', secret: key.hex })).code).toBe('invalid_transition');
  });

  it('a code never becomes the key of a new or plain file', () => {
    const file = tmpFile();
    const b = open(file, { keys: { mode: 'passphrase' } });
    expect(b.startupState().problem).toBe('database_passphrase_needed');
    expect(fail(b.dispatch('unlockDataFile', { kind: 'code', secret: newDataKey().hex })).code).toBe('unlock_failed');
    expect(fs.existsSync(file) && fs.statSync(file).size > 0).toBe(false);
  });
});

describe('a computer without a key store: the passphrase', () => {
  it('is chosen once (at least 10 characters), encrypts the file, and is asked at every start', () => {
    const file = tmpFile();
    const first = open(file, { keys: { mode: 'passphrase' } });
    expect(first.startupState()).toMatchObject({
      mode: 'recovery',
      problem: 'database_passphrase_needed',
      key: { encrypted: false, notice: false, passphrase: 'new' },
    });
    // Nothing but unlocking is served, and nothing acts on the file meanwhile.
    expect(fail(first.dispatch('listPeople', {})).code).toBe('database_passphrase_needed');
    expect(fail(first.dispatch('moveAsideAndStartFresh', {})).code).toBe('database_passphrase_needed');
    const short = fail(first.dispatch('unlockDataFile', { kind: 'passphrase', secret: 'kort kort' }));
    expect(short).toMatchObject({ code: 'passphrase_too_short', params: { min: 10 } });
    expect(fs.existsSync(saltFilePath(file))).toBe(false);

    ok(first.dispatch('unlockDataFile', { kind: 'passphrase', secret: 'paard batterij nietje' }));
    expect(first.startupState()).toMatchObject({ mode: 'ok', key: { encrypted: true, notice: true } });
    ok(first.dispatch('createPerson', { name: 'Pieter Passe', role: 'consulent' }));
    const code = ok<{ code: string }>(first.dispatch('getRecoveryCode', {})).code;
    first.close();
    expect(isPlain(file)).toBe(false);
    expect(fs.existsSync(keyFilePath(file))).toBe(false);

    const again = open(file, { keys: { mode: 'passphrase' } });
    expect(again.startupState()).toMatchObject({
      problem: 'database_passphrase_needed',
      key: { passphrase: 'existing' },
    });
    const before = digests(file);
    expect(fail(again.dispatch('unlockDataFile', { kind: 'passphrase', secret: 'paard batterij nietjes' })).code).toBe(
      'unlock_failed',
    );
    expect(digests(file)).toEqual(before);
    ok(again.dispatch('unlockDataFile', { kind: 'passphrase', secret: 'paard batterij nietje' }));
    expect(names(again)).toContain('Pieter Passe');
    expect(again.startupState().key.notice).toBe(false);
    again.close();

    // A forgotten passphrase: the recovery code opens the file too, and is not written beside it.
    const third = open(file, { keys: { mode: 'passphrase', keep: keepInKeyFile(file) } });
    ok(third.dispatch('unlockDataFile', { kind: 'code', secret: code }));
    expect(names(third)).toContain('Pieter Passe');
    expect(fs.existsSync(keyFilePath(file))).toBe(false);
  });

  it('encrypts an existing plain file with the passphrase chosen for it', () => {
    const file = tmpFile();
    const plain = open(file);
    ok(plain.dispatch('createPerson', { name: 'Oud Onversleuteld', role: 'consulent' }));
    plain.close();
    expect(isPlain(file)).toBe(true);
    const b = open(file, { keys: { mode: 'passphrase' } });
    expect(b.startupState().key.passphrase).toBe('new');
    ok(b.dispatch('unlockDataFile', { kind: 'passphrase', secret: 'een lange zin voor oud' }));
    expect(names(b)).toContain('Oud Onversleuteld');
    b.close();
    expect(isPlain(file)).toBe(false);
    expect(fs.readFileSync(file).includes('Oud Onversleuteld')).toBe(false);
  });
});

describe('the new key is announced once', () => {
  it('the notice stays until acknowledged; the recovery code is the key in use', () => {
    const file = tmpFile();
    const key = newDataKey();
    const b = open(file, { key, keys: { mode: 'stored', created: true } });
    expect(b.startupState().key).toEqual({ encrypted: true, notice: true, passphrase: null });
    const { code } = ok<{ code: string }>(b.dispatch('getRecoveryCode', {}));
    expect(code).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(dataKeyFromHex(code)).toEqual(key);
    ok(b.dispatch('acknowledgeKeyNotice', {}));
    expect(b.startupState().key.notice).toBe(false);
  });

  it('a plain file has no recovery code, and a file in recovery mode gives none', () => {
    const plain = open(tmpFile());
    expect(plain.startupState().key).toEqual({ encrypted: false, notice: false, passphrase: null });
    expect(fail(plain.dispatch('getRecoveryCode', {})).code).toBe('no_key_in_use');
    const { file } = encryptedFile();
    const locked = open(file, { key: newDataKey() });
    expect(fail(locked.dispatch('getRecoveryCode', {})).code).toBe('database_key_wrong');
  });
});
