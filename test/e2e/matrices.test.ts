/**
 * The organisation's own matrix in the real renderer (issue 14, item 1): a spreadsheet that the test builds with
 * exceljs (three principles with their own questions) is imported through the Matrices screen and listed; a broken
 * one lists its problems by sheet, row and column and changes nothing; an export downloads. Keyboard and axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { edit, threePrinciples, workbookBytes } from '../support/matrixSheet';
import { axeSeriousViolations, callApi, newPage, tempDbPath, useBrowserAndServer } from './harness';

const dbPath = tempDbPath('matrices');
const env = useBrowserAndServer({ dbPath });

const rows = (page: Page) => page.locator('main tbody tr');
const listed = async () => {
  const r = await callApi(env.server, 'listTemplates', {});
  return (r.body.value as { slug: string; version: number }[]).map((t) => `${t.slug} v${t.version}`);
};

async function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  const file = path.join(path.dirname(dbPath), name);
  fs.writeFileSync(file, bytes);
  await page.getByLabel('Bestand (.xlsx of .json)').setInputFiles(file);
}

it('imports a spreadsheet of three principles through the screen, and refuses a broken one unchanged', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Matrices' }).click();
  await page.getByRole('heading', { level: 1, name: 'Matrices' }).waitFor();
  await expect.poll(() => rows(page).count()).toBe(1);
  expect(await axeSeriousViolations(page)).toEqual([]);

  // Broken: "misschien" in the not-applicable column, row 3. Nothing is stored.
  const sheets = threePrinciples('drie-principes');
  const na = sheets[2]!.rows[0]!.indexOf('Niet van toepassing mogelijk');
  await chooseFile(page, 'kapot.xlsx', await workbookBytes(edit(sheets, 'Vragen', (r) => (r[2]![na] = 'misschien'))));
  await page.getByRole('button', { name: 'Importeren' }).click();
  const problems = page.getByRole('alert');
  await problems.getByText('We konden dit bestand nog niet inlezen', { exact: false }).waitFor();
  expect(await problems.innerText()).toContain(
    "Blad Vragen, rij 3, kolom H (Niet van toepassing mogelijk): Hier verwachten we 'ja' of 'nee', niet 'misschien'.",
  );
  expect(await listed()).toEqual(['sofs-cca-default v1']);
  expect(await axeSeriousViolations(page)).toEqual([]);

  // By keyboard: the file input, then Tab to "Importeren" and Enter.
  await chooseFile(page, 'onze matrix.xlsx', await workbookBytes(sheets));
  await page.getByLabel('Bestand (.xlsx of .json)').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Importeren');
  await page.keyboard.press('Enter');
  await page.getByText('Ingelezen: Onze eigen matrix, versie 1.').waitFor();
  await expect.poll(() => rows(page).count()).toBe(2);
  expect(await rows(page).filter({ hasText: 'drie-principes' }).innerText()).toContain('Onze eigen matrix');
  expect(await listed()).toEqual(['drie-principes v1', 'sofs-cca-default v1']);
  const stored = (await callApi(env.server, 'getTemplate', { id: 2 })).body.value as {
    content: { principles: { key: string; items: unknown[] }[] };
  };
  expect(stored.content.principles.map((p) => [p.key, p.items.length])).toEqual([
    ['betrokkenheid', 2],
    ['netwerkkracht', 1],
    ['helderheid', 2],
  ]);

  // Export as Excel downloads the matrix's file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Onze eigen matrix, versie 1, exporteren als Excel' }).click();
  expect((await download).suggestedFilename()).toBe('drie-principes-v1.xlsx');
  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sjabloon downloaden' }).click();
  expect((await template).suggestedFilename()).toBe('matrix-sjabloon.xlsx');
  expect(await axeSeriousViolations(page)).toEqual([]);
});

it('refuses a file over 2 MB in the renderer, before sending it', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Matrices' }).click();
  await chooseFile(page, 'groot.xlsx', new Uint8Array(20 * 1024 * 1024));
  const before = await listed();
  await page.getByRole('button', { name: 'Importeren' }).click();
  await page.getByText('Het bestand: Het bestand is 20 MB; een matrix mag ten hoogste 2 MB zijn.').waitFor();
  expect(await listed()).toEqual(before);
});
