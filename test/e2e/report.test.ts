/**
 * The PDF export in the real renderer through the browser harness: a revealed audit offers the button, the
 * click downloads `casusaudit-<code>-<date>.pdf`, and that file is the audit's summary with its fingerprint.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { reportModelFor } from '../../scripts/reportNode';
import { readPdf } from '../report/pdfText';
import { launchBrowser, newPage, startServer, tempDbPath, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
let fingerprint: string;
let conceptFingerprint: string;

beforeAll(async () => {
  const dbPath = tempDbPath('report');
  const backend = openBackend(dbPath);
  const done = seedCompletedAuditDemo(backend.db, { now: () => new Date('2026-03-19T10:00:00Z') });
  const concept = seedCompletedAuditDemo(backend.db, { dossierCode: 'DEMO-OCJ-2026-002', signOff: false });
  fingerprint = reportModelFor(backend.db, done.auditId, 'nl').fingerprint;
  conceptFingerprint = reportModelFor(backend.db, concept.auditId, 'nl').fingerprint;
  backend.close();
  server = await startServer({ dbPath });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('PDF export', () => {
  it('downloads the signed-off summary under the dossier code and audit date', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-031 openen' }).click();
    const button = page.getByRole('button', { name: 'PDF-samenvatting maken', exact: true });
    await button.waitFor();
    await page.screenshot({ path: path.join(path.dirname(server.dbPath), 'audit-export.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('casusaudit-DEMO-OCJ-2025-031-2026-03-12.pdf');
    const file = path.join(path.dirname(server.dbPath), download.suggestedFilename());
    await download.saveAs(file);
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(400_000);

    const pages = await readPdf(bytes);
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('Samenvatting van de casusaudit');
    expect(text).toContain('DEMO-OCJ-2025-031');
    expect(text).toContain(`Controlecode ${fingerprint}`);
    expect(text).toContain('geïnformeerd');
    expect(text).toContain('ĳverig');
    expect(text).not.toContain('CONCEPT');
    await expect(page.getByRole('status').filter({ hasText: 'De PDF is klaar' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('marks a summary made before sign-off as concept, and follows the English UI', async () => {
    const page = await newPage(browser, 'en-GB');
    await page.addInitScript(() => localStorage.setItem('casusaudit.locale', 'en'));
    await page.goto(server.url);
    await page.getByRole('button', { name: /DEMO-OCJ-2026-002/ }).click();
    const button = page.getByRole('button', { name: 'Make PDF summary (draft)' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = path.join(path.dirname(server.dbPath), `en-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const text = (await readPdf(new Uint8Array(fs.readFileSync(file)))).map((p) => p.text).join('\n');
    expect(text).toContain('Case audit summary');
    expect(text).toContain('DRAFT');
    expect(text).toContain(`Check code ${conceptFingerprint}`);
    await page.context().close();
  });

  it('"Afdrukken" opens the PDF in a hidden frame and calls its print()', async () => {
    // Hook: the frame carries data-print-frame="printed" once print() returned; headless Chromium shows no dialog.
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-031 openen' }).click();
    await page.getByRole('button', { name: 'Afdrukken', exact: true }).click();
    const frame = page.locator('iframe[data-print-frame="printed"]');
    await frame.waitFor({ state: 'attached' });
    const src = (await frame.getAttribute('src'))!;
    expect(src.startsWith('blob:')).toBe(true);
    // The app's CSP keeps fetch() off blob: URLs, so the frame says how many bytes it holds.
    expect(Number(await frame.getAttribute('data-print-bytes'))).toBeGreaterThan(10_000);
    await page.getByRole('status').filter({ hasText: 'Het afdrukvenster is geopend.' }).waitFor();
    expect(await page.locator('iframe[data-print-frame]').count()).toBe(1);
    await page.context().close();
  });

  it('"De PDF is klaar" goes once the audit changes: reopened after the export', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-031 openen' }).click();
    const button = page.getByRole('button', { name: 'PDF-samenvatting maken', exact: true });
    await Promise.all([page.waitForEvent('download'), button.click()]);
    const done = page.getByRole('status').filter({ hasText: 'De PDF is klaar' });
    await done.waitFor();
    await page.getByRole('button', { name: 'Audit heropenen…' }).click();
    await page.getByLabel('Wie heropent?').fill('Lea Testmans (demo)');
    await page.getByLabel('Waarom?').fill('Nog een afspraak toevoegen.');
    await page.getByRole('button', { name: 'Heropenen', exact: true }).click();
    await page.getByRole('heading', { name: 'Eerder heropend' }).waitFor();
    await page.getByRole('button', { name: 'PDF-samenvatting maken (concept)', exact: true }).waitFor();
    expect(await done.count()).toBe(0);
    await page.context().close();
  });
});
