/** Opening the file chosen on the recovery screen, before the current backend is let go (real files, real SQLite). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { openChosenFile } from '../../electron/switchFile';
import { newDataKey } from '../../db/keys';
import { databaseKeyInUse, useDatabaseKey } from '../../db/sqlite';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'switch-file-'));
const open = (file: string) => openBackend(file, { backups: { intervalMinutes: 0 }, log: () => {} });
const opened: Backend[] = [];

afterAll(() => {
  for (const b of opened) b.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('openChosenFile', () => {
  it('opens a good Casusaudit file', () => {
    const file = path.join(tmp, 'goed.sqlite');
    open(file).close();
    const r = openChosenFile(file, open);
    expect(r.ok).toBe(true);
    if (r.ok) {
      opened.push(r.backend);
      expect(r.backend.mode).toBe('ok');
      expect(r.backend.path).toBe(file);
    }
  });

  it('explains a file that is not ours without opening it', () => {
    const file = path.join(tmp, 'tekst.sqlite');
    fs.writeFileSync(file, 'gewoon tekst');
    let calls = 0;
    const r = openChosenFile(file, (f) => (calls++, open(f)));
    expect(r).toEqual({ ok: false, error: { code: 'database_foreign', params: { path: file } } });
    expect(calls).toBe(0);
  });

  it('reports a file that passed the check but opened in recovery mode, and closes it again', () => {
    const dir = path.join(tmp, 'oud');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'casusaudit.sqlite');
    fs.copyFileSync(path.join('test', 'fixtures', 'db', 'v2.sqlite'), file);
    fs.writeFileSync(path.join(dir, 'backups'), 'geen map'); // the backup before migrating cannot be written
    let next: Backend | null = null;
    const logged: string[] = [];
    const r = openChosenFile(
      file,
      (f) => (next = open(f)),
      (m) => logged.push(m),
    );
    expect(r).toEqual({ ok: false, error: { code: 'storage_failed', params: { path: file } } });
    expect(next!.mode).toBe('recovery');
    // Closed: it answers nothing any more.
    expect(next!.dispatch('getStartupState', {})).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    expect(logged.at(-1)).toContain('recovery mode');
  });

  it('reports an opening that throws (e.g. the native module does not load) as a storage failure', () => {
    const file = path.join(tmp, 'goed.sqlite');
    const r = openChosenFile(file, () => {
      throw new Error('native module did not load');
    });
    expect(r).toEqual({ ok: false, error: { code: 'storage_failed', params: { path: file } } });
  });

  it('switches to an encrypted file whose key is not known here, in recovery mode, where its code opens it', () => {
    const file = path.join(tmp, 'van-een-andere-laptop.sqlite');
    const itsKey = newDataKey();
    const made = openBackend(file, { backups: { intervalMinutes: 0 }, log: () => {}, key: itsKey });
    made.dispatch('createPerson', { name: 'Lotte Laptop', role: 'consulent' });
    made.close();
    useDatabaseKey(newDataKey()); // the current file's key
    const r = openChosenFile(file, (f) =>
      openBackend(f, { backups: { intervalMinutes: 0 }, log: () => {}, key: null }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    opened.push(r.backend);
    expect(r.backend.startupState()).toMatchObject({ mode: 'recovery', problem: 'database_key_missing' });
    expect(r.backend.dispatch('unlockDataFile', { kind: 'code', secret: itsKey.hex })).toEqual({
      ok: true,
      value: { unlocked: true },
    });
    expect(r.backend.mode).toBe('ok');
  });

  it('keeps the current file’s key when the chosen file does not open (ADR 0014)', () => {
    const current = newDataKey();
    useDatabaseKey(current);
    // As openBackend does: the chosen file's key is set, then opening it fails.
    const r = openChosenFile(path.join(tmp, 'goed.sqlite'), () => {
      useDatabaseKey(newDataKey());
      throw new Error('native module did not load');
    });
    expect(r.ok).toBe(false);
    expect(databaseKeyInUse()).toBe(current);
    useDatabaseKey(null);
  });
});
