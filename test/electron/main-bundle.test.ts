/**
 * The bundled main process (dist/electron/main.cjs as `npm start` builds it), run in Node against a real SQLite
 * file. Electron's binary is not available here, so `require('electron')` is answered by a small stand-in that
 * records what the main process registers (IPC handlers, window options, menu, session hooks); everything behind
 * it — the bundle, the sender checks, dispatch, the database, the PDF file write — is the real code.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel, OPERATION_NAMES } from '../../shared/api/operations';
import {
  appUrl,
  buildBundle,
  loadMain,
  openWithDesktopKey,
  requireWithElectron,
  root,
  tempDir,
  trusted,
  type StandIn,
} from './standIn';

const tmp = tempDir();
const dbFile = path.join(tmp, 'data', 'casusaudit.sqlite');
let outDir = '';
let app: StandIn;
let rec: StandIn['rec'];
let invoke: StandIn['invoke'];

beforeAll(async () => {
  outDir = buildBundle('bundle');
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  app = await loadMain(outDir, tmp, dbFile);
  ({ rec, invoke } = app);
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('bundled main process', () => {
  it('bundles into two CommonJS files; the preload needs nothing but electron', () => {
    const preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    const requires = (src: string) => new Set([...src.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect([...requires(preload)]).toEqual(['electron']);
    const mainRequires = [...requires(fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8'))];
    expect(
      mainRequires.filter(
        // Node's own modules, also by their bare names (exceljs, bundled in for the matrix files, asks for 'zlib').
        (r) =>
          !r.startsWith('node:') &&
          !builtinModules.includes(r) &&
          r !== 'electron' &&
          r !== 'better-sqlite3-multiple-ciphers',
      ),
    ).toEqual([]);
  });

  it('starts without an error, with the user data folder named Casusaudit', () => {
    expect(rec.errorBoxes).toEqual([]);
    expect(rec.exitCodes).toEqual([]);
    expect(rec.paths.get('userData')).toBe(path.join(tmp, 'appData', 'Casusaudit'));
    expect(fs.existsSync(dbFile)).toBe(true);
  });

  it('opens one secure window of the right size on the built renderer', () => {
    const o = rec.windowOptions!;
    expect(o).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 700 });
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(o.webPreferences.preload).toBe(path.join(outDir, 'preload.cjs'));
    expect(o.webPreferences.devTools).toBe(true); // a development run (not packaged); see the packaged start below
    expect(rec.loadedFile).toBe(path.join(root, 'dist', 'renderer', 'index.html'));
    expect(rec.windowOpenHandler!()).toEqual({ action: 'deny' });
  });

  it('refuses navigation away from the app page', () => {
    const navigate = rec.webContentsEvents.get('will-navigate')!;
    const attempt = (url: string) => {
      let prevented = false;
      navigate({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(attempt('https://example.org/')).toBe(true);
    expect(attempt('file:///etc/passwd')).toBe(true);
    expect(attempt(appUrl.replace('file:///', 'file://fileserver/'))).toBe(true);
    expect(attempt(`${appUrl}#again`)).toBe(false);
  });

  it('denies permissions and adds the CSP header to responses', () => {
    let granted: boolean | undefined;
    rec.permissionHandler!(null, 'notifications', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(rec.permissionCheckHandler!(null, 'clipboard-read', appUrl, {})).toBe(false);
    expect(rec.devicePermissionHandler!({ deviceType: 'usb', origin: appUrl })).toBe(false);
    let headers: Record<string, unknown> | undefined;
    rec.headersHook!(
      { responseHeaders: { 'X-A': ['1'] } },
      (r: { responseHeaders: Record<string, unknown> }) => (headers = r.responseHeaders),
    );
    expect(headers!['X-A']).toEqual(['1']);
    expect(String(headers!['Content-Security-Policy'])).toContain("default-src 'self'");
  });

  it('builds a Dutch menu for a Dutch system', () => {
    const labels = rec.menu!.map((m) => m.label).filter(Boolean);
    expect(labels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const edit = rec.menu!.find((m) => m.label === 'Bewerken')!.submenu as Array<Record<string, any>>;
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['copy', 'paste']));
  });
});

describe('bundled preload', () => {
  it('exposes exactly one verb per operation plus the three dialogs, each invoking its own channel', async () => {
    const exposed = new Map<string, Record<string, (...a: unknown[]) => Promise<unknown>>>();
    const invoked: unknown[][] = [];
    const fakePreloadElectron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, (...a: unknown[]) => Promise<unknown>>) =>
          exposed.set(key, api),
      },
      ipcRenderer: { invoke: async (...a: unknown[]) => void invoked.push(a) },
    };
    requireWithElectron(path.join(outDir, 'preload.cjs'), fakePreloadElectron);
    expect([...exposed.keys()]).toEqual(['casusaudit']);
    const api = exposed.get('casusaudit')!;
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'savePdf', 'chooseDatabaseFile', 'printPdf'].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    await api.getAudit!({ id: 7 });
    await api.savePdf!(new Uint8Array([1]), 'a.pdf');
    await api.chooseDatabaseFile!();
    await api.printPdf!(new Uint8Array([2]));
    expect(invoked).toEqual([
      [ipcChannel('getAudit'), { id: 7 }],
      ['casusaudit:savePdf', new Uint8Array([1]), 'a.pdf'],
      ['casusaudit:chooseDatabaseFile'],
      ['casusaudit:printPdf', new Uint8Array([2])],
    ]);
  });
});

describe('IPC', () => {
  it('registers one handler per operation plus the three dialogs, and nothing else', () => {
    expect([...rec.handlers.keys()].sort()).toEqual(
      [
        ...OPERATION_NAMES.map(ipcChannel),
        'casusaudit:savePdf',
        'casusaudit:chooseDatabaseFile',
        'casusaudit:printPdf',
      ].sort(),
    );
  });

  it('printPdf refuses an untrusted sender and bytes that are not a PDF, without opening a window', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const windows = rec.windowOptions;
    expect(await invoke('casusaudit:printPdf', trusted, new TextEncoder().encode('<script>'))).toEqual({
      printed: false,
    });
    expect(
      await invoke('casusaudit:printPdf', { senderFrame: { url: 'https://evil.example/', parent: null } }, pdf),
    ).toEqual({ printed: false });
    expect(rec.windowOptions).toBe(windows);
  });

  it('serves the app page and stores data in the real file', async () => {
    const created = (await invoke(ipcChannel('createPerson'), trusted, {
      name: 'Testpersoon Eén',
      role: 'consulent',
    })) as any;
    expect(created.ok).toBe(true);
    const listed = (await invoke(ipcChannel('listPeople'), trusted, {})) as any;
    expect(listed.value.map((p: { name: string }) => p.name)).toContain('Testpersoon Eén');
    const db = openWithDesktopKey(dbFile, tmp, dbFile);
    try {
      expect(db.prepare('SELECT count(*) AS n FROM people WHERE name = ?').get('Testpersoon Eén')).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('validates arguments like the browser transport does', async () => {
    const r = (await invoke(ipcChannel('createPerson'), trusted, { name: '', role: 'consulent', extra: 1 })) as any;
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('invalid_arguments');
  });

  it('refuses other pages, subframes and missing frames, for every operation', async () => {
    const strangers = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      { senderFrame: { url: appUrl.replace('file:///', 'file://fileserver/'), parent: null } },
      { senderFrame: { url: appUrl, parent: { url: appUrl } } },
      { senderFrame: null },
    ];
    for (const op of OPERATION_NAMES) {
      for (const event of strangers) {
        expect(await invoke(ipcChannel(op), event, {})).toEqual({ ok: false, error: { code: 'forbidden' } });
      }
    }
    const n = openWithDesktopKey(dbFile, tmp, dbFile);
    try {
      expect((n.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n).toBe(1);
    } finally {
      n.close();
    }
  });

  it('savePdf writes the bytes where the user chose, and refuses anything else', async () => {
    fs.mkdirSync(path.join(tmp, 'out'), { recursive: true });
    const pdf = new TextEncoder().encode('%PDF-1.7\n% test\n%%EOF\n');
    expect(await invoke('casusaudit:savePdf', trusted, pdf, 'samenvatting.pdf')).toEqual({
      saved: true,
      path: rec.saveDialogAnswer.filePath,
    });
    expect(fs.readFileSync(rec.saveDialogAnswer.filePath!)).toEqual(Buffer.from(pdf));

    fs.rmSync(rec.saveDialogAnswer.filePath!);
    expect(await invoke('casusaudit:savePdf', trusted, new TextEncoder().encode('<script>'), 'x.pdf')).toEqual({
      saved: false,
    });
    expect(await invoke('casusaudit:savePdf', trusted, new Uint8Array(50 * 1024 * 1024 + 1), 'x.pdf')).toEqual({
      saved: false,
    });
    expect(
      await invoke('casusaudit:savePdf', { senderFrame: { url: 'https://evil.example/', parent: null } }, pdf, 'x.pdf'),
    ).toEqual({ saved: false });
    expect(fs.existsSync(rec.saveDialogAnswer.filePath!)).toBe(false);

    rec.saveDialogAnswer = { canceled: true };
    expect(await invoke('casusaudit:savePdf', trusted, pdf, 'x.pdf')).toEqual({ saved: false });
  });

  it('saves a copy of the database where the user chose, through the main process', async () => {
    const copy = path.join(tmp, 'out', 'kopie.sqlite');
    rec.saveDialogAnswer = { canceled: false, filePath: copy };
    const r = (await invoke(ipcChannel('exportDatabase'), trusted, {})) as any;
    expect(r).toEqual({
      ok: true,
      value: { delivery: 'saved', fileName: 'kopie.sqlite', bytes: fs.statSync(copy).size, path: copy },
    });
    const db = openWithDesktopKey(copy, tmp, dbFile);
    try {
      expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Testpersoon Eén']);
    } finally {
      db.close();
    }
    rec.saveDialogAnswer = { canceled: false, filePath: dbFile }; // never over the open database itself
    expect(((await invoke(ipcChannel('exportDatabase'), trusted, {})) as any).ok).toBe(false);
    rec.saveDialogAnswer = { canceled: true };
    expect(await invoke(ipcChannel('exportDatabase'), trusted, {})).toEqual({
      ok: true,
      value: { delivery: 'cancelled' },
    });
    expect(await invoke(ipcChannel('exportDatabase'), { senderFrame: null }, {})).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(rec.dialogTitles).toContain('Samenvatting als PDF bewaren');
    expect(rec.dialogTitles.at(-1)).toBe('Een kopie van alle gegevens bewaren');
  });

  it('saves a plain copy only when asked with { plain: true }, under a name that says so', async () => {
    const copy = path.join(tmp, 'out', 'kopie-onversleuteld.sqlite');
    rec.saveDialogAnswer = { canceled: false, filePath: copy };
    const r = (await invoke(ipcChannel('exportDatabase'), trusted, { plain: true })) as any;
    expect(r.ok).toBe(true);
    expect(rec.dialogTitles.at(-1)).toBe('Een onversleutelde kopie van alle gegevens bewaren');
    expect(rec.dialogNames.at(-1)).toMatch(/^casusaudit-\d{4}-\d{2}-\d{2}-onversleuteld\.sqlite$/);
    expect(fs.readFileSync(copy).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    const db = new Database(copy, { readonly: true });
    try {
      expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Testpersoon Eén']);
    } finally {
      db.close();
    }
    // The default copy's suggested name does not say so, and it is not plain SQLite.
    const enc = path.join(tmp, 'out', 'kopie-2.sqlite');
    rec.saveDialogAnswer = { canceled: false, filePath: enc };
    expect(((await invoke(ipcChannel('exportDatabase'), trusted, {})) as any).ok).toBe(true);
    expect(rec.dialogNames.at(-1)).toMatch(/^casusaudit-\d{4}-\d{2}-\d{2}\.sqlite$/);
    expect(fs.readFileSync(enc).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    // Anything else as the option is refused before a dialog opens.
    const titles = rec.dialogTitles.length;
    expect(((await invoke(ipcChannel('exportDatabase'), trusted, { plain: false })) as any).error.code).toBe(
      'invalid_arguments',
    );
    expect(rec.dialogTitles.length).toBe(titles);
  });

  it('never saves the copy over the data file in use, its side files or its backups, however they are reached', async () => {
    await invoke(ipcChannel('createBackup'), trusted, {});
    const backupsDir = path.join(path.dirname(dbFile), 'backups');
    const backup = path.join(backupsDir, fs.readdirSync(backupsDir)[0]!);
    const backupBytes = fs.readFileSync(backup);
    const symlink = path.join(tmp, 'out', 'snelkoppeling.sqlite');
    fs.symlinkSync(dbFile, symlink);
    const hardLink = path.join(tmp, 'out', 'harde-link.sqlite');
    fs.linkSync(dbFile, hardLink);
    const refusals: Array<[string, string]> = [
      [symlink, 'copy_target_is_data_file'],
      [hardLink, 'copy_target_is_data_file'],
      [`${dbFile}-wal`, 'copy_target_is_data_file'],
      [`${dbFile}-shm`, 'copy_target_is_data_file'],
      [`${dbFile}-journal`, 'copy_target_is_data_file'],
      [path.join(path.dirname(dbFile), 'CASUSAUDIT.sqlite'), 'copy_target_is_data_file'],
      [backup, 'copy_target_in_backups'],
      [path.join(backupsDir, 'mijn-kopie.sqlite'), 'copy_target_in_backups'],
    ];
    for (const [filePath, code] of refusals) {
      rec.saveDialogAnswer = { canceled: false, filePath };
      expect(await invoke(ipcChannel('exportDatabase'), trusted, {}), filePath).toEqual({
        ok: false,
        error: { code, params: { path: filePath } },
      });
    }
    // Nothing was written: the links still lead to the data file, no journal appeared, the backup is as it was,
    // and the app still saves into the same file.
    expect(fs.realpathSync(symlink)).toBe(fs.realpathSync(dbFile));
    expect(fs.statSync(hardLink).ino).toBe(fs.statSync(dbFile).ino);
    expect(fs.existsSync(`${dbFile}-journal`)).toBe(false);
    expect(fs.readFileSync(backup)).toEqual(backupBytes);
    expect(fs.readdirSync(backupsDir)).toEqual([path.basename(backup)]);
    await invoke(ipcChannel('createPerson'), trusted, { name: 'Na de weigering', role: 'consulent' });
    const db = openWithDesktopKey(dbFile, tmp, dbFile);
    try {
      expect(db.prepare('SELECT count(*) FROM people WHERE name = ?').pluck().get('Na de weigering')).toBe(1);
    } finally {
      db.close();
    }
    fs.rmSync(symlink);
    fs.rmSync(hardLink);
  });

  it('does not switch data files outside recovery mode: no dialog, nothing remembered', async () => {
    const settingsFile = path.join(tmp, 'appData', 'Casusaudit', 'settings.json');
    const titles = rec.dialogTitles.length;
    rec.openDialogAnswer = { canceled: false, filePaths: [path.join(tmp, 'out', 'kopie.sqlite')] };
    expect(await invoke('casusaudit:chooseDatabaseFile', trusted)).toEqual({
      chosen: false,
      error: { code: 'forbidden' },
    });
    expect(rec.dialogTitles.length).toBe(titles);
    expect(fs.existsSync(settingsFile)).toBe(false);
    const state = (await invoke(ipcChannel('getStartupState'), trusted, {})) as any;
    expect(state.value).toMatchObject({ mode: 'ok', path: dbFile });
  });
});

describe('quitting', () => {
  it('closes the database (WAL checkpointed) before the app quits', async () => {
    const walFile = `${dbFile}-wal`;
    const willQuit = rec.appEvents.get('will-quit')!;
    let prevented = false;
    willQuit({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    for (let i = 0; i < 100 && rec.quitCalls === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(rec.quitCalls).toBe(1);
    // Closing the last connection checkpoints and removes the WAL file.
    expect(fs.existsSync(walFile) ? fs.statSync(walFile).size : 0).toBe(0);
    // The second will-quit (from app.quit()) goes through.
    let preventedAgain = false;
    willQuit({ preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
    const after = (await invoke(ipcChannel('listPeople'), trusted, {})) as any;
    expect(after.ok).toBe(false);
  });
});
