/**
 * How the bundled main process starts, with the stand-in for Electron (test/electron/standIn.ts): as the packaged
 * app, and as a second instance while another one holds the single-instance lock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { buildBundle, loadMain, quitMain, tempDir, trusted } from './standIn';

let outDir = '';
const dirs: string[] = [];
const newTemp = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};

beforeAll(() => {
  outDir = buildBundle('start');
}, 60_000);

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('opens its window without developer tools', async () => {
    const tmp = newTemp();
    const app = await loadMain(outDir, tmp, path.join(tmp, 'data', 'casusaudit.sqlite'), { packaged: true });
    expect(app.rec.errorBoxes).toEqual([]);
    expect(app.rec.windowOptions!.webPreferences).toMatchObject({ devTools: false, sandbox: true });
    await quitMain(app);
  });
});

describe('a second instance', () => {
  it('quits at once: no window, no IPC, no database file opened or created', async () => {
    const tmp = newTemp();
    const dbFile = path.join(tmp, 'data', 'casusaudit.sqlite');
    const { rec } = await loadMain(outDir, tmp, dbFile, { lock: false });
    expect(rec.quitCalls).toBe(1);
    expect(rec.whenReadyCalls).toBe(0);
    expect(rec.started).toBeUndefined();
    expect(rec.windowOptions).toBeNull();
    expect(rec.handlers.size).toBe(0);
    expect(rec.permissionHandler).toBeNull();
    // No event handler that would open or close anything later either (the first instance owns the file).
    expect([...rec.appEvents.keys()]).toEqual([]);
    expect(fs.existsSync(dbFile)).toBe(false);
    expect(fs.existsSync(path.dirname(dbFile))).toBe(false);
  });
});

describe("quitting while the recovery screen's file dialog is open", () => {
  it('does not switch to the file picked after the app started quitting', async () => {
    const tmp = newTemp();
    const dbFile = path.join(tmp, 'data', 'casusaudit.sqlite');
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    fs.writeFileSync(dbFile, 'geen database'); // recovery mode
    const good = path.join(tmp, 'goed.sqlite');
    openBackend(good, { backups: { intervalMinutes: 0 } }).close();
    const app = await loadMain(outDir, tmp, dbFile);
    let pick!: (answer: { canceled: boolean; filePaths: string[] }) => void;
    app.rec.openDialogAnswer = () => new Promise((resolve) => (pick = resolve));
    const choosing = app.invoke('casusaudit:chooseDatabaseFile', trusted);
    await quitMain(app);
    pick({ canceled: false, filePaths: [good] });
    expect(await choosing).toEqual({ chosen: false, error: { code: 'forbidden' } });
    expect(fs.existsSync(path.join(tmp, 'appData', 'Casusaudit', 'settings.json'))).toBe(false);
    expect(fs.existsSync(`${good}-wal`)).toBe(false); // never opened
  });
});
