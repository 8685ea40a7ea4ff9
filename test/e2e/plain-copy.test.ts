/**
 * Encryption on the backups screen (issue 13, ADR 0014), in Chromium against the real harness: "save a copy" says
 * it is encrypted; a plain copy only after a warning whose confirm button waits for "Ik begrijp …" (by keyboard);
 * plain backups from before encryption get a notice there and a pointer on the home screen, then are encrypted or
 * removed (after a confirmation naming how many).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlain } from '../support/keyed';
import { ok } from '../support/results';
import { openQuietBackend } from '../support/testAudit';
import { launchBrowser, newPage, startServer, tempDbPath, type RunningServer } from './harness';

const SHOTS = process.env.CASUSAUDIT_SCREENSHOTS;
let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await browser?.close();
});

async function server(opts: Parameters<typeof startServer>[0] = {}) {
  const s = await startServer(opts);
  servers.push(s);
  return s;
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** A plain data file (as before this version) with two plain backups, then started by the harness with a key. */
async function withPlainBackups(): Promise<{ s: RunningServer; backups: string[] }> {
  const dbPath = tempDbPath();
  const b = openQuietBackend(dbPath, null);
  ok(b.dispatch('createPerson', { name: 'Van vroeger', role: 'consulent' }));
  ok(b.dispatch('createBackup', {}));
  ok(b.dispatch('createBackup', {}));
  b.close();
  const dir = path.join(path.dirname(dbPath), 'backups');
  const backups = fs.readdirSync(dir).map((n) => path.join(dir, n));
  expect(backups.map(isPlain)).toEqual([true, true]);
  const s = await server({ dbPath });
  expect(isPlain(dbPath)).toBe(false);
  return { s, backups };
}

describe('encryption on the backups screen', () => {
  it('saves an encrypted copy by default; a plain one only after the warning is understood', async () => {
    const s = await server({ demo: true });
    const page = await newPage(browser);
    await page.goto(s.url);
    await page.getByRole('button', { name: 'Back-ups' }).click();
    await page.getByText('De kopie is versleuteld, net als je gegevens').waitFor();

    await page.getByRole('button', { name: 'Onversleutelde kopie…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Een onversleutelde kopie bewaren?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('kan alles lezen wat erin staat');
    await expect.poll(() => focusedText(page)).toBe('Annuleren');
    const confirm = dialog.getByRole('button', { name: 'Onversleutelde kopie maken' });
    expect(await confirm.isDisabled()).toBe(true);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'plain-copy-warning.png') });
    // Escape closes it and nothing is made; opened again, the box is not ticked.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Onversleutelde kopie…' }).click();
    await dialog.waitFor();
    const agree = dialog.getByRole('checkbox', { name: /^Ik begrijp/ });
    expect(await agree.isChecked()).toBe(false);
    // By keyboard: Shift+Tab from "Annuleren" reaches the box, Space ticks it, and the confirm button opens up.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement)?.type)).toBe('checkbox');
    await page.keyboard.press('Space');
    await expect.poll(() => confirm.isDisabled()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), confirm.click()]);
    expect(download.suggestedFilename()).toMatch(/^casusaudit-kopie-\d{4}-\d{2}-\d{2}-onversleuteld\.sqlite$/);
    const saved = path.join(path.dirname(s.dbPath), 'plain-download.sqlite');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^De kopie is klaar:/).waitFor();
    await page.context().close();
  });

  it('points to plain backups from the home screen, and encrypts them on the backups screen', async () => {
    const { s, backups } = await withPlainBackups();
    const page = await newPage(browser);
    await page.goto(s.url);
    const pointer = page.getByTestId('plain-backups-home');
    await expect.poll(() => pointer.textContent()).toContain('2 back-ups van vóór de versleuteling');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'plain-backups-home.png') });
    await pointer.getByRole('button', { name: 'Bekijk ze bij Back-up en herstel' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Back-up en herstel');
    const notice = page.getByTestId('plain-backups');
    await expect.poll(() => notice.textContent()).toContain('zijn nog niet versleuteld');
    await expect.poll(() => page.locator('tbody').getByText('niet versleuteld').count()).toBe(2);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'plain-backups-notice.png'), fullPage: true });

    await notice.getByRole('button', { name: 'Versleutelen' }).click();
    await page.getByText('2 back-ups zijn nu versleuteld.').waitFor();
    await notice.waitFor({ state: 'detached' });
    // The message has the focus (the button went away with the notice).
    await expect.poll(() => focusedText(page)).toContain('zijn nu versleuteld');
    await expect.poll(() => page.locator('tbody').getByText('niet versleuteld').count()).toBe(0);
    expect(backups.map(isPlain)).toEqual([false, false]);
    await page.getByRole('button', { name: 'Audits' }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByTestId('plain-backups-home').count()).toBe(0);
    await page.context().close();
  });

  it('removes the plain backups only after a confirmation naming how many', async () => {
    const { s, backups } = await withPlainBackups();
    const page = await newPage(browser);
    await page.goto(s.url);
    await page.getByRole('button', { name: 'Back-ups' }).click();
    const notice = page.getByTestId('plain-backups');
    await notice.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back-ups van vóór de versleuteling verwijderen?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('2 onversleutelde back-ups worden definitief verwijderd');
    await expect.poll(() => focusedText(page)).toBe('Annuleren');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'plain-backups-remove.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(backups.every((f) => fs.existsSync(f))).toBe(true);

    await notice.getByRole('button', { name: 'Verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Ja, 2 back-ups verwijderen' }).click();
    await page.getByText('2 onversleutelde back-ups zijn verwijderd.').waitFor();
    expect(backups.some((f) => fs.existsSync(f))).toBe(false);
    await notice.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
