/** The desktop's key per data file in safeStorage (ADR 0014), and the honest fallback without a keyring. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopKeyFor, keyStorePath, type SafeStorageLike } from '../../electron/keyStore';
import { isPlain } from '../support/keyed';
import { ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';

const store = (backend: string): SafeStorageLike => ({
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => backend,
  encryptString: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x33)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ 0x33)).toString('utf8'),
});
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-keystore-'));

describe('the key in safeStorage', () => {
  it('is made for a new data file, kept only encrypted, and opens that file again', () => {
    const dir = tmp();
    const file = path.join(dir, 'casusaudit.sqlite');
    const made = desktopKeyFor(file, path.join(dir, 'userData'), store('gnome_libsecret'), undefined, 'linux');
    expect(made).toMatchObject({ store: 'safeStorage', created: true });
    const kept = fs.readFileSync(keyStorePath(path.join(dir, 'userData'), file));
    expect(kept.toString('latin1')).not.toContain(made.key!.hex);
    const b = openQuietBackend(file, made.key);
    ok(b.dispatch('createPerson', { name: 'Sara Safe', role: 'consulent' }));
    b.close();
    expect(isPlain(file)).toBe(false);
    const again = desktopKeyFor(file, path.join(dir, 'userData'), store('gnome_libsecret'), undefined, 'linux');
    expect(again).toEqual({ store: 'safeStorage', key: made.key, created: false });
  });

  it('without a keyring (basic_text) keeps no key and says so; a passphrase then gives the key', () => {
    const dir = tmp();
    const file = path.join(dir, 'casusaudit.sqlite');
    expect(desktopKeyFor(file, dir, store('basic_text'), undefined, 'linux')).toEqual({
      store: 'none',
      key: null,
      created: false,
    });
    expect(fs.existsSync(path.join(dir, 'keys'))).toBe(false);
    const withPass = desktopKeyFor(file, dir, store('basic_text'), 'een lange zin', 'linux');
    expect(withPass).toMatchObject({ store: 'passphrase', created: true });
    expect(withPass.key).not.toBeNull();
  });
});
