/**
 * How long the home screen takes to show its first page of audits in Chromium (from the start of the navigation to
 * the first frame with a row, by the page's own clock; and as seen from Playwright), on a copy of a many-audit file
 * (test/bench/bigFile.ts), through the real harness (server/cli.ts; build the renderer first). Not part of
 * `npm run bench` (it needs the browser); run it by hand:
 *
 *   npx vite build --logLevel warn && npx tsx test/bench/homeScreen.ts 10000
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ensureBigFile } from './bigFile';
import { copyOf, percentile, round } from './scale';

export async function benchHomeScreen(count: number, runs = 5) {
  const { dir, file } = copyOf(ensureBigFile(count, console.log));
  const child = spawn('npx', ['tsx', 'server/cli.ts', '--port', '0', '--db', file, '--backup-interval-min', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const t = setInterval(() => {
        const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
        if (m) resolve(m[1]!);
        if (child.exitCode !== null) reject(new Error(out));
      }, 50);
      void new Promise((r) => setTimeout(r, 60_000)).then(() => clearInterval(t));
    });
    const times: number[] = [];
    const outside: number[] = [];
    const rows: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const t0 = Date.now();
      await page.goto(url);
      // The page's own clock: from the start of the navigation to the first frame with a row of the list.
      const shown = await page.waitForFunction(
        () => document.querySelector('.audits-table tbody tr') && performance.now(),
        undefined,
        { polling: 'raf', timeout: 120_000 },
      );
      if (i > 0) {
        times.push((await shown.jsonValue()) as number);
        outside.push(Date.now() - t0);
      }
      rows.push(await page.locator('.audits-table tbody tr').count());
      await page.close();
    }
    const baseline = await trivialPageP50(browser, runs);
    return {
      audits: count,
      runs,
      first_page_p50_ms: round(percentile(times, 50)),
      // The same clock on a page that is one table row and nothing else: what Chromium and the measuring cost.
      baseline_p50_ms: round(baseline),
      ratio_to_baseline: round(percentile(times, 50) / baseline),
      first_page_max_ms: round(Math.max(...times)),
      with_playwright_p50_ms: round(percentile(outside, 50)),
      rows_drawn: rows[0],
    };
  } finally {
    await browser.close();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The first-row clock of the measurement above on a page with one row and no script: the fixed cost. */
async function trivialPageP50(browser: Browser, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto('data:text/html,<table class="audits-table"><tbody><tr><td>x</td></tr></tbody></table>');
    const shown = await page.waitForFunction(
      () => document.querySelector('.audits-table tbody tr') && performance.now(),
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    if (i > 0) times.push((await shown.jsonValue()) as number);
    await page.close();
  }
  return percentile(times, 50);
}

if (process.argv[1]?.endsWith('homeScreen.ts')) {
  const counts = process.argv.slice(2).map(Number);
  for (const n of counts.length ? counts : [1000, 10_000]) console.log(JSON.stringify(await benchHomeScreen(n)));
}
