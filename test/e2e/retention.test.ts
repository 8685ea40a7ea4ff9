/**
 * Retention and archive in the real renderer (ADR 0012): choose a period on the backups screen and the reminder goes,
 * the old audits wait under "Bewaren of wissen", one is kept (focus moves on), one is erased through the erase
 * confirmation; a completed audit goes to the archive, leaves the home list and is found back by a search. Axe clean.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { ok } from '../support/results';
import { axeSeriousViolations, newPage, tempDbPath, useBrowserAndServer } from './harness';

const DONE = 'KLAAR-OCJ-2026-020';
const dbPath = tempDbPath('retention');
{
  const backend = openBackend(dbPath);
  seedCompletedAuditDemo(backend.db, { dossierCode: DONE });
  const c = ok<{ id: number }>(backend.dispatch('createPerson', { name: 'Sara Oud', role: 'consulent' }));
  const r = ok<{ id: number }>(backend.dispatch('createPerson', { name: 'Lea Oud', role: 'teamverantwoordelijke' }));
  for (const [code, auditDate] of [
    ['OUD-2019-001', '2019-02-01'],
    ['OUD-2019-002', '2019-03-01'],
  ] as const) {
    const f = ok<{ id: number }>(backend.dispatch('createCaseFile', { dossierCode: code, service: 'SDJ' }));
    ok(backend.dispatch('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id, auditDate }));
  }
  backend.close();
}
const env = useBrowserAndServer({ dbPath });

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');

it('chooses a period, keeps one old audit and erases another after the confirmation', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: /OUD-2019-001/ }).waitFor();
  await page.getByRole('button', { name: 'Back-ups' }).click();
  await heading(page, 'Back-up en herstel').waitFor();
  const reminder = page.getByText('Jullie hebben nog geen bewaartermijn gekozen.', { exact: false });
  await reminder.waitFor();
  expect(await axeSeriousViolations(page)).toEqual([]);

  await page.getByLabel('Bewaartermijn').selectOption({ label: '1 jaar' });
  await page.getByRole('button', { name: 'Termijn opslaan' }).click();
  await page.getByText('Bewaartermijn opgeslagen: 1 jaar.').waitFor();
  await reminder.waitFor({ state: 'detached' });
  await page.getByText('2 audits zijn over de bewaartermijn en wachten op jouw beslissing.').waitFor();

  await page.getByRole('button', { name: 'Bewaren of wissen' }).click();
  await heading(page, 'Bewaren of wissen').waitFor();
  await expect.poll(() => focusedLabel(page)).toBe('retention-page-title');
  const rows = page.locator('main tbody tr');
  await expect.poll(() => rows.count()).toBe(2);
  expect(await page.locator('main').innerText()).not.toContain(DONE); // signed today: not past the period
  expect(await axeSeriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Audit OUD-2019-001 van .* bewaren$/ }).click();
  await page.getByText(/^Audit OUD-2019-001 blijft bewaard\. We vragen het opnieuw op /).waitFor();
  await expect.poll(() => rows.count()).toBe(1);
  await expect.poll(() => focusedLabel(page)).toMatch(/^Audit OUD-2019-002 van .* bewaren$/);

  await page.getByRole('button', { name: /^Audit OUD-2019-002 van .* wissen$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Deze audit wissen?' });
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('voor dossier OUD-2019-002 met Sara Oud en Lea Oud');
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await heading(page, 'Gewist').waitFor();

  await page.getByRole('button', { name: 'Naar het overzicht' }).click();
  await heading(page, 'Audits').waitFor();
  await page.getByRole('button', { name: /OUD-2019-001/ }).waitFor();
  expect(await page.getByRole('button', { name: /OUD-2019-002/ }).count()).toBe(0);
  // Nothing waits any more: no notice on the home screen.
  expect(await page.getByText('over de bewaartermijn').count()).toBe(0);
  await page.close();
});

it('archives a completed audit: out of the home list, found back by a search and with the toggle', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: new RegExp(DONE) }).click();
  await heading(page, new RegExp(DONE)).waitFor();
  const archive = page.getByRole('button', { name: 'Naar het archief' });
  await archive.focus();
  await page.keyboard.press('Enter');
  await page.getByText('De audit staat nu in het archief.').waitFor();
  // The same button, now with the way back, keeps the focus.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Uit archief halen');
  expect(await axeSeriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await heading(page, 'Audits').waitFor();
  await page.getByRole('button', { name: /OUD-2019-001/ }).waitFor();
  expect(await page.getByRole('button', { name: new RegExp(DONE) }).count()).toBe(0);

  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('klaar-ocj');
  const found = page.getByRole('row', { name: new RegExp(DONE) });
  await found.waitFor();
  expect(await found.innerText()).toContain('Gearchiveerd');

  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');
  await page.getByRole('button', { name: /OUD-2019-001/ }).waitFor();
  await page.getByLabel('Ook gearchiveerde tonen').check();
  await page.getByRole('row', { name: new RegExp(DONE) }).waitFor();
  expect(await axeSeriousViolations(page)).toEqual([]);
  await page.close();
});
