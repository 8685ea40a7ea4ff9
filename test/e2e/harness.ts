/** Starts the real browser harness (server/cli.ts) on a temporary database and drives Debian's Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createRequire } from 'node:module';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export function tempDbPath(name = 'casusaudit'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-test-'));
  return path.join(dir, `${name}.sqlite`);
}

export async function startServer(
  opts: { dbPath?: string; demo?: boolean; extraArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const dbPath = opts.dbPath ?? tempDbPath();
  const staticDir = process.env.CASUSAUDIT_STATIC ? ['--static', process.env.CASUSAUDIT_STATIC] : [];
  const args = [
    'tsx',
    'server/cli.ts',
    '--port',
    '0',
    '--db',
    dbPath,
    ...staticDir,
    ...(opts.demo ? ['--demo'] : []),
    ...(opts.extraArgs ?? []),
  ];
  const child = spawn('npx', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const parsed = new URL(url);
  // npx may exit before the server it started has closed the database: wait until the whole group is gone.
  const groupGone = async () => {
    for (let i = 0; i < 200; i++) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, signal);
      } catch {
        resolve();
      }
    }).then(groupGone);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dbPath,
    child,
    output: () => out,
    stop,
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function newPage(browser: Browser, locale = 'nl-BE'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
  return context.newPage();
}

/** Calls the API the way the renderer does, for tests that check the bridge itself. */
export async function callApi(server: RunningServer, op: string, args: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.origin}/api/${op}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-casusaudit-token': server.token,
      origin: server.origin,
      ...headers,
    },
    body: JSON.stringify(args),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: any; error?: any } };
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2 A and AA rules, contrast included) on the page as it is now and returns the serious and
 * critical violations as `rule: selectors` lines. Injected through DevTools (evaluate): the app's strict CSP
 * rightly refuses an added script tag.
 */
export async function axeSeriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<Result> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** For a whole test file: one Chromium and one harness server (with demo data unless told otherwise), stopped after it. */
export function useBrowserAndServer(opts: Parameters<typeof startServer>[0] = { demo: true }): {
  browser: Browser;
  server: RunningServer;
} {
  const env = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    env.browser = await launchBrowser();
    env.server = await startServer(opts);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
