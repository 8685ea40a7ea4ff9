/**
 * Seats on one shared laptop, end to end in Chromium (Dutch): no seat opens with one click. Opening or reopening a
 * seat names its rater ("Ben jij …?") and waits for a confirmation; a paused draft protected by a personal code
 * opens only with that code (checked by the backend); and the status the other rater sees does not tell that
 * someone started.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeSeriousViolations, callApi, launchBrowser, newPage, startServer, type RunningServer } from './harness';
import type { Browser } from 'playwright-core';

const LOTTE = 'Lotte Vermeersch';
const JORIS = 'Joris Declercq';

let browser: Browser;
let server: RunningServer;
let people: { consultant: number; reviewer: number };

async function api(op: string, args: unknown) {
  const r = await callApi(server, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

async function newAudit(dossierCode: string): Promise<{ id: number; itemKeys: string[] }> {
  const file = await api('createCaseFile', { dossierCode, service: 'OCJ' });
  const audit = await api('createAudit', {
    caseFileId: file.id,
    consultantId: people.consultant,
    reviewerId: people.reviewer,
  });
  const content = (await api('getTemplate', { id: audit.template.id })).content as {
    principles: { items: { key: string }[] }[];
    overall: { key: string };
  };
  return {
    id: audit.id,
    itemKeys: [...content.principles.flatMap((p) => p.items.map((i) => i.key)), content.overall.key],
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  people = {
    consultant: (await api('createPerson', { name: LOTTE, role: 'consulent' })).id,
    reviewer: (await api('createPerson', { name: JORIS, role: 'teamverantwoordelijke' })).id,
  };
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

async function openAudit(page: Page, dossierCode: string) {
  await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
  await page.getByRole('button', { name: `Audit ${dossierCode} openen` }).click();
  await page.getByRole('heading', { level: 2, name: 'Wie scoort nu?' }).waitFor();
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.getAttribute('type'),
      text: el?.textContent?.trim(),
      inDialog: !!el?.closest('dialog[open]'),
      firstItem: el?.closest('article[data-item]')?.getAttribute('data-item') ?? null,
    };
  });

/** Nothing of any rater's answers is in the page: no scale, no text box. */
async function expectNoAnswersInPage(page: Page) {
  expect(await page.locator('input[type="radio"], textarea').count()).toBe(0);
}

it('no seat opens with one click: after a hand-over the other seat needs "Ben jij …?", reopening too', async () => {
  const audit = await newAudit('SEAT-2026-001');
  const page = await newPage(browser);
  page.setDefaultTimeout(10_000);
  await page.goto(server.url);
  await openAudit(page, 'SEAT-2026-001');

  // One click on a seat asks who you are; the dialog's button has the focus, nothing of the seat is loaded.
  await page.getByRole('button', { name: `Scoren als ${LOTTE}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Ben jij ${LOTTE}?` });
  await dialog.waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'button', inDialog: true });
  await expectNoAnswersInPage(page);
  await dialog.getByRole('button', { name: `Ja, ik ben ${LOTTE}`, exact: true }).click();
  await page.getByText(`Je scoort als ${LOTTE}`).waitFor();
  // Then the focus is on the step's heading (issue 11: the new heading after every screen change), and the first
  // score is at most two Tabs further.
  await expect.poll(async () => page.evaluate(() => document.activeElement?.id)).toBe('scoring-title');
  await page.keyboard.press('Tab');
  if ((await focused(page)).type !== 'radio') await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'input', type: 'radio', firstItem: audit.itemKeys[0] });

  // Lotte answers one item and submits with gaps; the hand-over hands the laptop to Joris.
  await page.locator(`article[data-item="${audit.itemKeys[0]}"] label.scale__option`).nth(7).click();
  await page.locator(`article[data-item="${audit.itemKeys[0]}"]`).getByRole('status').getByText('Opgeslagen').waitFor();
  await page.getByRole('button', { name: 'Nakijken en indienen' }).click();
  await page.getByRole('checkbox', { name: /Ik dien in met 20 open vragen/ }).check();
  await page.getByRole('button', { name: 'Indienen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Geef de laptop aan ${JORIS}` }).waitFor();
  await page.getByRole('button', { name: `Ik ben ${JORIS}: ik begin te scoren`, exact: true }).click();
  await page.getByText(`Je scoort als ${JORIS}`).waitFor();
  await page.locator(`article[data-item="${audit.itemKeys[0]}"] label.scale__option`).nth(3).click();
  await page.locator(`article[data-item="${audit.itemKeys[0]}"]`).getByRole('status').getByText('Opgeslagen').waitFor();

  // Joris pauses (without a code): back at the seats, no seat is active for one click.
  await page.getByRole('button', { name: 'Pauzeren: alles is bewaard' }).click();
  const pause = page.getByRole('dialog', { name: 'Even pauzeren' });
  await pause.getByRole('button', { name: 'Pauzeren', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Wie scoort nu?' }).waitFor();
  expect(await page.getByRole('button', { name: 'Mijn indiening heropenen' }).count()).toBe(0);

  // Lotte's submission: reopening names her and asks first; cancelling changes nothing.
  await page.getByRole('button', { name: `Indiening heropenen als ${LOTTE}`, exact: true }).click();
  const reopen = page.getByRole('dialog', { name: `Ben jij ${LOTTE}?` });
  await reopen.getByText(`Heropen deze indiening alleen als jij ${LOTTE} bent.`).waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'button', inDialog: true });
  await reopen.getByRole('button', { name: 'Annuleren' }).click();
  await reopen.waitFor({ state: 'hidden' });
  await expectNoAnswersInPage(page);
  expect((await api('getAudit', { id: audit.id })).consultantSubmitted).toBe(true);

  // Joris's own paused draft asks too.
  await page.getByRole('button', { name: `Scoren als ${JORIS}`, exact: true }).click();
  await page
    .getByRole('dialog', { name: `Ben jij ${JORIS}?` })
    .getByRole('button', { name: 'Annuleren' })
    .click();
  await expectNoAnswersInPage(page);

  // Confirmed: Lotte's submission is reopened and her answers are there for her.
  await page.getByRole('button', { name: `Indiening heropenen als ${LOTTE}`, exact: true }).click();
  await reopen.getByRole('button', { name: `Ja, ik ben ${LOTTE}: heropenen`, exact: true }).click();
  await page.getByText(`Je scoort als ${LOTTE}`).waitFor();
  await expect
    .poll(() => page.locator(`article[data-item="${audit.itemKeys[0]}"] input[value="7"]`).isChecked())
    .toBe(true);
  expect((await api('getAudit', { id: audit.id })).consultantSubmitted).toBe(false);
  await page.context().close();
});

it('a paused draft protected by a code cannot be opened without it, from the seats or after a hand-over', async () => {
  const audit = await newAudit('SEAT-2026-002');
  const page = await newPage(browser);
  page.setDefaultTimeout(10_000);
  await page.goto(server.url);
  await openAudit(page, 'SEAT-2026-002');
  await page.getByRole('button', { name: `Scoren als ${LOTTE}`, exact: true }).click();
  await page.getByRole('button', { name: `Ja, ik ben ${LOTTE}`, exact: true }).click();
  const first = page.locator(`article[data-item="${audit.itemKeys[0]}"]`);
  await first.locator('label.scale__option').nth(8).click();
  await first.getByRole('status').getByText('Opgeslagen').waitFor();

  // Pausing offers a personal code (typed twice; it cannot be recovered, and the dialog says so).
  await page.getByRole('button', { name: 'Pauzeren: alles is bewaard' }).click();
  const pause = page.getByRole('dialog', { name: 'Even pauzeren' });
  await pause.getByText('niemand kan hem terughalen').waitFor();
  expect(await axeSeriousViolations(page), 'pause dialog').toEqual([]);
  await pause.getByLabel('Persoonlijke code (niet verplicht)').fill('Zon-4821');
  await pause.getByLabel('Typ de code nog een keer').fill('Zon-4812');
  await pause.getByRole('button', { name: 'Pauzeren', exact: true }).click();
  await pause.getByText('De twee codes zijn niet gelijk.').waitFor();
  await pause.getByLabel('Typ de code nog een keer').fill('Zon-4821');
  await pause.getByRole('button', { name: 'Pauzeren', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Wie scoort nu?' }).waitFor();
  await page.getByText('Beschermd met een persoonlijke code').waitFor();

  // The backend refuses the seat without the code, whoever asks.
  const refused = await callApi(server, 'startScoring', { auditId: audit.id, rater: 'consultant' });
  expect(refused.body).toEqual({ ok: false, error: { code: 'seat_code_required' } });

  // In the page: the dialog asks for the code (focus in its field); without it or with a wrong one, nothing opens.
  await page.getByRole('button', { name: `Scoren als ${LOTTE}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Ben jij ${LOTTE}?` });
  const codeField = dialog.getByLabel(`Persoonlijke code van ${LOTTE}`);
  await codeField.waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'input', type: 'password', inDialog: true });
  await dialog.getByRole('button', { name: `Ja, ik ben ${LOTTE}`, exact: true }).click();
  await dialog.getByText('Geef de code in.').waitFor();
  await codeField.fill('Zon-0000');
  await codeField.press('Enter');
  await dialog.getByText('Die code klopt niet.').waitFor();
  expect(await axeSeriousViolations(page), 'are you …? with a code and a wrong code').toEqual([]);
  await expectNoAnswersInPage(page);
  await codeField.fill('Zon-4821');
  await codeField.press('Enter');
  await page.getByText(`Je scoort als ${LOTTE}`).waitFor();
  await expect.poll(() => first.locator('input[value="8"]').isChecked()).toBe(true);
  // Saving carries the code: a change lands.
  await first.locator('label.scale__option').nth(9).click();
  await first.getByRole('status').getByText('Opgeslagen').waitFor();
  const own = await api('startScoring', { auditId: audit.id, rater: 'consultant', code: 'Zon-4821' });
  expect(own.ratings[0]).toMatchObject({ itemKey: audit.itemKeys[0], score: 9 });

  // Joris protected his seat earlier; after Lotte submits, the hand-over opens his seat only with his code.
  await api('setSeatCode', { auditId: audit.id, rater: 'reviewer', code: 'Joris-1234' });
  await page.getByRole('button', { name: 'Nakijken en indienen' }).click();
  await page.getByRole('checkbox', { name: /Ik dien in met 20 open vragen/ }).check();
  await page.getByRole('button', { name: 'Indienen', exact: true }).click();
  await page.getByRole('button', { name: `Ik ben ${JORIS}: ik begin te scoren`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Jouw plek is beschermd' }).waitFor();
  expect(await axeSeriousViolations(page), 'code gate').toEqual([]);
  await expectNoAnswersInPage(page);
  const gateField = page.getByLabel('Persoonlijke code', { exact: true });
  await gateField.fill('Joris-9999');
  await page.getByRole('button', { name: 'Openen', exact: true }).click();
  await page.getByText('Die code klopt niet.').waitFor();
  await expectNoAnswersInPage(page);
  await gateField.fill('Joris-1234');
  await gateField.press('Enter');
  await page.getByText(`Je scoort als ${JORIS}`).waitFor();
  await page.context().close();
});

it('the status the other rater sees does not change when one rater opens a seat or answers', async () => {
  const audit = await newAudit('SEAT-2026-003');
  const page = await newPage(browser);
  page.setDefaultTimeout(10_000);
  const row = () => page.getByRole('row').filter({ hasText: 'SEAT-2026-003' });
  await page.goto(server.url);
  await row().waitFor();
  const before = await row().innerText();
  await api('startScoring', { auditId: audit.id, rater: 'consultant' });
  await api('saveRating', {
    auditId: audit.id,
    rater: 'consultant',
    itemKey: audit.itemKeys[0],
    score: 4,
    notApplicable: false,
    naReason: '',
    rationale: '',
  });
  await page.reload();
  await row().waitFor();
  expect(await row().innerText()).toBe(before);
  await page.context().close();
});
