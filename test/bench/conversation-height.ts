/**
 * How far a pair scrolls while talking about one principle: the conversation page of the demo's 21-item audit at
 * 1366×768 in Debian's Chromium, in both orders. Per principle, the vertical span (CSS px) from the top of the first
 * thing that belongs to it (one of its item cards, its three columns, its agreed score) to the bottom of the last;
 * plus the whole page's height. Works on any layout, so the figures before and after a change compare.
 *
 *   npx vite build --logLevel warn && npx tsx test/bench/conversation-height.ts [--static <built renderer>]
 *
 * Starts its own harness on a temporary copy of the demo data and reveals DEMO-OCJ-2024-017 through the API.
 * Prints a table and, last, one JSON line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';

const { values } = parseArgs({ options: { static: { type: 'string' }, width: { type: 'string' } } });
const WIDTH = Number(values.width ?? 1366);
const HEIGHT = 768;

async function startHarness() {
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-height-')), 'demo.sqlite');
  const args = ['tsx', 'server/cli.ts', '--port', '0', '--db', db, '--demo'];
  if (values.static) args.push('--static', values.static);
  const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}:\n${out}`)));
  });
  const parsed = new URL(url);
  const api = async (op: string, body: unknown) => {
    const res = await fetch(`${parsed.origin}/api/${op}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-casusaudit-token': parsed.hash.replace('#token=', ''),
        origin: parsed.origin,
      },
      body: JSON.stringify(body),
    });
    return ((await res.json()) as { value: any }).value;
  };
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  return { url, api, stop };
}

interface Principle {
  key: string;
  items: { key: string }[];
}

/**
 * Per principle: the span of everything that belongs to it, in document coordinates. Passed as source text: tsx
 * would add helpers to a compiled function that the page does not have.
 */
const SPANS = `(ps) => ps.map((p) => {
  const parts = [
    ...p.items.map((i) => document.getElementById('conv-item-' + i.key)?.closest('article')),
    document.getElementById('note-' + p.key + '-strengths')?.closest('.note-columns'),
    document.getElementById('agreed-' + p.key)?.closest('.agreed'),
  ]
    .filter(Boolean)
    .map((el) => el.getBoundingClientRect())
    .map((r) => ({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY }));
  const top = Math.min(...parts.map((b) => b.top));
  const bottom = Math.max(...parts.map((b) => b.bottom));
  const section = document.querySelector('section[data-principle="' + p.key + '"]');
  const sectionHeight = section ? Math.round(section.getBoundingClientRect().height) : null;
  return { key: p.key, parts: parts.length, span: Math.round(bottom - top), section: sectionHeight };
})`;

async function spans(page: Page, principles: Principle[]) {
  const fn = await page.evaluateHandle(SPANS);
  return (await fn.evaluate((f, ps) => (f as unknown as (x: unknown) => unknown)(ps), principles)) as {
    key: string;
    parts: number;
    span: number;
    section: number | null;
  }[];
}

async function main() {
  const harness = await startHarness();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const audits = (await harness.api('listAudits', {})) as { id: number; caseFile: { dossierCode: string } }[];
    const audit = audits.find((a) => a.caseFile.dossierCode === 'DEMO-OCJ-2024-017')!;
    await harness.api('reveal', { auditId: audit.id });
    const detail = await harness.api('getAudit', { id: audit.id });
    const template = (await harness.api('getTemplate', { id: detail.template.id })).content as {
      principles: Principle[];
    };

    const page = await (
      await browser.newContext({ locale: 'nl-BE', viewport: { width: WIDTH, height: HEIGHT } })
    ).newPage();
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2024-017 openen' }).click();
    await page.locator('.conversation-item').first().waitFor();
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).waitFor();

    const result: Record<string, unknown> = { width: WIDTH, height: HEIGHT };
    for (const order of ['appreciative', 'matrix'] as const) {
      await page.locator(`input[name="conversation-order"][value="${order}"]`).check();
      const perPrinciple = await spans(page, template.principles);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      result[order] = { pageHeight, pageWidth, perPrinciple };
      console.log(`\n${order}: page ${pageHeight} px tall (${(pageHeight / HEIGHT).toFixed(1)} screens)`);
      for (const p of perPrinciple)
        console.log(
          `  ${p.key.padEnd(14)} ${String(p.span).padStart(6)} px  (${(p.span / HEIGHT).toFixed(1)} screens)` +
            (p.section === null ? '' : `; its section ${p.section} px`),
        );
    }
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    harness.stop();
  }
}

await main();
