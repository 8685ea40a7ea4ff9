/** After "Nieuw dossier", the audit screen starts from that case file: selected, confirmed, focus on its heading. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer({ demo: true });

const createCaseFile = async (page: Page, code: string, labels: { menu: string; code: string; submit: string }) => {
  await page.getByRole('navigation').getByRole('button', { name: labels.menu }).click();
  await page.getByLabel(labels.code).fill(code);
  await page.getByRole('button', { name: labels.submit }).click();
};

const focusedText = (page: Page) =>
  page.evaluate(() => `${document.activeElement?.tagName ?? ''}: ${document.activeElement?.textContent ?? ''}`);

describe('a new case file leads straight to its audit', () => {
  it('in Dutch: the new case file is selected, its creation confirmed, and focus is on the heading', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await createCaseFile(page, 'OCJ-2026-777', {
      menu: 'Nieuw dossier',
      code: 'Dossiernummer of code',
      submit: 'Dossier aanmaken',
    });

    await page.getByRole('heading', { level: 1, name: 'Audit starten voor dit dossier' }).waitFor();
    await page.getByText('Dossier OCJ-2026-777 is aangemaakt. Kies nu wie de audit samen doen.').waitFor();
    // The select shows the new case file (the demo data has others), not "Kies een dossier".
    const select = page.getByLabel('Dossier', { exact: true });
    await expect
      .poll(() => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toContain('OCJ-2026-777');
    // Once the lists have loaded, keyboard focus is still on the heading.
    await page.locator('option', { hasText: 'OCJ-2026-777' }).waitFor({ state: 'attached' });
    expect(await focusedText(page)).toBe('H1: Audit starten voor dit dossier');
    await page.close();
  });

  it('in English too; and the plain "New audit" screen keeps its own heading and no confirmation', async () => {
    const page = await newPage(env.browser, 'en-GB');
    await page.goto(env.server.url);
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await createCaseFile(page, 'SDJ-2026-778', {
      menu: 'New case file',
      code: 'Case file number or code',
      submit: 'Create case file',
    });
    await page.getByRole('heading', { level: 1, name: 'Start an audit for this case file' }).waitFor();
    await page.getByText('Case file SDJ-2026-778 was created. Now choose who does the audit together.').waitFor();
    const select = page.getByLabel('Case file', { exact: true });
    await expect
      .poll(() => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toContain('SDJ-2026-778');
    await page.locator('option', { hasText: 'SDJ-2026-778' }).waitFor({ state: 'attached' });
    expect(await focusedText(page)).toBe('H1: Start an audit for this case file');

    await page.getByRole('navigation').getByRole('button', { name: 'New audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'New audit' }).waitFor();
    expect(await page.getByText('was created').count()).toBe(0);
    expect(await select.inputValue()).toBe('');
    await page.close();
  });
});
