/**
 * Prints a PDF from the browser harness: the bytes open in a hidden frame (the browser's own PDF viewer) and the
 * frame's `print()` shows the browser's print dialog. Electron prints in the main process instead (`printPdf`).
 * The frame stays until the next print, so the dialog keeps its document; it carries `data-print-frame`
 * ("loading", then "printed" once `print()` was called) and `data-print-bytes`, which the end-to-end test reads.
 * The content security policy allows frames from `blob:` for this (shared/security.ts).
 */
export function printBytes(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  for (const old of document.querySelectorAll<HTMLIFrameElement>('iframe[data-print-frame]')) {
    URL.revokeObjectURL(old.src);
    old.remove();
  }
  const frame = document.createElement('iframe');
  frame.dataset.printFrame = 'loading';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  frame.dataset.printBytes = String(bytes.length);
  frame.src = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow!.focus();
          frame.contentWindow!.print();
          frame.dataset.printFrame = 'printed';
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      { once: true },
    );
    document.body.append(frame);
  });
}
