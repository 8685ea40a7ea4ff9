/**
 * A stand-in for the `electron` module, for running the bundled main process (dist/electron/main.cjs as `npm start`
 * builds it) under Node: Electron's binary is not available here. It records what the main process registers (IPC
 * handlers, window options, menu, session hooks) and answers the dialogs as a test tells it to; everything behind it —
 * the bundle, the sender checks, dispatch, the database — is the real code. Each `loadMain` starts a fresh copy of
 * the bundle with its own stand-in, so one test file can start the app several times (normal, recovery, a second
 * instance).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataKeyFromHex } from '../../db/keys';
import { keyStorePath } from '../../electron/keyStore';
import { openKeyed } from '../support/keyed';

export type Handler = (event: unknown, ...args: unknown[]) => unknown;
export type Listener = (...args: unknown[]) => unknown;
type Answer<T> = T | (() => T | Promise<T>);

export const root = process.cwd();
export const appUrl = pathToFileURL(path.join(root, 'dist', 'renderer', 'index.html')).toString();
export const trusted = { senderFrame: { url: appUrl, parent: null } };

/** Builds the bundle into tmp/ inside the repository (git-ignored), so it resolves better-sqlite3 from node_modules. */
export function buildBundle(name: string): string {
  const outDir = path.join(root, 'tmp', `electron-${name}-${process.pid}`);
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outDir], { cwd: root, stdio: 'pipe' });
  return outDir;
}

export interface StandInOptions {
  /** What app.requestSingleInstanceLock() answers (false: another instance holds the lock). */
  lock?: boolean;
  /** app.isPackaged. */
  packaged?: boolean;
}

export function makeStandIn(tmp: string, options: StandInOptions = {}) {
  const rec = {
    handlers: new Map<string, Handler>(),
    appEvents: new Map<string, Listener>(),
    webContentsEvents: new Map<string, Listener>(),
    paths: new Map<string, string>(),
    windowOptions: null as null | Record<string, any>,
    loadedFile: null as string | null,
    windowOpenHandler: null as null | (() => unknown),
    permissionHandler: null as null | Listener,
    permissionCheckHandler: null as null | Listener,
    devicePermissionHandler: null as null | Listener,
    headersHook: null as null | Listener,
    menu: null as null | Array<Record<string, any>>,
    saveDialogAnswer: { canceled: false, filePath: path.join(tmp, 'out', 'summary.pdf') } as {
      canceled: boolean;
      filePath?: string;
    },
    openDialogAnswer: { canceled: true, filePaths: [] } as Answer<{ canceled: boolean; filePaths: string[] }>,
    dialogTitles: [] as string[],
    /** The file name each save dialog suggested. */
    dialogNames: [] as string[],
    errorBoxes: [] as string[],
    quitCalls: 0,
    quitWaiters: [] as Array<() => void>,
    exitCodes: [] as number[],
    whenReadyCalls: 0,
    /** Settles when the main process's whenReady().then(…) callback has run (undefined until whenReady is asked). */
    started: undefined as Promise<unknown> | undefined,
  };
  const answer = async <T>(a: Answer<T>): Promise<T> => (typeof a === 'function' ? (a as () => T | Promise<T>)() : a);

  const electron = {
    app: {
      isPackaged: options.packaged ?? false,
      setPath: (name: string, p: string) => rec.paths.set(name, p),
      getPath: (name: string) => rec.paths.get(name) ?? path.join(tmp, name),
      getAppPath: () => root,
      getLocale: () => 'nl-BE',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => options.lock ?? true,
      // A thenable, so the test can wait for the main process's ready callback itself rather than for a guessed time.
      whenReady: () => {
        rec.whenReadyCalls++;
        return { then: (fn: () => unknown) => (rec.started = Promise.resolve().then(fn)) };
      },
      on: (event: string, fn: Listener) => rec.appEvents.set(event, fn),
      quit: () => {
        rec.quitCalls++;
        for (const w of rec.quitWaiters.splice(0)) w();
      },
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
    // The system's key store, as on a desktop with a keyring (ADR 0014): a reversible stand-in, never plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s, 'utf8').map((b) => b ^ 0x5a),
      decryptString: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
    },
    dialog: {
      showSaveDialog: async (_owner: unknown, o: { title: string; defaultPath?: string }) => {
        rec.dialogTitles.push(o.title);
        rec.dialogNames.push(path.basename(o.defaultPath ?? ''));
        return rec.saveDialogAnswer;
      },
      showOpenDialog: async (_owner: unknown, o: { title: string }) => {
        rec.dialogTitles.push(o.title);
        return answer(rec.openDialogAnswer);
      },
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
        setPermissionCheckHandler: (fn: Listener) => (rec.permissionCheckHandler = fn),
        setDevicePermissionHandler: (fn: Listener) => (rec.devicePermissionHandler = fn),
        webRequest: { onHeadersReceived: (fn: Listener) => (rec.headersHook = fn) },
      },
    },
  };

  const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
    const h = rec.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(h(event, ...args));
  };
  return { rec, electron, invoke, tmp };
}

export type StandIn = ReturnType<typeof makeStandIn>;

const ModuleInternal = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = ModuleInternal._load;

/** Requires `file` with `require('electron')` answered by `fake` (only during the synchronous load). */
export function requireWithElectron(file: string, fake: unknown): unknown {
  const req = createRequire(import.meta.url);
  delete req.cache[file];
  ModuleInternal._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return fake;
    return originalLoad.call(this, request, ...rest);
  };
  try {
    return req(file);
  } finally {
    ModuleInternal._load = originalLoad;
  }
}

/** A fresh temporary folder for one start of the app (its user data, documents, …). */
export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'electron-main-'));

/**
 * Starts a fresh copy of the bundled main process on `dbFile` (through CASUSAUDIT_DB), with the stand-in's folders
 * under `tmp`, and waits until its ready callback has run (if it asked for one).
 */
export async function loadMain(
  outDir: string,
  tmp: string,
  dbFile: string,
  options: StandInOptions = {},
): Promise<StandIn> {
  const standIn = makeStandIn(tmp, options);
  const savedEnv = process.env.CASUSAUDIT_DB;
  process.env.CASUSAUDIT_DB = dbFile;
  try {
    requireWithElectron(path.join(outDir, 'main.cjs'), standIn.electron);
    await standIn.rec.started;
  } finally {
    if (savedEnv === undefined) delete process.env.CASUSAUDIT_DB;
    else process.env.CASUSAUDIT_DB = savedEnv;
  }
  return standIn;
}

/** Lets the main process close its database the way quitting does, and waits until it asked the app to quit. */
export async function quitMain({ rec }: StandIn): Promise<void> {
  const willQuit = rec.appEvents.get('will-quit');
  if (!willQuit) return;
  const asked = new Promise<void>((r) => rec.quitWaiters.push(r));
  let prevented = false;
  willQuit({ preventDefault: () => (prevented = true) });
  if (prevented) await asked;
}

/**
 * A raw read-only connection on the bundled app's data file (or a copy of it), unlocked with the key the app kept
 * for `dataFile` in the safeStorage stand-in above (none: opened as a plain file).
 */
export function openWithDesktopKey(file: string, tmp: string, dataFile: string) {
  const kept = keyStorePath(path.join(tmp, 'appData', 'Casusaudit'), dataFile);
  const hex = fs.existsSync(kept) ? Buffer.from(fs.readFileSync(kept).map((b) => b ^ 0x5a)).toString('utf8') : '';
  return openKeyed(file, dataKeyFromHex(hex), { readonly: true });
}
