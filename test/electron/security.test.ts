/** The desktop shell's security settings, checked without the Electron binary. */
import fs from 'node:fs';
import { resources } from '../../shared/i18n/translate';
import { describe, expect, it } from 'vitest';
import {
  allowNavigation,
  checkPdfArgs,
  CONTENT_SECURITY_POLICY,
  databasePathFromArgs,
  devicePermissionHandler,
  isTrustedSender,
  permissionCheckHandler,
  permissionRequestHandler,
  safeFileName,
  webPreferences,
  windowOpenHandler,
  withCspHeader,
} from '../../electron/security';

const APP = 'file:///opt/Casusaudit/resources/app.asar/dist/renderer/index.html';
const mainSource = fs.readFileSync('electron/main.ts', 'utf8');
const preloadSource = fs.readFileSync('electron/preload.ts', 'utf8');

describe('window settings', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    const p = webPreferences('/x/preload.cjs');
    expect(p).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(p.preload).toBe('/x/preload.cjs');
  });
  it('offers developer tools only in a development run, never in the packaged app', () => {
    expect(webPreferences('/x/preload.cjs', { packaged: true }).devTools).toBe(false);
    expect(webPreferences('/x/preload.cjs', { packaged: false }).devTools).toBe(true);
    expect(webPreferences('/x/preload.cjs').devTools).toBe(false);
  });
  it('has a strict CSP: no remote or inline script, no framing, no objects', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(withCspHeader({ a: ['b'] })).toEqual({ a: ['b'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('navigation, windows, permissions', () => {
  it('allows only the app page itself', () => {
    expect(allowNavigation(APP, APP)).toBe(true);
    expect(allowNavigation(`${APP}#x`, APP)).toBe(true);
    expect(allowNavigation('https://example.org/', APP)).toBe(false);
    expect(allowNavigation('file:///etc/passwd', APP)).toBe(false);
    expect(allowNavigation('not a url', APP)).toBe(false);
  });
  it('refuses the same path on another host (a network share, a UNC path on Windows)', () => {
    const onHost = APP.replace('file:///', 'file://evil.example/');
    expect(new URL(onHost).pathname).toBe(new URL(APP).pathname);
    expect(allowNavigation(onHost, APP)).toBe(false);
    expect(allowNavigation('file://192.168.1.5/opt/Casusaudit/resources/app.asar/dist/renderer/index.html', APP)).toBe(
      false,
    );
    expect(allowNavigation(APP, onHost)).toBe(false);
    // localhost is this computer: the URL parser drops it.
    expect(allowNavigation(APP.replace('file:///', 'file://localhost/'), APP)).toBe(true);
    const winApp = 'file:///C:/Users/jan/AppData/Local/Programs/Casusaudit/resources/app.asar/dist/renderer/index.html';
    expect(allowNavigation(winApp, winApp)).toBe(true);
    expect(allowNavigation(winApp.replace('file:///C:/', 'file://server/share/'), winApp)).toBe(false);
  });
  it('denies every new window and every permission', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    permissionRequestHandler(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
  });
  it('answers every permission check and device request with no', () => {
    for (const permission of ['clipboard-read', 'clipboard-sanitized-write', 'media', 'hid', 'usb', 'serial']) {
      expect(permissionCheckHandler(), permission).toBe(false);
    }
    expect(devicePermissionHandler()).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('accepts only the top frame of the app page', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, parent: {} }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });
  it('refuses the app page served from another host', () => {
    expect(isTrustedSender({ url: APP.replace('file:///', 'file://server/'), parent: null }, APP)).toBe(false);
  });
});

describe('savePdf arguments', () => {
  it('accepts PDF bytes and makes the file name safe', () => {
    const pdf = new TextEncoder().encode('%PDF-1.3 ...');
    expect(checkPdfArgs(pdf, 'casusaudit-OCJ-1-2026-01-01.pdf')).toEqual({
      bytes: pdf,
      fileName: 'casusaudit-OCJ-1-2026-01-01.pdf',
    });
    expect(checkPdfArgs(pdf, '../../etc/passwd')!.fileName).toBe('-..-etc-passwd.pdf');
    expect(safeFileName('', '.pdf')).toBe('casusaudit.pdf');
  });
  it('refuses what is not a PDF or too large', () => {
    expect(checkPdfArgs(new TextEncoder().encode('hello'), 'a.pdf')).toBeNull();
    expect(checkPdfArgs('%PDF-', 'a.pdf')).toBeNull();
    expect(checkPdfArgs(new Uint8Array(0), 'a.pdf')).toBeNull();
  });
});

describe('database path', () => {
  it('takes --db=, --db, then CASUSAUDIT_DB', () => {
    expect(databasePathFromArgs(['electron', '.', '--db=/a.sqlite'], {})).toBe('/a.sqlite');
    expect(databasePathFromArgs(['electron', '.', '--db', '/b.sqlite'], { CASUSAUDIT_DB: '/c' })).toBe('/b.sqlite');
    expect(databasePathFromArgs(['electron', '.'], { CASUSAUDIT_DB: '/c.sqlite' })).toBe('/c.sqlite');
    expect(databasePathFromArgs(['electron', '.'], {})).toBeNull();
  });
});

describe('main process wiring', () => {
  it('uses these settings and checks every IPC sender', () => {
    expect(mainSource).toContain('webPreferences: webPreferences(');
    expect(mainSource).toContain("on('will-navigate'");
    expect(mainSource).toContain('setWindowOpenHandler(windowOpenHandler)');
    expect(mainSource).toContain('setPermissionRequestHandler(permissionRequestHandler)');
    expect(mainSource).toContain('setPermissionCheckHandler(permissionCheckHandler)');
    expect(mainSource).toContain('setDevicePermissionHandler(devicePermissionHandler)');
    expect(mainSource).toContain('withCspHeader(');
    expect(mainSource).toContain('requestSingleInstanceLock');
    const handlers = mainSource.match(/ipcMain\.handle\(/g)!.length;
    const checks = mainSource.match(/isTrustedSender\(event\.senderFrame, appUrl\)/g)!.length;
    expect(checks).toBe(handlers);
  });
  it('preload exposes verbs, never ipcRenderer itself or a generic invoke', () => {
    expect(preloadSource).toContain("exposeInMainWorld('casusaudit'");
    expect(preloadSource).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preloadSource).not.toMatch(/invoke:\s*\(/);
  });
});

describe('menu and startup strings', () => {
  it('every key the main process translates exists in Dutch and English', () => {
    const used = [...mainSource.matchAll(/\btr\('([\w.]+)'\)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(15);
    for (const lang of ['nl', 'en'] as const) {
      const missing = used.filter((key) => {
        const v = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(missing, lang).toEqual([]);
    }
  });
});
