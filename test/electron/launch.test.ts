/**
 * Starts the real desktop app (Electron binary + dist/electron bundle + dist/renderer) against a temporary data
 * file and checks that the window loads and talks to the database through the preload. Skips, saying why, when
 * the Electron binary or the Electron-ABI SQLite build is not installed (offline installs cannot download them).
 * Run `npm run build` first (npm test builds the renderer); the Electron bundle is built here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../shared/api/operations';

const root = process.cwd();

function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null; // node_modules/electron throws when its binary was never downloaded
  }
}

const binary = electronBinary();
const nativeBuild = path.join(
  root,
  '.native-electron',
  'better-sqlite3-multiple-ciphers',
  'build',
  'Release',
  'better_sqlite3.node',
);
const renderer = path.join(root, 'dist', 'renderer', 'index.html');
const missing = !binary
  ? 'the Electron binary is not installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1; with internet: node node_modules/electron/install.js)'
  : !fs.existsSync(nativeBuild)
    ? 'better-sqlite3 is not built for Electron yet (npm run native:electron, needs internet)'
    : !fs.existsSync(renderer)
      ? 'the renderer is not built (npm run build:renderer)'
      : null;

if (missing) console.log(`Skipping the Electron launch test: ${missing}.`);

describe.skipIf(!!missing)('desktop app (real Electron)', () => {
  it('opens the window on the app, with the API exposed as verbs and the data file created', async () => {
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'pipe' });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-launch-'));
    const dbFile = path.join(tmp, 'casusaudit.sqlite');
    const args = ['.', `--db=${dbFile}`];
    if (process.getuid?.() === 0) args.unshift('--no-sandbox'); // Chromium refuses to run as root otherwise (CI containers)
    const app = await _electron.launch({
      executablePath: binary!,
      args,
      cwd: root,
      env: { ...process.env, LANG: 'nl_BE.UTF-8' },
      timeout: 60_000,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('h1', { timeout: 30_000 });
      expect(await page.title()).toBe('Casusaudit');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      const exposed = await page.evaluate(() =>
        Object.keys((window as unknown as { casusaudit: object }).casusaudit).sort(),
      );
      expect(exposed).toEqual([...OPERATION_NAMES, 'savePdf', 'chooseDatabaseFile', 'printPdf'].sort());
      const listed = await page.evaluate(() =>
        (
          window as unknown as { casusaudit: { listPeople: (a: object) => Promise<{ ok: boolean }> } }
        ).casusaudit.listPeople({}),
      );
      expect(listed.ok).toBe(true);
      const size = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getMinimumSize());
      expect(size).toEqual([1024, 700]);
    } finally {
      await app.close();
    }
    expect(fs.existsSync(dbFile)).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 120_000);
});
