/**
 * The matrix editor in the real renderer (issue 14, item 2): "Nieuwe versie maken" on the default matrix; a question
 * reworded, one added, one moved by keyboard (focus follows, announced), one removed; the preview shows the edits
 * through the rater's own item; an empty question is refused next to its field with nothing stored; saving makes
 * version 2 with exactly those edits while version 1 stays as it was. Axe on the editor and the preview.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeSeriousViolations, callApi, newPage, tempDbPath, useBrowserAndServer } from './harness';

const env = useBrowserAndServer({ dbPath: tempDbPath('matrix-editor') });

interface Stored {
  content: { principles: { key: string; items: { key: string; title: { nl: string }; question: { nl: string } }[] }[] };
}
const template = async (id: number) => (await callApi(env.server, 'getTemplate', { id })).body.value as Stored;
const listed = async () =>
  ((await callApi(env.server, 'listTemplates', {})).body.value as { slug: string; version: number }[]).map(
    (t) => `${t.slug} v${t.version}`,
  );
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const question = (page: Page, principle: number, n: number) =>
  page.locator('.mx-principle').nth(principle).locator('.mx-question').nth(n);

it('edits, adds, reorders by keyboard and removes questions, previews them, and saves a new version', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Matrices' }).click();
  await page.getByRole('button', { name: /^Nieuwe versie maken van .*, versie 1$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Nieuwe versie van / }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('matrix-editor-title');
  const original = await template(1);
  const first = original.content.principles[0]!;
  expect(await axeSeriousViolations(page)).toEqual([]);

  // Reword the first question.
  await question(page, 0, 0).getByLabel('Schaalvraag, Nederlands').fill('Hoe goed klinkt de stem van het gezin door?');
  // Add a question to the first principle; focus lands on its title.
  await page.getByRole('button', { name: 'Vraag toevoegen bij principe 1' }).click();
  const added = question(page, 0, first.items.length);
  expect(await activeId(page)).toBe(`mx-principles-0-items-${first.items.length}-title-nl`);
  await page.keyboard.type('Een nieuwe vraag');
  await added.getByLabel('Schaalvraag, Nederlands').fill('Hoe duidelijk is de nieuwe vraag beantwoord?');
  await added.getByLabel('Anker laag (wat de laagste score betekent), Nederlands').fill('Helemaal niet');
  await added.getByLabel('Anker hoog (wat de hoogste score betekent), Nederlands').fill('Volledig');

  // Move it up by keyboard: focus stays on the moved question's "Omhoog", and the move is announced.
  await added.getByRole('button', { name: /^Omhoog: vraag/ }).focus();
  await page.keyboard.press('Enter');
  const moved = question(page, 0, first.items.length - 1);
  expect(await moved.locator('h3').innerText()).toContain('Een nieuwe vraag');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain('Een nieuwe vraag');
  expect(await page.locator('p[role="status"]').last().innerText()).toBe(
    `Vraag 'Een nieuwe vraag' staat nu op plaats ${first.items.length} van ${first.items.length + 1}.`,
  );

  // Remove the second question of the first principle.
  const removedKey = first.items[1]!.key;
  await question(page, 0, 1)
    .getByRole('button', { name: /^Verwijderen: vraag 2/ })
    .click();

  // The preview shows the edits as a rater sees them.
  await page.getByRole('button', { name: 'Voorbeeld' }).click();
  const preview = page.locator('.mx-preview');
  await preview.getByText('Hoe goed klinkt de stem van het gezin door?').waitFor();
  await preview.getByRole('heading', { level: 3, name: /Een nieuwe vraag/ }).waitFor();
  expect(await preview.getByRole('radiogroup').count()).toBeGreaterThan(3);
  expect(await axeSeriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Bewerken' }).click();

  // An empty question is refused next to its field; nothing is stored.
  await question(page, 1, 0).getByLabel('Schaalvraag, Nederlands').fill('');
  await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  const summary = page.locator('.mx-summary');
  await summary.getByText('Er is nog één ding om aan te vullen voor je kan opslaan:').waitFor();
  expect(await summary.innerText()).toContain('Principe 2, vraag 1, schaalvraag (Nederlands): Hier hoort nog tekst.');
  const field = question(page, 1, 0).getByLabel('Schaalvraag, Nederlands');
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
  expect(await page.locator(`[id="${errorId}"]`).innerText()).toBe('Hier hoort nog tekst.');
  expect(await listed()).toEqual(['sofs-cca-default v1']);
  expect(await axeSeriousViolations(page)).toEqual([]);

  await field.fill(original.content.principles[1]!.items[0]!.question.nl);
  await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  await page.getByText(/^Opgeslagen: .*, versie 2\.$/).waitFor();
  expect(await listed()).toEqual(['sofs-cca-default v2', 'sofs-cca-default v1']);
  const saved = (await template(2)).content.principles[0]!;
  expect(saved.items[0]!.question.nl).toBe('Hoe goed klinkt de stem van het gezin door?');
  expect(saved.items.map((q) => q.key)).not.toContain(removedKey);
  expect(saved.items.at(-2)!.title.nl).toBe('Een nieuwe vraag');
  expect(saved.items.at(-2)!.key).toBe(`${first.key}.een-nieuwe-vraag`);
  expect(await template(1)).toEqual(original);
});

it('asks before leaving a draft with unsaved changes', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Matrices' }).click();
  await page.getByRole('button', { name: /^Nieuwe versie maken van .*, versie 1$/ }).click();
  await question(page, 0, 0).getByLabel('Korte titel, Nederlands').fill('Anders');
  await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
  const dialog = page.getByRole('dialog', { name: 'Het ontwerp nog niet bewaren?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Verder bewerken' }).click();
  expect(await question(page, 0, 0).getByLabel('Korte titel, Nederlands').inputValue()).toBe('Anders');
  await page.getByRole('button', { name: 'Terug naar de matrices' }).click();
  await dialog.getByRole('button', { name: 'Verdergaan zonder bewaren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Matrices' }).waitFor();
  expect(await listed()).toEqual(['sofs-cca-default v2', 'sofs-cca-default v1']);
});
