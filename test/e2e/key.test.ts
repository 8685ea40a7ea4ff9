/**
 * The key in the real UI (issue 13, ADR 0014): the notice about a new key with its recovery code (shown, saved as a
 * PDF that reads back the same code), the backups screen's key section, a missing key solved by typing the recovery
 * code (a wrong one changes no byte; the right one is kept in the key file), and the passphrase screens of a
 * computer without a key store (`--ask-passphrase`).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSeriousViolations, launchBrowser, newPage, startServer, tempDbPath, type RunningServer } from './harness';

let browser: Browser;
const servers: RunningServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.stop();
});

const start = async (dbPath: string, extraArgs: string[] = []) => {
  const s = await startServer({ dbPath, extraArgs });
  servers.push(s);
  return s;
};
/** The home screen's own heading (the header's buttons are on the recovery screen too). */
const home = (page: Page) => page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
/** The passphrase field itself (the passphrase screen's region has the same name). */
const passphrase = (page: Page) => page.locator('input').and(page.getByLabel('Wachtwoordzin', { exact: true }));
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const grouped = (hex: string) => hex.trim().match(/.{4}/g)!.join(' ');

async function open(s: RunningServer): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(s.url);
  return page;
}

describe('a new key', () => {
  let server: RunningServer;
  let page: Page;
  beforeAll(async () => {
    server = await start(tempDbPath());
    page = await open(server);
  });

  it('is announced on the home screen; its code is shown and saved as a PDF that reads back the same code', async () => {
    const notice = page.getByRole('region', { name: 'Je gegevens worden versleuteld bewaard' });
    await notice.waitFor();
    expect(await axeSeriousViolations(page)).toEqual([]);
    const kept = notice.getByRole('button', { name: 'Ik heb de herstelcode bewaard' });
    expect(await kept.isDisabled()).toBe(true);

    await notice.getByRole('button', { name: 'Herstelcode tonen' }).click();
    const code = grouped(fs.readFileSync(`${server.dbPath}.key`, 'utf8'));
    await expect.poll(() => page.getByTestId('recovery-code').textContent()).toBe(code);
    expect(await kept.isEnabled()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Opslaan als PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('casusaudit-herstelcode.pdf');
    const pdf = path.join(path.dirname(server.dbPath), 'code.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain(code.replace(/ /g, ''));
    expect(text).toContain('Herstelcode voor Casusaudit');

    await kept.click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Je gegevens worden versleuteld bewaard').count()).toBe(0);
  });

  it('the backups screen says the file is encrypted and shows the code on request', async () => {
    await page
      .getByRole('button', { name: /Back-ups/ })
      .first()
      .click();
    const section = page.getByRole('region', { name: 'Versleuteling en herstelcode' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Herstelcode tonen' }).click();
    const code = grouped(fs.readFileSync(`${server.dbPath}.key`, 'utf8'));
    await expect.poll(() => section.getByTestId('recovery-code').textContent()).toBe(code);
    expect(await axeSeriousViolations(page)).toEqual([]);
  });

  it('a missing key: a wrong code changes nothing, the right one opens the file and is kept again', async () => {
    const code = grouped(fs.readFileSync(`${server.dbPath}.key`, 'utf8'));
    await server.stop();
    fs.renameSync(`${server.dbPath}.key`, `${server.dbPath}.key-elders`);
    const again = await start(server.dbPath);
    const p = await open(again);
    await p.getByRole('heading', { name: 'Je herstelcode invoeren' }).waitFor();
    expect(await axeSeriousViolations(p)).toEqual([]);
    const before = sha(server.dbPath);
    const field = p.getByLabel('Herstelcode (64 tekens)');
    await field.fill(grouped(crypto.randomBytes(32).toString('hex')));
    await p.getByRole('button', { name: 'Bestand openen' }).click();
    await p.getByText('Daarmee gaat dit bestand niet open').waitFor();
    expect(sha(server.dbPath)).toBe(before);
    expect(fs.existsSync(`${server.dbPath}.key`)).toBe(false);

    await field.fill(code.toUpperCase());
    await p.getByRole('button', { name: 'Bestand openen' }).click();
    await home(p);
    expect(grouped(fs.readFileSync(`${server.dbPath}.key`, 'utf8'))).toBe(code);
    expect(fs.statSync(`${server.dbPath}.key`).mode & 0o777).toBe(0o600);
  });
});

describe('no key store: the passphrase (--ask-passphrase)', () => {
  it('is chosen twice on a new file, then typed at the next start; a wrong one is refused', async () => {
    const dbPath = tempDbPath();
    const first = await start(dbPath, ['--ask-passphrase']);
    const page = await open(first);
    await page.getByRole('heading', { level: 1, name: 'Kies een wachtwoordzin' }).waitFor();
    expect(await axeSeriousViolations(page)).toEqual([]);
    await passphrase(page).fill('te kort');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('anders');
    await page.getByRole('button', { name: 'Versleutelen en openen' }).click();
    await page.getByText('Te kort: kies een wachtwoordzin van minstens tien tekens.').waitFor();
    await page.getByText('De twee wachtwoordzinnen zijn niet gelijk.').waitFor();
    expect(fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0).toBe(false);

    await passphrase(page).fill('zeven zonnige zeilboten');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('zeven zonnige zeilboten');
    await page.getByRole('button', { name: 'Versleutelen en openen' }).click();
    await page.getByRole('region', { name: 'Je gegevens worden versleuteld bewaard' }).waitFor();
    expect(fs.existsSync(`${dbPath}.key`)).toBe(false);
    await first.stop();
    expect(fs.readFileSync(dbPath).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');

    const second = await start(dbPath, ['--ask-passphrase']);
    const p = await open(second);
    await p.getByRole('heading', { level: 1, name: 'Wachtwoordzin' }).waitFor();
    const before = sha(dbPath);
    await passphrase(p).fill('zeven zonnige zeilboot');
    await p.getByRole('button', { name: 'Openen', exact: true }).click();
    await p.getByText('Daarmee gaat dit bestand niet open').waitFor();
    expect(sha(dbPath)).toBe(before);
    await passphrase(p).fill('zeven zonnige zeilboten');
    await p.getByRole('button', { name: 'Openen', exact: true }).click();
    await home(p);
  });
});
