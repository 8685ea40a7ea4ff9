/**
 * The connection to the app drops while a rater types (here: Chromium aborts every save request for a while).
 * The page says the change is not saved yet and will be tried again by itself; when the connection is back, the
 * newest text lands without the rater doing anything, and the status says so. Signing off and submitting wait for
 * the saves and stop, with a clear message, while a change is still not stored: nothing is signed or submitted
 * without it, and once it landed they go through.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();
const SHOTS = process.env.CASUSAUDIT_SHOTS; // a folder to keep screenshots in, when set

it('keeps a change made while saving failed and stores it by itself once saving works again', async () => {
  const page = await newPage(env.browser);
  let offline = false;
  let aborted = 0;
  await page.route('**/api/saveRating', (route) => {
    if (!offline) return route.continue();
    aborted++;
    return route.abort('internetdisconnected');
  });

  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-004 openen' }).click();
  await page.getByRole('button', { name: 'Scoren als Jonas Proef (demo)' }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Jonas Proef (demo)' }).click();
  const card = page.locator('article.item-card').first();
  const itemKey = (await card.getAttribute('data-item'))!;
  await card.locator('input[type="radio"][value="6"]').check({ force: true });
  await card.getByRole('status').getByText('Opgeslagen').waitFor();

  offline = true;
  const why = 'Mama vertelde het zelf, in haar eigen woorden – zie verslag van 3 maart. Ça va: één stap hoger kan.';
  await card.getByLabel('Waarom dit cijfer?').fill(why);
  await card.getByRole('status').getByText('Niet opgeslagen: wordt vanzelf opnieuw geprobeerd').waitFor();
  await expect.poll(() => aborted, { timeout: 10_000 }).toBeGreaterThanOrEqual(2); // it really tried again

  offline = false;
  await card.getByRole('status').getByText('Opgeslagen', { exact: true }).waitFor({ timeout: 30_000 });

  // Stored in the database: read back as this rater, through the API.
  const audits = await callApi(env.server, 'listAudits', {});
  const audit = audits.body.value.find(
    (a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === 'DEMO-OCJ-2025-004',
  );
  const session = await callApi(env.server, 'startScoring', { auditId: audit.id, rater: 'consultant' });
  const rating = session.body.value.ratings.find((r: { itemKey: string }) => r.itemKey === itemKey);
  expect(rating).toMatchObject({ score: 6, rationale: why });
});

/** Chromium aborts every request to `op` while `offline()` says so, as if the connection to the app were gone. */
async function cutOff(page: Page, op: string, offline: () => boolean) {
  await page.route(`**/api/${op}`, (route) => (offline() ? route.abort('internetdisconnected') : route.continue()));
}

const auditByCode = async (code: string) => {
  const audits = await callApi(env.server, 'listAudits', {});
  return audits.body.value.find((a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === code);
};

it('does not sign off while a note is not stored, says so, and signs once it landed', async () => {
  const audit = await auditByCode('DEMO-OCJ-2024-017');
  expect((await callApi(env.server, 'reveal', { auditId: audit.id })).body.ok).toBe(true);
  const page = await newPage(env.browser);
  let offline = false;
  await cutOff(page, 'saveNote', () => offline);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit DEMO-OCJ-2024-017 openen' }).click();
  await page.getByRole('heading', { name: 'Naast elkaar' }).waitFor();

  offline = true;
  const note = 'Tweede netwerkberaad vóór de zomer, met de grootmoeder erbij.';
  const field = page.getByLabel('Het traject als geheel: Wat moet er gebeuren?');
  await field.fill(note);
  const column = page.locator('.note-column', { has: field });
  await column.getByRole('status').getByText('Niet opgeslagen: wordt vanzelf opnieuw geprobeerd').waitFor();

  const sign = page.getByRole('button', { name: 'Ondertekenen als consulent' });
  await sign.click();
  const seat = page.locator('.sign-seat').first(); // the consultant's
  await seat
    .getByRole('alert')
    .getByText(/Je hebt nog niet ondertekend: niet alles wat je typte is al opgeslagen/)
    .waitFor();
  expect(await seat.getByRole('alert').textContent()).toContain('De verbinding met de app is verbroken');
  if (SHOTS) await seat.screenshot({ path: `${SHOTS}/sign-off-stopped.png` });
  await expect.poll(() => sign.isEnabled()).toBe(true);
  const revealed = async () => (await callApi(env.server, 'getRevealed', { auditId: audit.id })).body.value;
  expect((await revealed()).signOffs).toEqual([]); // nothing was signed

  offline = false;
  await sign.click();
  await seat.getByText(/Ondertekend op/).waitFor();
  const after = await revealed();
  expect(after.signOffs.map((s: { rater: string }) => s.rater)).toEqual(['consultant']);
  expect(after.notes).toContainEqual(expect.objectContaining({ scope: 'audit', column: 'next', text: note }));
  await page.context().close();
});

it('does not submit while a rating is not stored, says so, and submits once it landed', async () => {
  const ask = async (op: string, args: unknown) => (await callApi(env.server, op, args)).body.value;
  const tine = await ask('createPerson', { name: 'Tine Indiener', role: 'consulent' });
  const bram = await ask('createPerson', { name: 'Bram Tweede', role: 'teamverantwoordelijke' });
  const file = await ask('createCaseFile', { dossierCode: 'SUBMIT-2026-7', service: 'OCJ' });
  const audit = await ask('createAudit', { caseFileId: file.id, consultantId: tine.id, reviewerId: bram.id });

  const page = await newPage(env.browser);
  let offline = false;
  await cutOff(page, 'saveRating', () => offline);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit SUBMIT-2026-7 openen' }).click();
  await page.getByRole('button', { name: 'Scoren als Tine Indiener' }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Tine Indiener' }).click();
  const card = page.locator('article.item-card').first();
  const itemKey = (await card.getAttribute('data-item'))!;

  offline = true;
  await card.locator('input[type="radio"][value="7"]').check({ force: true });
  await card.getByRole('status').getByText('Niet opgeslagen: wordt vanzelf opnieuw geprobeerd').waitFor();
  await page.getByRole('button', { name: /^Nakijken en indienen/ }).click();
  await page.getByRole('checkbox', { name: /^Ik dien in met \d+ open vragen\.$/ }).check();
  const submit = page.getByRole('button', { name: 'Indienen', exact: true });
  await submit.click();
  await page
    .getByRole('alert')
    .getByText(/Je scores zijn nog niet ingediend/)
    .waitFor();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/submit-stopped.png` });
  const state = async () => (await callApi(env.server, 'getAudit', { id: audit.id })).body.value;
  expect((await state()).consultantSubmitted).toBe(false);

  offline = false;
  await submit.click();
  await page.getByRole('button', { name: 'Ik ben Bram Tweede: ik begin te scoren' }).waitFor();
  expect((await state()).consultantSubmitted).toBe(true);
  // The rating that was not stored at first is part of what was submitted (read back as this rater).
  const session = await ask('startScoring', { auditId: audit.id, rater: 'consultant' });
  expect(session.ratings.find((r: { itemKey: string }) => r.itemKey === itemKey)).toMatchObject({ score: 7 });
  await page.context().close();
});
