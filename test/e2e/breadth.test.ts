/**
 * Breadth in the real renderer: the safety-plan steps of two dossiers are filled in by keyboard only (a date typed
 * straight into the date field, "Niet van toepassing" and "Nog niet" chosen with the arrow keys), a day in the future
 * is refused with its message, and the Breedte screen reads back the percentages and counts worked out by hand, for a
 * team and for all dossiers; the CSV download holds the same figures. Axe clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { quarterAt, quarterIndex, quarterOf } from '../../shared/domain/breadthView';
import { dayMonthYear, localIsoDate } from '../../shared/domain/dates';
import { ok } from '../support/results';
import { axeSeriousViolations, newPage, tempDbPath, useBrowserAndServer } from './harness';

const now = quarterIndex(quarterOf(localIsoDate()));
const prev = quarterAt(now - 1);
/** The first day of the previous quarter: every step below happened then. */
const dayA = `${prev.slice(0, 4)}-${String((Number(prev.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
const dbPath = tempDbPath('breadth');
{
  const backend = openBackend(dbPath);
  const cf = (dossierCode: string, team: string) =>
    ok<{ id: number }>(backend.dispatch('createCaseFile', { dossierCode, service: 'OCJ', team })).id;
  const done = (caseFileId: number, step: string) =>
    ok(backend.dispatch('setCaseFileStep', { caseFileId, step, state: 'done', happenedOn: dayA }));
  cf('BREED-1', 'Oost');
  cf('BREED-2', 'Oost');
  for (const code of ['BREED-3', 'BREED-4', 'BREED-5', 'BREED-6']) {
    const id = cf(code, 'Oost');
    done(id, 'internal_mapping');
    done(id, 'mapping_conversations');
  }
  done(cf('BREED-7', 'West'), 'internal_mapping');
  backend.close();
}
const env = useBrowserAndServer({ dbPath });

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const saved = (page: Page, n: number) =>
  expect.poll(() => page.locator('.step-row').nth(n).locator('.save-state').innerText()).toBe('Opgeslagen');

async function openSteps(page: Page, code: string) {
  await page.getByRole('navigation').getByRole('button', { name: 'Samen leren' }).click();
  await page.getByRole('button', { name: 'Breedte', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Breedte: stappen van het veiligheidsplan' }).waitFor();
  await page.getByLabel('Zoek op dossiercode').fill(code);
  await page
    .getByRole('status')
    .filter({ hasText: /^1 dossier$/ })
    .waitFor();
  await page.getByRole('button', { name: `Stappen van dossier ${code}` }).press('Enter');
  await page.getByRole('heading', { level: 1, name: `Stappen van het veiligheidsplan: ${code}` }).waitFor();
  await expect.poll(() => focused(page)).toBe('steps-title');
}

/** The figures of one step's row: each quarter's cell text, the "now" cell last. */
async function figures(page: Page, step: number): Promise<string[]> {
  const cells = page.locator('table.breadth-table tbody tr').nth(step).locator('td.num');
  return (await cells.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

it('fills steps by keyboard and reads the right percentages and counts back, also in the CSV', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();

  // BREED-1: step 1 happened on day A (typed into the date field), step 2 does not apply.
  await openSteps(page, 'BREED-1');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('step-internal_mapping-choice');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('step-internal_mapping-date');
  await page.keyboard.type(dayMonthYear(dayA).replace(/\//g, ''));
  await page.keyboard.press('Enter');
  await saved(page, 0);
  expect(await page.locator('#step-internal_mapping-choice').inputValue()).toBe('done');
  expect(await page.locator('#step-internal_mapping-date').inputValue()).toBe(dayMonthYear(dayA));
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('step-mapping_conversations-choice');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await saved(page, 1);
  expect(await page.locator('#step-mapping_conversations-choice').inputValue()).toBe('not_applicable');
  // A day in the future is refused with its own message and not stored.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('step-informed_network-date');
  await page.keyboard.type(`01/01/${Number(localIsoDate().slice(0, 4)) + 1}`);
  await page.keyboard.press('Enter');
  await page.getByText('Die datum ligt in de toekomst.', { exact: false }).waitFor();
  expect(await axeSeriousViolations(page)).toEqual([]);
  await page.locator('#step-informed_network-date').fill('');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.locator('#step-informed_network-choice').selectOption('');
  await saved(page, 2);

  // BREED-2: step 1 not yet, step 2 on day A.
  await openSteps(page, 'BREED-2');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await saved(page, 0);
  expect(await page.locator('#step-internal_mapping-choice').inputValue()).toBe('not_yet');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('step-mapping_conversations-date');
  await page.keyboard.type(dayMonthYear(dayA));
  await page.keyboard.press('Tab');
  await saved(page, 1);

  // The dashboard for team Oost: default period is the four quarters before this one, then "now".
  await page.getByRole('button', { name: /Terug/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Breedte: stappen van het veiligheidsplan' }).waitFor();
  await page.getByLabel('Kijk naar').selectOption({ label: 'Een team' });
  await page.getByLabel('Welke', { exact: true }).selectOption('Oost');
  await page.getByRole('table').filter({ hasText: 'team Oost' }).waitFor();
  const few = 'te weinig dossiers om te tonen';
  expect(await figures(page, 0)).toEqual([few, few, few, '83% 5 van 6 dossiers', '83% 5 van 6 dossiers']);
  expect(await figures(page, 1)).toEqual([few, few, few, '100% 5 van 5 dossiers', '100% 5 van 5 dossiers']);
  expect(await figures(page, 2)).toEqual([few, few, few, '0% 0 van 6 dossiers', '0% 0 van 6 dossiers']);
  expect(await axeSeriousViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^breedte-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = path.join(path.dirname(env.server.dbPath), 'breedte.csv');
  await download.saveAs(file);
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('"Voor welke dossiers";"team Oost"');
  expect(csv).toContain(`"1. Interne mapping via Driekolommenmodel, schadematrix";"${prev}";"83,3";"5";"6"`);
  expect(csv).toContain(`"2. Mappen van gesprekken met betrokkenen";"${prev}";"100,0";"5";"5"`);

  // All dossiers: BREED-7 of team West joins.
  await page.getByLabel('Kijk naar').selectOption({ label: 'Alle dossiers' });
  await page.getByRole('table').filter({ hasText: 'alle dossiers' }).waitFor();
  expect((await figures(page, 0))[3]).toBe('86% 6 van 7 dossiers');
  await page.close();
});
