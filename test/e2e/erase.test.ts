/**
 * Erasing a signed audit from the correction screen in the real renderer: the confirmation names what goes, the
 * second confirmation (the box) is needed before "Definitief wissen" works, then the backups that still hold it are
 * listed and purged, and the audit is gone from the home list. Keyboard: focus on each new heading; axe clean.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { axeSeriousViolations, launchBrowser, newPage, startServer, tempDbPath, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
const CODE = 'WIS-OCJ-2026-014';

beforeAll(async () => {
  const dbPath = tempDbPath('erase');
  const backend = openBackend(dbPath);
  seedCompletedAuditDemo(backend.db, { dossierCode: CODE });
  seedCompletedAuditDemo(backend.db, { dossierCode: 'BLIJFT-OCJ-2026-015', signOff: false });
  backend.dispatch('createPerson', { name: 'Per Vergissing', role: 'consulent' });
  const made = backend.dispatch('createBackup', {});
  if (!made.ok) throw new Error(made.error.code);
  backend.close();
  server = await startServer({ dbPath });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const focusOn = (page: Page, id: string) => page.waitForFunction((i) => document.activeElement?.id === i, id);

it('erases a signed audit after both confirmations, purges it from the backup, and it leaves the home list', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.getByRole('button', { name: new RegExp(CODE) }).click();
  await heading(page, new RegExp(CODE)).waitFor();
  await page.getByRole('button', { name: 'Gegevens aanpassen' }).click();
  await heading(page, 'Gegevens aanpassen').waitFor();
  await focusOn(page, 'correct-title');

  await page.getByRole('button', { name: 'Deze audit wissen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deze audit wissen?' });
  await dialog.waitFor();
  const text = await dialog.innerText();
  expect(text).toContain(`voor dossier ${CODE} met Ine Verhoeven (demo) en Koen De Wachter (demo)`);
  expect(text).toContain('alle scores, notities en actiepunten');
  // The safe answer has the first focus; the erasing one waits for the second confirmation.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
  const confirm = dialog.getByRole('button', { name: 'Definitief wissen' });
  expect(await confirm.isDisabled()).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  expect(
    await dialog.getByRole('checkbox', { name: 'Ik begrijp dat dit ondertekende gesprek verdwijnt' }).isChecked(),
  ).toBe(true);
  await confirm.click();

  await heading(page, 'Gewist').waitFor();
  await focusOn(page, 'erased-title');
  // The manual backup made before, and the one the app made on opening the file.
  await page.getByText(/^Deze \d+ back-ups bevatten het nog:$/).waitFor();
  expect(await page.locator('main li').count()).toBeGreaterThanOrEqual(2);
  expect(await axeSeriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ook uit deze back-ups wissen' }).click();
  await page.getByText('Ook uit de back-ups gewist.').waitFor();
  await page.getByText('Geen enkele back-up bevat het nog.').waitFor();

  await page.getByRole('button', { name: 'Naar het overzicht' }).click();
  await page.getByRole('button', { name: /BLIJFT-OCJ-2026-015/ }).waitFor();
  expect(await page.getByRole('button', { name: new RegExp(CODE) }).count()).toBe(0);
  await page.close();
});

it('erases a person who is in no audit, named in the confirmation', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.getByRole('button', { name: /BLIJFT-OCJ-2026-015/ }).click();
  await page.getByRole('button', { name: 'Gegevens aanpassen' }).click();
  await focusOn(page, 'correct-title');
  // Only people in no audit are offered (the list loads after the heading is shown): of the four demo people, the
  // two whose audit was erased above.
  const mistake = page.getByRole('button', { name: 'Per Vergissing wissen…' });
  await mistake.waitFor();
  expect(await page.getByRole('button', { name: /\(demo\) wissen…$/ }).count()).toBe(2);
  await mistake.click();
  const dialog = page.getByRole('dialog', { name: 'Deze persoon wissen?' });
  expect(await dialog.innerText()).toContain('Per Vergissing staat in geen enkele audit.');
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await heading(page, 'Gewist').waitFor();
  await page.getByText(/back-ups? bevat/).waitFor();
  await page.getByRole('button', { name: 'Deze back-ups verwijderen' }).click();
  await page.getByText('Die back-ups zijn verwijderd.').waitFor();
  await page.close();
});
