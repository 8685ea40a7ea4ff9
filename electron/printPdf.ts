/**
 * Printing the PDF summary from the desktop app: the bytes go to a private temporary file, a hidden window opens it
 * in Chromium's PDF viewer and `webContents.print()` shows the system's print dialog; window and file are removed
 * afterwards, printed or not. The window comes from the caller, so this runs (and is tested) without Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PrintPdfResult } from '../shared/api/desktop';

/** A hidden child window with Chromium's PDF viewer (plugins), sandboxed; it shows only our own bytes. */
export const printWindowOptions = (parent: BrowserWindow): BrowserWindowConstructorOptions => ({
  show: false,
  parent,
  webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false },
});

/** The part of a BrowserWindow this needs. */
export interface PrintWindow {
  loadFile(file: string): Promise<void>;
  webContents: {
    print(
      options: { silent: boolean; printBackground: boolean },
      done: (success: boolean, reason: string) => void,
    ): void;
  };
  destroy(): void;
}

export async function printPdf(
  bytes: Uint8Array,
  deps: { makeWindow: () => PrintWindow; tempDir: string },
): Promise<PrintPdfResult> {
  const dir = fs.mkdtempSync(path.join(deps.tempDir, 'casusaudit-print-'));
  const file = path.join(dir, 'casusaudit.pdf');
  fs.writeFileSync(file, bytes, { mode: 0o600 });
  let win: PrintWindow | null = null;
  try {
    win = deps.makeWindow();
    await win.loadFile(file);
    const printing = win;
    const printed = await new Promise<boolean>((resolve) =>
      printing.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success)),
    );
    return { printed };
  } catch {
    return { printed: false };
  } finally {
    win?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
