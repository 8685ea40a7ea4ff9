/**
 * The bundled main process (dist/electron/main.cjs as `npm start` builds it), run in Node against a real SQLite
 * file. Electron's binary is not available here, so `require('electron')` is answered by a small stand-in that
 * records what the main process registers (IPC handlers, window options, menu, session hooks); everything behind
 * it — the bundle, the sender checks, dispatch, the database, the PDF file write — is the real code.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel, OPERATION_NAMES } from '../../shared/api/operations';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type Listener = (...args: unknown[]) => unknown;

const root = process.cwd();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-main-'));
// Inside the repository (tmp/ is git-ignored) so the bundle resolves better-sqlite3 from node_modules, as dist/electron does.
const outDir = path.join(root, 'tmp', `electron-bundle-${process.pid}`);
const dbFile = path.join(tmp, 'data', 'casusaudit.sqlite');
const appUrl = pathToFileURL(path.join(root, 'dist', 'renderer', 'index.html')).toString();
const trusted = { senderFrame: { url: appUrl, parent: null } };

const rec = {
  handlers: new Map<string, Handler>(),
  appEvents: new Map<string, Listener>(),
  webContentsEvents: new Map<string, Listener>(),
  paths: new Map<string, string>(),
  windowOptions: null as null | Record<string, any>,
  loadedFile: null as string | null,
  windowOpenHandler: null as null | (() => unknown),
  permissionHandler: null as null | Listener,
  headersHook: null as null | Listener,
  menu: null as null | Array<Record<string, any>>,
  saveDialogAnswer: { canceled: false, filePath: path.join(tmp, 'out', 'summary.pdf') } as {
    canceled: boolean;
    filePath?: string;
  },
  openDialogAnswer: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
  dialogTitles: [] as string[],
  errorBoxes: [] as string[],
  quitCalls: 0,
  exitCodes: [] as number[],
};

const fakeElectron = {
  app: {
    setPath: (name: string, p: string) => rec.paths.set(name, p),
    getPath: (name: string) => rec.paths.get(name) ?? path.join(tmp, name),
    getAppPath: () => root,
    getLocale: () => 'nl-BE',
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: (event: string, fn: Listener) => rec.appEvents.set(event, fn),
    quit: () => void rec.quitCalls++,
    exit: (code: number) => void rec.exitCodes.push(code),
  },
  BrowserWindow: class {
    webContents = {
      on: (event: string, fn: Listener) => rec.webContentsEvents.set(event, fn),
      setWindowOpenHandler: (fn: () => unknown) => (rec.windowOpenHandler = fn),
    };
    constructor(options: Record<string, any>) {
      rec.windowOptions = options;
    }
    once() {}
    show() {}
    isMinimized() {
      return false;
    }
    focus() {}
    loadFile(file: string) {
      rec.loadedFile = file;
      return Promise.resolve();
    }
  },
  dialog: {
    showSaveDialog: async (_owner: unknown, o: { title: string }) => (
      rec.dialogTitles.push(o.title),
      rec.saveDialogAnswer
    ),
    showOpenDialog: async (_owner: unknown, o: { title: string }) => (
      rec.dialogTitles.push(o.title),
      rec.openDialogAnswer
    ),
    showErrorBox: (title: string, body: string) => void rec.errorBoxes.push(`${title}\n${body}`),
    showMessageBox: async () => ({ response: 0 }),
  },
  ipcMain: { handle: (channel: string, fn: Handler) => rec.handlers.set(channel, fn) },
  Menu: {
    buildFromTemplate: (t: Array<Record<string, any>>) => t,
    setApplicationMenu: (m: Array<Record<string, any>>) => (rec.menu = m),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => (rec.permissionHandler = fn),
      webRequest: { onHeadersReceived: (fn: Listener) => (rec.headersHook = fn) },
    },
  },
};

const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
  const h = rec.handlers.get(channel);
  if (!h) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(h(event, ...args));
};

const ModuleInternal = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = ModuleInternal._load;
const savedEnv = process.env.CASUSAUDIT_DB;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outDir], { cwd: root, stdio: 'pipe' });
  ModuleInternal._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return fakeElectron;
    return originalLoad.call(this, request, ...rest);
  };
  process.env.CASUSAUDIT_DB = dbFile;
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  createRequire(import.meta.url)(path.join(outDir, 'main.cjs'));
  // whenReady() resolves immediately; let its .then run.
  await new Promise((r) => setTimeout(r, 50));
}, 60_000);

afterAll(() => {
  ModuleInternal._load = originalLoad;
  if (savedEnv === undefined) delete process.env.CASUSAUDIT_DB;
  else process.env.CASUSAUDIT_DB = savedEnv;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('bundled main process', () => {
  it('bundles into two CommonJS files; the preload needs nothing but electron', () => {
    const preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    const requires = (src: string) => new Set([...src.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect([...requires(preload)]).toEqual(['electron']);
    const mainRequires = [...requires(fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8'))];
    expect(mainRequires.filter((r) => !r.startsWith('node:') && r !== 'electron' && r !== 'better-sqlite3')).toEqual(
      [],
    );
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
    expect(attempt(`${appUrl}#again`)).toBe(false);
  });

  it('denies permissions and adds the CSP header to responses', () => {
    let granted: boolean | undefined;
    rec.permissionHandler!(null, 'notifications', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
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
  it('exposes exactly one verb per operation plus the two dialogs, each invoking its own channel', async () => {
    const exposed = new Map<string, Record<string, (...a: unknown[]) => Promise<unknown>>>();
    const invoked: unknown[][] = [];
    const fakePreloadElectron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, (...a: unknown[]) => Promise<unknown>>) =>
          exposed.set(key, api),
      },
      ipcRenderer: { invoke: async (...a: unknown[]) => void invoked.push(a) },
    };
    const previous = ModuleInternal._load;
    ModuleInternal._load = function (request: string, ...rest: unknown[]) {
      if (request === 'electron') return fakePreloadElectron;
      return originalLoad.call(this, request, ...rest);
    };
    try {
      createRequire(import.meta.url)(path.join(outDir, 'preload.cjs'));
    } finally {
      ModuleInternal._load = previous;
    }
    expect([...exposed.keys()]).toEqual(['casusaudit']);
    const api = exposed.get('casusaudit')!;
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'savePdf', 'chooseDatabaseFile'].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    await api.getAudit!({ id: 7 });
    await api.savePdf!(new Uint8Array([1]), 'a.pdf');
    await api.chooseDatabaseFile!();
    expect(invoked).toEqual([
      [ipcChannel('getAudit'), { id: 7 }],
      ['casusaudit:savePdf', new Uint8Array([1]), 'a.pdf'],
      ['casusaudit:chooseDatabaseFile'],
    ]);
  });
});

describe('IPC', () => {
  it('registers one handler per operation plus the two dialogs, and nothing else', () => {
    expect([...rec.handlers.keys()].sort()).toEqual(
      [...OPERATION_NAMES.map(ipcChannel), 'casusaudit:savePdf', 'casusaudit:chooseDatabaseFile'].sort(),
    );
  });

  it('serves the app page and stores data in the real file', async () => {
    const created = (await invoke(ipcChannel('createPerson'), trusted, {
      name: 'Testpersoon Eén',
      role: 'consulent',
    })) as any;
    expect(created.ok).toBe(true);
    const listed = (await invoke(ipcChannel('listPeople'), trusted, {})) as any;
    expect(listed.value.map((p: { name: string }) => p.name)).toContain('Testpersoon Eén');
    const db = new Database(dbFile, { readonly: true });
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
      { senderFrame: { url: appUrl, parent: { url: appUrl } } },
      { senderFrame: null },
    ];
    for (const op of OPERATION_NAMES) {
      for (const event of strangers) {
        expect(await invoke(ipcChannel(op), event, {})).toEqual({ ok: false, error: { code: 'forbidden' } });
      }
    }
    const n = new Database(dbFile, { readonly: true });
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
    const db = new Database(copy, { readonly: true });
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

  it('switches to another data file only when it is a readable Casusaudit database, and remembers the choice', async () => {
    const settingsFile = path.join(tmp, 'appData', 'Casusaudit', 'settings.json');
    rec.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(await invoke('casusaudit:chooseDatabaseFile', trusted)).toEqual({ chosen: false });
    expect(rec.dialogTitles.at(-1)).toBe('Een ander gegevensbestand van Casusaudit kiezen');

    // A file that is not ours: explained, nothing switched, nothing touched.
    const foreign = path.join(tmp, 'out', 'notities.sqlite');
    fs.writeFileSync(foreign, 'gewoon tekst');
    rec.openDialogAnswer = { canceled: false, filePaths: [foreign] };
    expect(await invoke('casusaudit:chooseDatabaseFile', trusted)).toEqual({
      chosen: false,
      error: { code: 'database_foreign', params: { path: foreign } },
    });
    expect(fs.readFileSync(foreign, 'utf8')).toBe('gewoon tekst');
    expect(fs.existsSync(settingsFile)).toBe(false);
    expect(
      ((await invoke(ipcChannel('listPeople'), trusted, {})) as any).value.map((p: { name: string }) => p.name),
    ).toEqual(['Testpersoon Eén']);

    // Another page may not switch files.
    expect(
      await invoke('casusaudit:chooseDatabaseFile', { senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).toEqual({ chosen: false });

    // The copy saved above is a real Casusaudit database: switch to it.
    const other = path.join(tmp, 'out', 'kopie.sqlite');
    rec.openDialogAnswer = { canceled: false, filePaths: [other] };
    expect(await invoke('casusaudit:chooseDatabaseFile', trusted)).toEqual({ chosen: true });
    expect(JSON.parse(fs.readFileSync(settingsFile, 'utf8'))).toEqual({ databasePath: other });
    const state = (await invoke(ipcChannel('getStartupState'), trusted, {})) as any;
    expect(state.value.path).toBe(other);
    await invoke(ipcChannel('createPerson'), trusted, { name: 'Alleen in de kopie', role: 'consulent' });
    const inCopy = new Database(other, { readonly: true });
    const inOriginal = new Database(dbFile, { readonly: true });
    try {
      expect(inCopy.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2);
      expect(inOriginal.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1);
    } finally {
      inCopy.close();
      inOriginal.close();
    }
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
