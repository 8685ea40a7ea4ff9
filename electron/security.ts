/**
 * The desktop shell's security settings and checks, kept free of the `electron` module so they can be
 * tested without the Electron binary.
 */
import { CONTENT_SECURITY_POLICY } from '../shared/security';

export { CONTENT_SECURITY_POLICY };

/**
 * The renderer is untrusted: isolated, sandboxed, no Node. Developer tools only in a development run
 * (`npm start`), never in the packaged app (`app.isPackaged`; off unless told otherwise).
 */
export function webPreferences(preloadPath: string, { packaged = true }: { packaged?: boolean } = {}) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: !packaged,
  } as const;
}

/**
 * Both are `file:` URLs of a file on this computer (no host: `file://server/…` is a network share, a UNC path on
 * Windows) with the same path. `file://localhost/…` counts as local: the URL parser turns its host into ''.
 */
const sameFile = (a: string, b: string): boolean => {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const local = (u: URL) => u.protocol === 'file:' && u.host === '';
    return local(x) && local(y) && x.pathname === y.pathname;
  } catch {
    return false;
  }
};

/** IPC is answered only for the app's own top-level frame, loaded from the app's own index.html. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined, appUrl: string): boolean {
  return !!frame && frame.parent === null && sameFile(frame.url, appUrl);
}

/** Navigation away from the app's page (links, drag-and-drop of files or URLs) is refused. */
export function allowNavigation(targetUrl: string, appUrl: string): boolean {
  return sameFile(targetUrl, appUrl);
}

/** New windows are never opened: the app is offline and has one window. */
export const windowOpenHandler = () => ({ action: 'deny' as const });

/**
 * No permission (camera, notifications, geolocation, clipboard, …) is ever granted to the page: the app needs none
 * (copy and paste go through the Edit menu's roles, which ask no permission). Requests are refused, checks
 * answer "no", and no device (USB, HID, serial, Bluetooth) is ever offered.
 */
export const permissionRequestHandler = (_wc: unknown, _permission: string, callback: (granted: boolean) => void) =>
  callback(false);
export const permissionCheckHandler = (): boolean => false;
export const devicePermissionHandler = (): boolean => false;

/** Adds the CSP header to every response the window loads. */
export function withCspHeader(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[] | string> {
  return { ...(headers ?? {}), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** A safe file name for the save dialog's suggestion: no folders, no odd characters, ends in the extension. */
export function safeFileName(name: unknown, extension: '.pdf' | '.sqlite'): string {
  const base = (typeof name === 'string' ? name : '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  const withExt = base.toLowerCase().endsWith(extension) ? base : `${base || 'casusaudit'}${extension}`;
  return withExt;
}

export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** Validates the renderer's savePdf arguments (the renderer is untrusted). */
export function checkPdfArgs(bytes: unknown, fileName: unknown): { bytes: Uint8Array; fileName: string } | null {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAX_PDF_BYTES) return null;
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') return null;
  return { bytes, fileName: safeFileName(fileName, '.pdf') };
}

/** --db=<file>, --db <file>, else CASUSAUDIT_DB, else null (the caller uses the user data folder). */
export function databasePathFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--db=')) return a.slice(5) || null;
    if (a === '--db' && argv[i + 1]) return argv[i + 1]!;
  }
  return env.CASUSAUDIT_DB || null;
}
