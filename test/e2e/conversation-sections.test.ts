/**
 * The conversation where the items are: on a revealed demo audit, each principle's items, three columns and agreed
 * score sit in one section; keyboard buttons move focus from one principle's heading to the next; each principle
 * has a help panel that opens by keyboard; the overall item has the name it has in scoring; a completed audit no
 * longer asks what it takes to go one step higher. Axe stays clean.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousViolations, callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();

interface Principle {
  key: string;
  title: { nl: string };
  items: { key: string }[];
}

async function auditByCode(code: string) {
  const audits = await callApi(env.server, 'listAudits', {});
  return audits.body.value.find((a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === code);
}

async function principlesOf(auditId: number): Promise<Principle[]> {
  const audit = (await callApi(env.server, 'getAudit', { id: auditId })).body.value;
  return (await callApi(env.server, 'getTemplate', { id: audit.template.id })).body.value.content.principles;
}

async function open(page: Page, code: string) {
  await page.goto(env.server.url);
  await page.getByRole('button', { name: `Audit ${code} openen` }).click();
  await page.locator('.conversation-item').first().waitFor();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('the conversation, one section per principle', () => {
  it('keeps each principle together, moves between principles by keyboard, and explains each principle', async () => {
    const audit = await auditByCode('DEMO-OCJ-2024-017');
    expect((await callApi(env.server, 'reveal', { auditId: audit.id })).body.ok).toBe(true);
    const principles = await principlesOf(audit.id);
    const page = await newPage(env.browser);
    await open(page, 'DEMO-OCJ-2024-017');

    // One section per principle, in matrix order, then the trajectory as a whole.
    expect(await page.locator('section.conversation-section').count()).toBe(principles.length + 1);
    for (const order of ['Eerst wat goed gaat', 'Zoals in de matrix']) {
      await page.getByLabel(order).check();
      for (const p of principles) {
        const section = page.locator(`section.conversation-section[data-principle="${p.key}"]`);
        expect(await section.getByRole('heading', { level: 2 }).first().innerText()).toBe(p.title.nl);
        // Its items, its three columns and its agreed score are all inside it.
        for (const item of p.items)
          expect(await section.locator(`[id="conv-item-${item.key}"]`).count(), item.key).toBe(1);
        for (const column of ['strengths', 'worries', 'next'])
          expect(await section.locator(`[id="note-${p.key}-${column}"]`).count()).toBe(1);
        expect(await section.locator(`[id="agreed-${p.key}"]`).count()).toBe(1);
        expect(await section.locator('.conversation-item').count()).toBe(p.items.length);
      }
    }
    // In the appreciative order, within a principle what goes well comes first.
    await page.getByLabel('Eerst wat goed gaat').check();
    const rank = ['sharedStrength', 'hiddenStrength', 'different', 'other'];
    for (const p of principles) {
      const categories = await page
        .locator(`section[data-principle="${p.key}"] .conversation-item`)
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-category')!));
      const ranks = categories.map((c) => rank.indexOf(c));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }

    // Keyboard: "Next" at the end of a section moves focus to the next principle's heading, "Previous" back.
    const first = page.locator(`section[data-principle="${principles[0]!.key}"]`);
    const next = first.getByRole('button', { name: `Volgende: ${principles[1]!.title.nl}` });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`conv-principle-${principles[1]!.key}`);
    const second = page.locator(`section[data-principle="${principles[1]!.key}"]`);
    await second.getByRole('button', { name: `Vorige: ${principles[0]!.title.nl}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`conv-principle-${principles[0]!.key}`);
    // The jump list at the top reaches every principle too.
    const jump = page.getByRole('navigation', { name: 'Naar een deel van het gesprek' });
    const last = principles[principles.length - 1]!;
    await jump.getByRole('button', { name: last.title.nl }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`conv-principle-${last.key}`);

    // The help panel: closed, opened with the keyboard, then it shows what the principle means and its tools.
    const help = first.locator('details.principle-help');
    expect(await help.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await help.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => help.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const text = await help.innerText();
    expect(text).toContain('zonder oordeel');
    const kind = page.locator('section[data-principle="kind"] details.principle-help');
    await kind.locator('summary').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => kind.innerText()).toContain('Drie huizen');

    // The overall item carries the name it has in scoring ("Het traject als geheel"), and nowhere "dossier als geheel".
    const whole = page.locator('section.conversation-section--whole');
    expect(await whole.getByRole('heading', { level: 2 }).innerText()).toBe('Het traject als geheel');
    expect(await page.locator('main').innerText()).not.toContain('dossier als geheel');
    await page.getByLabel('Het traject als geheel: Wat gaat goed?').waitFor();

    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('names the overall step in scoring as in the conversation, and shows the help after the items', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-004 openen' }).click();
    await page.getByRole('button', { name: 'Scoren als Jonas Proef (demo)' }).click();
    await page.getByRole('button', { name: 'Ja, ik ben Jonas Proef (demo)' }).click();
    await page.getByText('Stap 1 van 6').waitFor();
    const stepper = page.getByRole('navigation', { name: /stap/i });
    expect(await stepper.getByRole('button', { name: /^Het traject als geheel/ }).count()).toBe(1);
    // The help follows the last item of the step, so it is no Tab stop before the first score.
    const order = await page.evaluate(() => {
      const help = document.querySelector('.scoring details.principle-help');
      const items = [...document.querySelectorAll('.scoring .item-card')];
      const last = items[items.length - 1];
      return help && last ? last.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING : null;
    });
    expect(order).toBeTruthy();
    await page.context().close();
  });

  it('a completed audit no longer asks what it takes to go one step higher', async () => {
    const page = await newPage(env.browser);
    await open(page, 'DEMO-OCJ-2025-031');
    await page.getByText('Afgerond en ondertekend.', { exact: true }).waitFor();
    const shown = await page.locator('main').innerText();
    expect(shown).not.toMatch(/stap hoger/i);
    expect(shown).toMatch(/Jullie kwamen samen op een \d+\./);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
