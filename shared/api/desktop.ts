/**
 * The desktop-only verbs: dialogs the Electron main process owns, offered by the preload beside the API operations
 * on `window.casusaudit`. Their channel names are made here and nowhere else. Imports types only, so the sandboxed
 * preload can bundle it without the schemas.
 */
import type { Api } from './contract';
import type { ApiError } from './errors';

export const DESKTOP_VERBS = ['savePdf', 'chooseDatabaseFile', 'printPdf'] as const;
export type DesktopVerb = (typeof DESKTOP_VERBS)[number];

/** Channel name for one desktop verb over Electron IPC (the API operations use `ipcChannel` in operations.ts). */
export const desktopChannel = (verb: DesktopVerb): string => `casusaudit:${verb}`;

export interface SavePdfResult {
  saved: boolean;
  path?: string;
}
export interface PrintPdfResult {
  /** False when the user cancelled the print dialog or printing failed. */
  printed: boolean;
}
export interface ChooseFileResult {
  chosen: boolean;
  error?: ApiError;
}

export interface DesktopVerbs {
  /** Asks where to save the PDF (the main process's save dialog) and writes it. */
  savePdf: (bytes: Uint8Array, fileName: string) => Promise<SavePdfResult>;
  /** Recovery screen: lets the user open another Casusaudit data file (checked before it is used). */
  chooseDatabaseFile: () => Promise<ChooseFileResult>;
  /** Prints the PDF through the system's print dialog (the main process loads it in a hidden window). */
  printPdf: (bytes: Uint8Array) => Promise<PrintPdfResult>;
}

/** Everything on `window.casusaudit` in the desktop app. */
export type DesktopBridge = Api & DesktopVerbs;
