/**
 * Electron main process: a thin shell. One window, one database, one IPC handler per API operation
 * (served by the same dispatch as the browser harness), the save dialogs (PDF, a copy of the database), the
 * "choose another data file" dialog of the recovery screen, a translated menu.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type MenuItemConstructorOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBackend, type Backend } from '../db/backend';
import { DATABASE_FILE } from '../db/paths';
import { useNativeBinding } from '../db/sqlite';
import { desktopChannel, type ChooseFileResult } from '../shared/api/desktop';
import { ipcChannel, OPERATION_NAMES } from '../shared/api/operations';
import { translate } from '../shared/i18n/translate';
import {
  allowNavigation,
  checkPdfArgs,
  databasePathFromArgs,
  devicePermissionHandler,
  isTrustedSender,
  permissionCheckHandler,
  permissionRequestHandler,
  webPreferences,
  windowOpenHandler,
  withCspHeader,
} from './security';
import { exportDatabase } from './saveCopy';
import { printPdf, printWindowOptions } from './printPdf';
import { readSettings, resolveDatabasePath, SETTINGS_FILE, writeSettings } from './settings';
import { desktopKeys } from './dataKeys';
import { openChosenFile } from './switchFile';

// The user data folder is named after the product ("Casusaudit"), whatever package.json's name says; it matches
// db/paths.ts, so `npm run web` and the desktop app find the same file by default.
app.setPath('userData', path.join(app.getPath('appData'), 'Casusaudit'));

const t = () => translate(app.getLocale().startsWith('en') ? 'en' : 'nl');
const appRoot = app.getAppPath();
const indexHtml = path.join(appRoot, 'dist', 'renderer', 'index.html');
const appUrl = pathToFileURL(indexHtml).toString();
const FORBIDDEN = { ok: false, error: { code: 'forbidden' } } as const;

/** better-sqlite3-multiple-ciphers built for Electron's ABI (scripts/native-electron.mjs; extraResources when packaged). */
function nativeBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    path.join(appRoot, '.native-electron/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

let backend: Backend | null = null;
let win: BrowserWindow | null = null;

const userData = () => app.getPath('userData');
const settingsPath = () => path.join(userData(), SETTINGS_FILE);

function openData(file?: string): Backend {
  const chosen =
    file ??
    resolveDatabasePath(
      databasePathFromArgs(process.argv, process.env),
      readSettings(settingsPath()),
      path.join(app.getPath('userData'), DATABASE_FILE),
    );
  const binding = nativeBinding();
  // Every SQLite handle (lock, inspection copies, backups, restores) uses the Electron-ABI build, not only this one.
  useNativeBinding(binding);
  // A damaged, foreign or too-new file opens in recovery mode; the renderer then shows the recovery screen.
  return openBackend(chosen, { ...(binding ? { nativeBinding: binding } : {}), ...desktopKeys(chosen, userData()) });
}

const log = (msg: string, err?: unknown) => console.error(msg, err ?? '');
let choosing = false;
let quitting = false;

/**
 * Recovery screen, "choose another file": only in recovery mode (a good file in use is never swapped out from the
 * renderer), one dialog at a time. Only a Casusaudit database that opens is switched to; until it has opened, the
 * current backend stays in place, so a wrong pick or a failed open leaves the app as it was. The choice is
 * remembered for the next start.
 */
async function chooseDatabaseFile(owner: BrowserWindow): Promise<ChooseFileResult> {
  if (backend?.mode !== 'recovery') return { chosen: false, error: { code: 'forbidden' } };
  if (choosing) return { chosen: false }; // a second click while the dialog is open: the first call answers
  choosing = true;
  try {
    const tr = t();
    const { canceled, filePaths } = await dialog.showOpenDialog(owner, {
      title: tr('desktop.chooseFileTitle'),
      properties: ['openFile'],
      filters: [{ name: tr('desktop.fileFilter'), extensions: ['sqlite', 'db'] }],
    });
    const file = filePaths[0];
    if (canceled || !file) return { chosen: false };
    // A restore or a fresh start may have ended recovery mode while the dialog was open, or the app is quitting.
    const previous = backend;
    if (quitting || previous?.mode !== 'recovery') return { chosen: false, error: { code: 'forbidden' } };
    const chosen = path.resolve(file);
    const opened = openChosenFile(chosen, openData, log);
    if (!opened.ok) return { chosen: false, error: opened.error };
    backend = opened.backend;
    previous.close();
    try {
      writeSettings(settingsPath(), { databasePath: chosen });
    } catch (err) {
      log('could not remember the chosen file in settings.json', err); // it is still used until the app quits
    }
    return { chosen: true };
  } finally {
    choosing = false;
  }
}

/**
 * The data could not be opened at all (not even in recovery mode, e.g. the native SQLite module does not load):
 * a plain translated message, then stop. Unreadable, foreign or too-new files do not end up here: they open in
 * recovery mode and the renderer shows the recovery screen.
 */
function showStartupError(err: unknown): void {
  const tr = t();
  dialog.showErrorBox(
    tr('desktop.startupTitle'),
    `${tr('desktop.startupFailed')}\n\n${tr('desktop.details')} ${err instanceof Error ? err.message : String(err)}`,
  );
  app.exit(1);
}

function registerIpc(): void {
  for (const op of OPERATION_NAMES) {
    ipcMain.handle(ipcChannel(op), (event, args: unknown) => {
      if (!isTrustedSender(event.senderFrame, appUrl) || !backend) return FORBIDDEN;
      if (op === 'exportDatabase' && win && backend.mode === 'ok') return exportDatabase(backend, win, args, t());
      return backend.call(op, args);
    });
  }
  ipcMain.handle(desktopChannel('chooseDatabaseFile'), (event) => {
    if (!isTrustedSender(event.senderFrame, appUrl) || !win) return { chosen: false };
    return chooseDatabaseFile(win);
  });
  ipcMain.handle(desktopChannel('savePdf'), async (event, bytes: unknown, fileName: unknown) => {
    if (!isTrustedSender(event.senderFrame, appUrl) || !win) return { saved: false };
    const checked = checkPdfArgs(bytes, fileName);
    if (!checked) return { saved: false };
    const { canceled, filePath } = await dialog.showSaveDialog(win, {
      title: t()('desktop.savePdfTitle'),
      defaultPath: path.join(app.getPath('documents'), checked.fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (canceled || !filePath) return { saved: false };
    fs.writeFileSync(filePath, checked.bytes);
    return { saved: true, path: filePath };
  });
  ipcMain.handle(desktopChannel('printPdf'), async (event, bytes: unknown) => {
    const checked = isTrustedSender(event.senderFrame, appUrl) ? checkPdfArgs(bytes, 'casusaudit.pdf') : null;
    const parent = win;
    if (!checked || !parent) return { printed: false };
    const makeWindow = () => new BrowserWindow(printWindowOptions(parent));
    return printPdf(checked.bytes, { tempDir: app.getPath('temp'), makeWindow });
  });
}

function buildMenu(): void {
  const tr = t();
  const template: MenuItemConstructorOptions[] = [
    // macOS expects the application menu first (About, Hide, Quit, with the system's own labels).
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { label: tr('desktop.menu.file'), submenu: [{ role: 'quit', label: tr('desktop.menu.quit') }] },
    {
      label: tr('desktop.menu.edit'),
      submenu: [
        { role: 'undo', label: tr('desktop.menu.undo') },
        { role: 'redo', label: tr('desktop.menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: tr('desktop.menu.cut') },
        { role: 'copy', label: tr('desktop.menu.copy') },
        { role: 'paste', label: tr('desktop.menu.paste') },
        { role: 'selectAll', label: tr('desktop.menu.selectAll') },
      ],
    },
    {
      label: tr('desktop.menu.view'),
      submenu: [
        { role: 'reload', label: tr('desktop.menu.reload') },
        { role: 'resetZoom', label: tr('desktop.menu.resetZoom') },
        { role: 'zoomIn', label: tr('desktop.menu.zoomIn') },
        { role: 'zoomOut', label: tr('desktop.menu.zoomOut') },
        { role: 'togglefullscreen', label: tr('desktop.menu.fullscreen') },
      ],
    },
    {
      label: tr('desktop.menu.help'),
      submenu: [
        {
          label: tr('desktop.menu.about'),
          click: () =>
            void dialog.showMessageBox({
              message: tr('app.name'),
              detail: `${tr('app.tagline')}\n${app.getVersion()}`,
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: t()('app.name'),
    show: false,
    webPreferences: webPreferences(path.join(__dirname, 'preload.cjs'), { packaged: app.isPackaged }),
  });
  win.webContents.on('will-navigate', (e, url) => {
    if (!allowNavigation(url, appUrl)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(windowOpenHandler);
  win.once('ready-to-show', () => win?.show());
  void win.loadFile(indexHtml);
}

function focusWindow(): void {
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
}

function onReady(): void {
  session.defaultSession.setPermissionRequestHandler(permissionRequestHandler);
  session.defaultSession.setPermissionCheckHandler(permissionCheckHandler);
  session.defaultSession.setDevicePermissionHandler(devicePermissionHandler);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCspHeader(details.responseHeaders) }),
  );
  try {
    backend = openData();
  } catch (err) {
    showStartupError(err);
    return;
  }
  registerIpc();
  buildMenu();
  createWindow();
}

function closeBeforeQuit(e: { preventDefault: () => void }): void {
  if (quitting || !backend) return;
  // Let a running backup finish, then checkpoint and close the database.
  e.preventDefault();
  quitting = true;
  void backend.backupsIdle().finally(() => {
    backend?.close();
    app.quit();
  });
}

// Two windows writing one file is a data risk: a second start focuses the first instead, and does nothing else
// (no window, no database opened, no backup started) while it quits.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeBeforeQuit);
  void app.whenReady().then(onReady);
} else {
  app.quit();
}
