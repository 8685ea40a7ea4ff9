/**
 * Preload: exposes one function per API operation (verbs, never ipcRenderer or a generic invoke) plus
 * savePdf, chooseDatabaseFile and printPdf (the dialogs the main process owns). Bundled into one CommonJS file because sandboxed preloads cannot load other modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { desktopChannel, type DesktopBridge, type DesktopVerbs } from '../shared/api/desktop';
import { ipcChannel, OPERATION_NAMES } from '../shared/api/operations';

const api: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const op of OPERATION_NAMES) api[op] = (args: unknown) => ipcRenderer.invoke(ipcChannel(op), args);

const desktop: DesktopVerbs = {
  savePdf: (bytes, fileName) => ipcRenderer.invoke(desktopChannel('savePdf'), bytes, fileName),
  chooseDatabaseFile: () => ipcRenderer.invoke(desktopChannel('chooseDatabaseFile')),
  printPdf: (bytes) => ipcRenderer.invoke(desktopChannel('printPdf'), bytes),
};

// `window.casusaudit` in the renderer (typed there as DesktopBridge).
const bridge = { ...api, ...desktop } as DesktopBridge;
contextBridge.exposeInMainWorld('casusaudit', bridge);
