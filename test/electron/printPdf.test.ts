/**
 * "Afdrukken" on the desktop (issue 11, item 6): the main process hands the PDF to a hidden window's print dialog.
 * Electron's binary is not here, so the window is a stand-in that records what it was asked; the temporary file,
 * its bytes and its removal are real.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printPdf, printWindowOptions, type PrintWindow } from '../../electron/printPdf';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-print-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const PDF = new TextEncoder().encode('%PDF-1.7\n% afdrukken\n%%EOF\n');

function standIn(answer: boolean | 'throw') {
  const seen = { loaded: '', bytesAtPrint: null as Buffer | null, printOptions: null as unknown, destroyed: false };
  const win: PrintWindow = {
    loadFile: async (file) => {
      seen.loaded = file;
    },
    webContents: {
      print: (options, done) => {
        if (answer === 'throw') throw new Error('no printer');
        seen.printOptions = options;
        seen.bytesAtPrint = fs.readFileSync(seen.loaded);
        done(answer, answer ? '' : 'cancelled');
      },
    },
    destroy: () => void (seen.destroyed = true),
  };
  return { win, seen };
}

describe('printPdf', () => {
  it('opens the bytes in a hidden window and shows the print dialog, then removes window and file', async () => {
    const { win, seen } = standIn(true);
    expect(await printPdf(PDF, { makeWindow: () => win, tempDir: tmp })).toEqual({ printed: true });
    expect(seen.loaded.startsWith(tmp)).toBe(true);
    expect(seen.bytesAtPrint).toEqual(Buffer.from(PDF));
    expect(seen.printOptions).toEqual({ silent: false, printBackground: true });
    expect(seen.destroyed).toBe(true);
    expect(fs.existsSync(seen.loaded)).toBe(false);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('says not printed when the dialog was cancelled or printing failed, and still cleans up', async () => {
    for (const answer of [false, 'throw'] as const) {
      const { win, seen } = standIn(answer);
      expect(await printPdf(PDF, { makeWindow: () => win, tempDir: tmp })).toEqual({ printed: false });
      expect(seen.destroyed).toBe(true);
      expect(fs.readdirSync(tmp)).toEqual([]);
    }
  });

  it('uses a hidden, sandboxed child window with the PDF viewer', () => {
    const parent = {} as Parameters<typeof printWindowOptions>[0];
    expect(printWindowOptions(parent)).toEqual({
      show: false,
      parent,
      webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
  });
});
