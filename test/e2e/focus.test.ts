/**
 * Keyboard focus after every screen change lands on the new screen's heading (or the documented target), through the
 * one focus helper (renderer/lib/focus.ts): each navigation, "Audit starten", "Scoren als…" (after the matrix has
 * loaded), every step, the hand-over, "Naar samen bekijken", the reveal, adding an action point (back to its first
 * field, with an announced confirmation), the first signature (the other signer's name) and the last (the sign-off).
 * From a scoring step's heading the first score is at most two Tab presses away.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();

/** The focused element as `tag#id: text` (the text shortened), to compare with what a step should focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}#${el.id}` : 'none';
  });

/** Waits until focus is on the element with this id (a heading, a field), failing with where focus is instead. */
async function focusIsOn(page: Page, selector: string) {
  await expect.poll(() => focused(page), { timeout: 10_000 }).toBe(selector);
  // What is focused is also shown: it has a box on screen.
  expect(await page.evaluate(() => document.activeElement!.getClientRects().length > 0)).toBe(true);
}

/** Tab presses from the focused heading to the first score of the step (at most 6 are tried). */
async function tabsToFirstScore(page: Page): Promise<number> {
  for (let n = 1; n <= 6; n++) {
    await page.keyboard.press('Tab');
    const radio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    if (radio) return n;
  }
  return Infinity;
}

async function submitWithGaps(page: Page) {
  await page.getByRole('button', { name: /^Nakijken en indienen/ }).click();
  await focusIsOn(page, 'h1#scoring-title');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Indienen', exact: true }).click();
  await focusIsOn(page, 'h1#handover-title');
}

describe('focus after every screen change', () => {
  it('navigating, starting an audit, scoring, handing over, revealing, actions and signing', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();

    const nav = page.getByRole('navigation').first();
    await nav.getByRole('button', { name: 'Nieuw dossier' }).click();
    await focusIsOn(page, 'h1#cf-title');
    await nav.getByRole('button', { name: 'Back-ups' }).click();
    await focusIsOn(page, 'h1#backup-title');
    await nav.getByRole('button', { name: 'Nieuwe audit' }).click();
    await focusIsOn(page, 'h1#na-title');

    // "Audit starten": a demo case file and two demo people, then the new audit's page (after it loaded).
    const selects = page.locator('main select');
    await expect.poll(() => selects.nth(2).locator('option').count()).toBeGreaterThan(2);
    await selects.nth(0).selectOption({ index: 1 });
    await selects.nth(1).selectOption({ index: 1 });
    await selects.nth(2).selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Audit starten' }).click();
    await focusIsOn(page, 'h1#audit-title');

    // "Scoren als…": the step's heading once the matrix is there; the first score two Tabs away at most.
    await page.locator('.seat .btn--primary').first().click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Ja, ik ben / })
      .click();
    await focusIsOn(page, 'h1#scoring-title');
    expect(await page.locator('#scoring-title').textContent()).toContain('Stap 1 van 6');
    expect(await tabsToFirstScore(page)).toBeLessThanOrEqual(2);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await focusIsOn(page, 'h1#scoring-title');
    expect(await page.locator('#scoring-title').textContent()).toContain('Stap 2 van 6');
    expect(await tabsToFirstScore(page)).toBeLessThanOrEqual(2);
    await submitWithGaps(page);

    // The hand-over: the second participant's first step.
    await page.getByRole('button', { name: /: ik begin te scoren$/ }).click();
    await focusIsOn(page, 'h1#scoring-title');
    expect(await tabsToFirstScore(page)).toBeLessThanOrEqual(2);
    await submitWithGaps(page);

    // "Naar samen bekijken": the reveal's heading; after the reveal, the conversation's.
    await page.getByRole('button', { name: 'Naar samen bekijken' }).click();
    await focusIsOn(page, 'h2#reveal-title');
    await page.getByRole('button', { name: 'Scores samen openen' }).click();
    await page.getByRole('button', { name: 'Ja, we zitten samen: open de scores' }).click();
    await focusIsOn(page, 'h2#conversation-title');

    // Adding an action point by keyboard: back in the empty "Wat" field, and the addition is announced.
    const what = page.locator('.subform input[type="text"]').first();
    await what.fill('Netwerkberaad plannen met de grootouders');
    await what.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Actiepunt toegevoegd' }).waitFor();
    const whatId = await what.getAttribute('id');
    await focusIsOn(page, `input#${whatId}`);
    expect(await what.inputValue()).toBe('');

    // The first signature: on to the other signer's name; the second: the completed sign-off.
    await page.locator('form:has(#sign-consultant) button[type="submit"]').click();
    await focusIsOn(page, 'input#sign-reviewer');
    await page.keyboard.press('Enter');
    await focusIsOn(page, 'h2#sign-title');
    await page.getByText(/^Afgerond op/).waitFor();

    await nav.getByRole('button', { name: 'Audits' }).click();
    await focusIsOn(page, 'h1#home-title');
    await page.context().close();
  });

  it('the focused heading has a visible focus style', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await page.getByRole('navigation').first().getByRole('button', { name: 'Nieuw dossier' }).click();
    await focusIsOn(page, 'h1#cf-title');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.context().close();
  });
});
