/**
 * How long "Samen leren" (the team view) takes to draw in Chromium over 10,000 completed audits
 * (test/support/teamViewBulk.ts), through the real harness (build the renderer first). Measured by the page's own
 * clock: from the moment the `getTeamView` answer is in to the first frame with every principle chart drawn (the
 * render), and from the scope change to that frame (the render plus the form's wait of SCOPE_DELAY_MS and the
 * API call). Baseline: the same clock on a page with one chart and no script. Not part of `npm run bench` (it needs
 * the browser); run it by hand:
 *
 *   npx vite build --logLevel warn && npx tsx test/bench/teamViewScreen.ts 10000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TemplateListing } from '../../shared/domain/model';
import type { TemplateContent } from '../../shared/domain/template';
import { launchBrowser, startServer } from '../e2e/harness';
import { ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';
import { buildTeamViewAudits } from '../support/teamViewBulk';
import { percentile, round } from './scale';

function writeAudits(file: string, count: number) {
  const b = openQuietBackend(file);
  const template = ok<TemplateListing[]>(b.dispatch('listTemplates', {}))[0]!;
  const content = ok<{ content: TemplateContent }>(b.dispatch('getTemplate', { id: template.id })).content;
  buildTeamViewAudits(b.db, count, template.id, content);
  b.close();
}

/** Records, by the page's clock, when each getTeamView answer was read. */
const RECORD_ANSWERS = () => {
  const w = window as unknown as { teamAnswers: number[] };
  w.teamAnswers = [];
  const original = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const res = await original(...args);
    if (String(args[0]).endsWith('/api/getTeamView')) {
      const text = await res.text();
      w.teamAnswers.push(performance.now());
      return new Response(text, { status: res.status, headers: res.headers });
    }
    return res;
  };
};

/** One scope change: from the change to the frame with `charts` charts drawn, and from the answer to that frame. */
async function measureChange(page: Page, change: () => Promise<void>, expectAudits: string) {
  const before = await page.evaluate(() => (window as unknown as { teamAnswers: number[] }).teamAnswers.length);
  const t0 = await page.evaluate(() => performance.now());
  await change();
  const shown = await page.waitForFunction(
    ({ n, text }) => {
      const w = window as unknown as { teamAnswers: number[] };
      const count = document.querySelector('.team-count')?.textContent ?? '';
      return w.teamAnswers.length > n && count.includes(text) && document.querySelector('.principle-card svg')
        ? { frame: performance.now(), answer: w.teamAnswers[w.teamAnswers.length - 1]! }
        : null;
    },
    { n: before, text: expectAudits },
    { polling: 'raf', timeout: 120_000 },
  );
  const { frame, answer } = (await shown.jsonValue()) as { frame: number; answer: number };
  return { render: frame - answer, total: frame - t0 };
}

async function baselineP50(browser: Browser, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto('data:text/html,<svg class="c"><circle r="4"/></svg>');
    const shown = await page.waitForFunction(() => document.querySelector('svg.c') && performance.now(), undefined, {
      polling: 'raf',
    });
    if (i > 0) times.push((await shown.jsonValue()) as number);
    await page.close();
  }
  return percentile(times, 50);
}

export async function benchTeamViewScreen(count: number, runs = 7) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bench-team-'));
  const file = path.join(dir, 'team.sqlite');
  writeAudits(file, count);
  const server = await startServer({ dbPath: file, extraArgs: ['--backup-interval-min', '0'] });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(RECORD_ANSWERS);
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Samen leren' }).click();
    await page.getByLabel('Periode').waitFor();
    const render: number[] = [];
    const total: number[] = [];
    const regions = ['Gent', 'Brugge', 'Antwerpen'];
    // Alternate between all audits and one region: each change asks and draws anew.
    for (let i = 0; i < runs + 1; i++) {
      const region = i % 2 === 0 ? '' : regions[i % 3]!;
      const m = await measureChange(
        page,
        async () => {
          if (i === 0) await page.getByLabel('Periode').selectOption('all');
          else await page.getByLabel('Regio').selectOption(region);
        },
        'afgeronde audits',
      );
      if (i > 0) {
        render.push(m.render);
        total.push(m.total);
      }
    }
    const baseline = await baselineP50(browser, runs);
    return {
      audits: count,
      runs,
      render_p50_ms: round(percentile(render, 50)),
      render_max_ms: round(Math.max(...render)),
      scope_change_to_frame_p50_ms: round(percentile(total, 50)),
      scope_change_to_frame_max_ms: round(Math.max(...total)),
      baseline_frame_p50_ms: round(baseline),
      render_ratio_to_baseline: round(percentile(render, 50) / baseline),
    };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('teamViewScreen.ts')) {
  const counts = process.argv.slice(2).map(Number);
  for (const n of counts.length ? counts : [10_000]) console.log(JSON.stringify(await benchTeamViewScreen(n)));
}
