/** A newcomer's first steps in Dutch: a case file, two people, an audit; still there after a restart. */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { callApi, launchBrowser, newPage, startServer, tempDbPath, type RunningServer } from './harness';

let browser: Browser;
const servers: RunningServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.stop();
});

const rawRequest = (server: RunningServer, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const url = new URL(server.origin);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: '/api/listAudits',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });

describe('foundation in the browser harness', () => {
  it('creates a case file and an audit in Dutch, and keeps them across a restart', async () => {
    const dbPath = tempDbPath();
    const server = await startServer({ dbPath });
    servers.push(server);
    const page = await newPage(browser);
    await page.goto(server.url);

    // First-time user: the empty state explains what to do.
    await page.getByRole('heading', { name: 'Nog geen audits' }).waitFor();
    await page.getByRole('button', { name: 'Eerste dossier aanmaken' }).click();

    // The form warns about names and refuses a code without digits, in Dutch.
    await page.getByText('Nooit de naam van een kind of ouder.').first().waitFor();
    await page.getByLabel('Dossiernummer of code').fill('Jansens');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByText('Een dossiernummer of code bevat minstens één cijfer.', { exact: false }).waitFor();

    await page.getByLabel('Dossiernummer of code').fill('OCJ-2026-041');
    await page.getByLabel('Dienst').selectOption('SDJ');
    await page.getByLabel('Regio (optioneel)').fill('West-Vlaanderen');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();

    // New audit: the case file is preselected; add two people inline.
    // (After a new case file the heading says so: issue 11, item 3.)
    await page.getByRole('heading', { name: 'Audit starten voor dit dossier' }).waitFor();
    await expect.poll(() => page.getByLabel('Dossier', { exact: true }).inputValue()).not.toBe('');
    const addPerson = async (name: string, role: string) => {
      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page.getByLabel('Functie').selectOption({ label: role });
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.locator('option', { hasText: name }).first().waitFor({ state: 'attached' });
    };
    await addPerson('An Consulent', 'Consulent');
    await addPerson('Bart Leider', 'Teamverantwoordelijke');
    await expect.poll(() => page.getByLabel('Consulent (dossierhouder)').inputValue()).not.toBe('');
    await page
      .getByLabel('Tweede deelnemer', { exact: true })
      .selectOption({ label: 'Bart Leider (teamverantwoordelijke)' });
    await page.getByLabel('Consulent (dossierhouder)').selectOption({ label: 'An Consulent (consulent)' });
    await page.getByRole('button', { name: 'Audit starten' }).click();

    // The audit page shows its context.
    await page.getByRole('heading', { name: 'Audit dossier OCJ-2026-041' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('An Consulent');
    expect(text).toContain('Bart Leider');
    expect(text).toContain('Nog niet gestart');
    expect(text).toContain('SofS Collaborative Case Audit');
    expect(text).toContain('SDJ (Sociale Dienst van de Jeugdrechtbank)');

    await server.stop();
    const again = await startServer({ dbPath });
    servers.push(again);
    const listed = await callApi(again, 'listAudits', {});
    expect(listed.body.ok).toBe(true);
    expect(listed.body.value).toHaveLength(1);
    expect(listed.body.value[0].caseFile.dossierCode).toBe('OCJ-2026-041');

    const page2 = await newPage(browser);
    await page2.goto(again.url);
    await page2.getByRole('cell', { name: 'OCJ-2026-041', exact: true }).waitFor();
    expect(await page2.locator('main').innerText()).toContain('Wacht op An Consulent en Bart Leider: scoren');
  });

  it('refuses requests with a foreign Host, a foreign Origin or without the token', async () => {
    const server = await startServer();
    servers.push(server);
    const port = new URL(server.origin).port;
    const token = { 'x-casusaudit-token': server.token };
    expect(await rawRequest(server, { host: `127.0.0.1:${port}`, ...token })).toBe(200);
    expect(await rawRequest(server, { host: `evil.example:${port}`, ...token })).toBe(403);
    expect(await rawRequest(server, { host: `127.0.0.1:${port}`, origin: 'http://evil.example', ...token })).toBe(403);
    expect(await rawRequest(server, { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site', ...token })).toBe(403);
    expect(await rawRequest(server, { host: `127.0.0.1:${port}` })).toBe(403);
    expect(await rawRequest(server, { host: `127.0.0.1:${port}`, 'x-casusaudit-token': 'wrong' })).toBe(403);
  });
});
