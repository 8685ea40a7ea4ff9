/**
 * Follow-up of an action point on a completed audit in Chromium, by keyboard only: "Opvolging noteren" moves focus
 * into the small form, arrow keys choose the state, Save brings focus back to the button and says so politely; the
 * note is in the history after a reload; and the signed record (audit, conversation, sign-offs) is unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousViolations, callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();
const SHOTS = process.env.CASUSAUDIT_SHOTS; // a folder to keep screenshots in, when set
const CODE = 'DEMO-OCJ-2025-031';
const NOTE = 'Netwerkberaad ging door op 12 mei, met de grootmoeder erbij.';

async function openCompleted(page: Page) {
  await page.goto(env.server.url);
  await page.getByRole('button', { name: `Audit ${CODE} openen` }).click();
  await page.locator('#conv-section-actions').getByRole('heading', { name: 'Actiepunten' }).waitFor();
}

/** What the signed record holds, as the API returns it. */
async function signedRecord() {
  const audits = (await callApi(env.server, 'listAudits', {})).body.value as {
    id: number;
    caseFile: { dossierCode: string };
  }[];
  const id = audits.find((a) => a.caseFile.dossierCode === CODE)!.id;
  const audit = (await callApi(env.server, 'getAudit', { id })).body.value;
  const revealed = (await callApi(env.server, 'getRevealed', { auditId: id })).body.value;
  return JSON.stringify({ audit, revealed });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName, type: el?.type, value: el?.value, label: el?.getAttribute('aria-label') ?? '' };
  });

describe('follow-up of an action point after the audit was completed', () => {
  it('is noted by keyboard, shown in the history after a reload, and leaves the signed record as it was', async () => {
    const before = await signedRecord();
    const page = await newPage(env.browser);
    await openCompleted(page);
    const section = page.locator('#conv-section-actions');
    expect(await section.innerText()).toContain('wat ondertekend werd, blijft zoals het was');

    const record = section.getByRole('button', { name: /^Opvolging noteren voor: Tweede netwerkberaad/ });
    await record.focus();
    await page.keyboard.press('Enter');
    // Focus moves to the form's first field: the chosen state.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'INPUT', type: 'radio', value: 'open' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).toMatchObject({ type: 'radio', value: 'done' });
    await page.keyboard.press('Tab');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-up-form.png` });
    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');

    // Back on the button, with the save said politely and the new state beside it.
    await expect.poll(() => focused(page).then((f) => f.label)).toMatch(/^Opvolging noteren voor: Tweede/);
    await section.getByRole('status').filter({ hasText: 'Opvolging genoteerd.' }).waitFor({ state: 'attached' });
    await section.getByText('Opvolging: Gedaan').waitFor();

    // Cancel also brings focus back, and notes nothing.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ type: 'radio', value: 'done' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.label)).toMatch(/^Opvolging noteren voor: Tweede/);

    await page.reload();
    await openCompleted(page);
    const history = section.getByRole('list', { name: 'Eerder genoteerde opvolging' });
    await history.first().waitFor();
    expect(await history.allInnerTexts()).toEqual([expect.stringContaining(`Gedaan — ${NOTE}`)]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-up-history.png`, fullPage: false });

    expect(await signedRecord()).toBe(before);
  });
});
