/**
 * Every main screen, as a user reaches it, passes axe-core's WCAG 2.1 A/AA checks (contrast included) with no
 * serious or critical violation, at the 1366×768 laptop size, in Dutch and in English. Plus the keyboard basics:
 * the first Tab reaches the skip link, which moves focus to the content.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousViolations, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();

/** Checks the screen now shown; the name says which one in the failure message. */
async function check(page: Page, screen: string, checked: string[]) {
  await page.waitForLoadState('networkidle');
  expect(await axeSeriousViolations(page), screen).toEqual([]);
  checked.push(screen);
}

describe('accessibility of every main screen', () => {
  it('in Dutch: home, forms with errors, audit stages, scoring, review, completed audit, backups', async () => {
    const page = await newPage(env.browser);
    const checked: string[] = [];
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await check(page, 'home', checked);

    // Keyboard: the first Tab reaches the skip link; it moves focus into the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    await page.getByRole('navigation').getByRole('button', { name: 'Nieuw dossier' }).click();
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByRole('alert').first().waitFor();
    await check(page, 'new case file, with validation errors', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Nieuwe audit' }).click();
    await page.getByRole('button', { name: 'Audit starten' }).waitFor();
    await check(page, 'new audit', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-004 openen' }).click();
    await page.getByRole('heading', { name: 'Wie scoort nu?' }).waitFor();
    await check(page, 'audit not started: who scores now', checked);

    await page.getByRole('button', { name: 'Scoren als Jonas Proef (demo)' }).click();
    await page.getByRole('dialog', { name: 'Ben jij Jonas Proef (demo)?' }).waitFor();
    expect(await axeSeriousViolations(page), 'are you …? before a seat opens').toEqual([]);
    await page.getByRole('button', { name: 'Ja, ik ben Jonas Proef (demo)' }).click();
    await page.getByText('Stap 1 van 6').waitFor();
    await check(page, 'scoring, first principle', checked);
    await page
      .getByRole('button', { name: /^Nakijken en indienen/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Nakijken en indienen' }).waitFor();
    await check(page, 'scoring, review and submit', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2024-017 openen' }).click();
    await page.getByRole('button', { name: 'Scores samen openen' }).waitFor();
    await check(page, 'ready to reveal', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-031 openen' }).click();
    await page.getByRole('button', { name: 'PDF-samenvatting maken' }).waitFor();
    await check(page, 'completed audit, read-only conversation', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Back-ups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Back-up en herstel' }).waitFor();
    await check(page, 'backups', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Matrices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matrices' }).waitFor();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Kies eerst een bestand.').waitFor();
    await check(page, 'matrices, import without a file', checked);

    await page.getByRole('navigation').getByRole('button', { name: 'Samen leren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat we samen leren' }).waitFor();
    await page
      .locator('.team-count')
      .filter({ hasText: /in deze keuze/ })
      .waitFor();
    await check(page, 'team view (learning over time)', checked);

    expect(checked).toHaveLength(11);
  });

  it('in English: home and a completed audit', async () => {
    const page = await newPage(env.browser, 'en-GB');
    const checked: string[] = [];
    await page.goto(env.server.url);
    await page.getByRole('banner').getByRole('combobox').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await check(page, 'home (en)', checked);
    await page.getByRole('button', { name: /DEMO-OCJ-2025-031/ }).click();
    await page.getByRole('button', { name: /PDF summary/i }).waitFor();
    await check(page, 'completed audit (en)', checked);
    await page.getByRole('navigation').getByRole('button', { name: 'Matrices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matrices' }).waitFor();
    await check(page, 'matrices (en)', checked);
    await page.getByRole('button', { name: /^Make a new version of .*, version 1$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^New version of / }).waitFor();
    await check(page, 'matrix editor (en)', checked);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('.mx-preview').waitFor();
    await check(page, 'matrix editor preview (en)', checked);
    expect(checked).toHaveLength(5);
  });
});
