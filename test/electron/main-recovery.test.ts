/**
 * The recovery screen's "choose another data file" on the bundled main process (stand-in for Electron:
 * test/electron/standIn.ts), started on a file that is not ours, so the app is in recovery mode. Real files, real
 * SQLite: the chosen files are made by today's backend or copied from the committed fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { ipcChannel } from '../../shared/api/operations';
import { buildBundle, loadMain, openWithDesktopKey, quitMain, tempDir, trusted, type StandIn } from './standIn';

const tmp = tempDir();
const dbFile = path.join(tmp, 'data', 'casusaudit.sqlite');
const settingsFile = path.join(tmp, 'appData', 'Casusaudit', 'settings.json');
const out = path.join(tmp, 'out');
const good = path.join(out, 'kopie.sqlite');
let outDir = '';
let app: StandIn;

const choose = (event: unknown = trusted) => app.invoke('casusaudit:chooseDatabaseFile', event);
const startupState = async () => ((await app.invoke(ipcChannel('getStartupState'), trusted, {})) as any).value;

beforeAll(async () => {
  outDir = buildBundle('recovery');
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(dbFile, 'dit is geen database');
  const made = openBackend(good, { backups: { intervalMinutes: 0 } });
  made.dispatch('createPerson', { name: 'Uit de kopie', role: 'consulent' });
  made.close();
  app = await loadMain(outDir, tmp, dbFile);
}, 60_000);

afterAll(async () => {
  await quitMain(app);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('choosing another data file in recovery mode', () => {
  it('starts in recovery mode on the foreign file', async () => {
    expect(await startupState()).toMatchObject({ mode: 'recovery', problem: 'database_foreign', path: dbFile });
  });

  it('does nothing when the dialog is cancelled, or for another page', async () => {
    app.rec.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(await choose()).toEqual({ chosen: false });
    expect(app.rec.dialogTitles.at(-1)).toBe('Een ander gegevensbestand van Casusaudit kiezen');
    expect(await choose({ senderFrame: { url: 'https://evil.example/', parent: null } })).toEqual({ chosen: false });
  });

  it('explains a file that is not ours and touches nothing', async () => {
    const foreign = path.join(out, 'notities.sqlite');
    fs.writeFileSync(foreign, 'gewoon tekst');
    app.rec.openDialogAnswer = { canceled: false, filePaths: [foreign] };
    expect(await choose()).toEqual({ chosen: false, error: { code: 'database_foreign', params: { path: foreign } } });
    expect(fs.readFileSync(foreign, 'utf8')).toBe('gewoon tekst');
    expect(fs.existsSync(settingsFile)).toBe(false);
    expect(await startupState()).toMatchObject({ mode: 'recovery', problem: 'database_foreign', path: dbFile });
  });

  it('stays in recovery with the problem it had when a file that passed the check still fails to open', async () => {
    // An older Casusaudit file is migrated after a backup in the `backups` folder beside it; here that name is
    // taken by a plain file, so the backup and with it the opening fail.
    const older = path.join(out, 'oud', 'casusaudit.sqlite');
    fs.mkdirSync(path.dirname(older), { recursive: true });
    fs.copyFileSync(path.join('test', 'fixtures', 'db', 'v2.sqlite'), older);
    fs.writeFileSync(path.join(path.dirname(older), 'backups'), 'geen map');
    app.rec.openDialogAnswer = { canceled: false, filePaths: [older] };
    expect(await choose()).toEqual({ chosen: false, error: { code: 'storage_failed', params: { path: older } } });
    expect(fs.existsSync(settingsFile)).toBe(false);
    // The backend is still there and still the one it was: every call is answered, about the first file.
    expect(await startupState()).toMatchObject({ mode: 'recovery', problem: 'database_foreign', path: dbFile });
    expect(await app.invoke(ipcChannel('listPeople'), trusted, {})).toMatchObject({
      ok: false,
      error: { code: 'database_foreign' },
    });
    expect(fs.readFileSync(dbFile, 'utf8')).toBe('dit is geen database');
  });

  it('answers a second call while the dialog is open without a second dialog, then switches once', async () => {
    let pick!: (answer: { canceled: boolean; filePaths: string[] }) => void;
    const titles = app.rec.dialogTitles.length;
    app.rec.openDialogAnswer = () => new Promise((resolve) => (pick = resolve));
    const first = choose();
    expect(await choose()).toEqual({ chosen: false });
    expect(app.rec.dialogTitles.length).toBe(titles + 1);
    pick({ canceled: false, filePaths: [good] });
    expect(await first).toEqual({ chosen: true });
  });

  it('works on the chosen file from then on and remembers it', async () => {
    expect(JSON.parse(fs.readFileSync(settingsFile, 'utf8'))).toEqual({ databasePath: good });
    expect(await startupState()).toMatchObject({ mode: 'ok', path: good });
    await app.invoke(ipcChannel('createPerson'), trusted, { name: 'Alleen in de kopie', role: 'consulent' });
    // A plain file chosen on the desktop is encrypted as it is opened, with a key kept for it (ADR 0014).
    const copy = openWithDesktopKey(good, tmp, good);
    try {
      expect(copy.prepare('SELECT name FROM people ORDER BY id').pluck().all()).toEqual([
        'Uit de kopie',
        'Alleen in de kopie',
      ]);
    } finally {
      copy.close();
    }
    expect(fs.readFileSync(dbFile, 'utf8')).toBe('dit is geen database');
  });

  it('refuses another switch now that a good file is open', async () => {
    app.rec.openDialogAnswer = { canceled: false, filePaths: [dbFile] };
    expect(await choose()).toEqual({ chosen: false, error: { code: 'forbidden' } });
    expect(await startupState()).toMatchObject({ mode: 'ok', path: good });
  });
});
