/**
 * Hands a PDF to the user in either shell: saving goes through the desktop's save dialog (`savePdf`), else a browser
 * download; printing through the desktop's print dialog in the main process (`printPdf`), else the browser's print
 * dialog on a hidden frame (printBytes).
 */
import { desktopVerb } from '../api/client';
import { downloadBytes } from './download';
import { printBytes } from './printBytes';

/** Saves `bytes`; `name` is where (desktop) or the file name (download). */
export async function savePdfBytes(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
): Promise<{ saved: boolean; name: string }> {
  const save = desktopVerb('savePdf');
  if (!save) {
    downloadBytes(bytes, fileName, 'application/pdf');
    return { saved: true, name: fileName };
  }
  const result = await save(bytes, fileName);
  return { saved: result.saved, name: result.path ?? fileName };
}

/** Prints `bytes`: 'printed' or 'cancelled' on the desktop, 'opened' when the browser's print dialog was opened. */
export async function printPdfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<'printed' | 'cancelled' | 'opened'> {
  const print = desktopVerb('printPdf');
  if (!print) {
    await printBytes(bytes);
    return 'opened';
  }
  return (await print(bytes)).printed ? 'printed' : 'cancelled';
}
