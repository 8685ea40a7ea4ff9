/**
 * The second participant's role, end to end in Chromium (Dutch): chosen on the new audit page ("Groepscoördinator")
 * and shown by that name on the audit page, the seats, the scoring bar, the hand-over, the reveal, the conversation,
 * the sign-off and in the PDF; nowhere "beoordelaar". The waiting text before submitting follows who has actually
 * submitted: the second person is not told to wait for someone who already did.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readPdf } from '../report/pdfText';
import { callApi, newPage, useBrowserAndServer } from './harness';

const LOTTE = 'Lotte Vermeersch';
const NOOR = 'Noor Van Damme';
const CODE = 'ROL-2026-001';
const env = useBrowserAndServer({});

async function api(op: string, args: unknown) {
  const r = await callApi(env.server, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

const mainText = (page: Page) => page.locator('main').innerText();
async function expectNoJudge(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(/beoordelaar/i);
}

/** Opens a seat from the seats ("Scoren als …", "Ja, ik ben …") and goes to its review step. */
async function scoreUntilReview(page: Page, name: string) {
  await page.getByRole('button', { name: `Scoren als ${name}`, exact: true }).click();
  await page.getByRole('button', { name: `Ja, ik ben ${name}`, exact: true }).click();
  await page.getByText(`Je scoort als ${name}`).waitFor();
}

it('the chosen role is shown by its name on every screen and in the PDF', async () => {
  await api('createPerson', { name: LOTTE, role: 'consulent' });
  await api('createPerson', { name: NOOR, role: 'teamverantwoordelijke' });
  await api('createCaseFile', { dossierCode: CODE, service: 'OCJ' });
  const page = await newPage(env.browser);
  page.setDefaultTimeout(15_000);
  await page.goto(env.server.url);

  // New audit: the role is chosen; teamverantwoordelijke is the default.
  await page.getByRole('navigation').getByRole('button', { name: 'Nieuwe audit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe audit' }).waitFor();
  await page.getByLabel('Dossier', { exact: true }).selectOption({ label: `${CODE} · OCJ` });
  await page.getByLabel('Consulent (dossierhouder)').selectOption({ label: `${LOTTE} (consulent)` });
  await page.getByLabel('Tweede deelnemer', { exact: true }).selectOption({ label: `${NOOR} (teamverantwoordelijke)` });
  const roles = page.getByRole('group', { name: 'In welke rol doet de tweede deelnemer mee?' });
  expect(await roles.getByRole('radio', { name: 'Teamverantwoordelijke' }).isChecked()).toBe(true);
  await roles.getByRole('radio', { name: 'Groepscoördinator' }).check();
  await expectNoJudge(page);
  await page.getByRole('button', { name: 'Audit starten', exact: true }).click();

  // The audit page and the seats.
  await page.getByRole('heading', { level: 1, name: `Audit dossier ${CODE}` }).waitFor();
  expect(await mainText(page)).toContain(`${LOTTE} (consulent), ${NOOR} (groepscoördinator)`);
  await page.locator('.seat__role', { hasText: 'Groepscoördinator' }).waitFor();
  await expectNoJudge(page);
  const [audit] = (await api('listAudits', {})) as { id: number; reviewerRole: string }[];
  expect(audit!.reviewerRole).toBe('groepscoordinator');

  // Lotte scores first: she waits for Noor, who has not submitted yet.
  await scoreUntilReview(page, LOTTE);
  expect(await mainText(page)).toContain(`Je scoort als ${LOTTE} (consulent).`);
  await page.getByRole('button', { name: 'Nakijken en indienen' }).click();
  await page.getByText(`tot ${NOOR} ook heeft ingediend`).waitFor();
  await page.getByRole('checkbox', { name: /Ik dien in met/ }).check();
  await page.getByRole('button', { name: 'Indienen', exact: true }).click();

  // The hand-over names Noor's role; Noor is not told to wait for Lotte, who already submitted.
  await page.getByRole('heading', { level: 1, name: `Geef de laptop aan ${NOOR}` }).waitFor();
  expect(await mainText(page)).toContain(`${NOOR} (groepscoördinator) kan nu scoren`);
  await page.getByRole('button', { name: `Ik ben ${NOOR}: ik begin te scoren`, exact: true }).click();
  await page.getByText(`Je scoort als ${NOOR} (groepscoördinator).`).waitFor();
  await expectNoJudge(page);
  await page.getByRole('button', { name: 'Nakijken en indienen' }).click();
  await page.getByText(`${LOTTE} heeft al ingediend.`).waitFor();
  expect(await mainText(page)).not.toContain('ook heeft ingediend');
  await page.getByRole('checkbox', { name: /Ik dien in met/ }).check();
  await page.getByRole('button', { name: 'Indienen', exact: true }).click();
  await page.getByRole('button', { name: 'Naar samen bekijken' }).click();

  // The reveal, the conversation and the sign-off.
  await page.getByText(`${LOTTE} (consulent) en ${NOOR} (groepscoördinator) hebben allebei ingediend.`).waitFor();
  await expectNoJudge(page);
  await page.getByRole('button', { name: 'Scores samen openen' }).click();
  await page.getByRole('button', { name: 'Ja, we zitten samen: open de scores' }).click();
  await page.getByRole('heading', { level: 2, name: 'Naast elkaar' }).waitFor();
  await page.locator('.legend', { hasText: `${NOOR} (groepscoördinator)` }).waitFor();
  await page.getByRole('button', { name: 'Ondertekenen als groepscoördinator' }).waitFor();
  await page.locator('.sign-seat .seat__role', { hasText: 'Groepscoördinator' }).waitFor();
  for (const column of ['Wat gaat goed?', 'Waar maken we ons zorgen over?', 'Wat moet er gebeuren?'])
    expect(await page.locator('label', { hasText: column }).count()).toBeGreaterThan(0);
  await expectNoJudge(page);

  // The PDF, read back with pdf.js and with pdftotext.
  const button = page.getByRole('button', { name: 'PDF-samenvatting maken (concept)' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = path.join(path.dirname(env.server.dbPath), download.suggestedFilename());
  await download.saveAs(file);
  const text = (await readPdf(new Uint8Array(fs.readFileSync(file)))).map((p) => p.text).join('\n');
  const plain = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  for (const t of [text, plain]) {
    expect(t).toContain('Groepscoördinator');
    expect(t).toContain(`${NOOR}, groepscoördinator`);
    expect(t).toContain('Wat gaat goed?');
    expect(t).toContain('Wat moet er gebeuren?');
    expect(t).not.toMatch(/beoordelaar/i);
  }
  await page.context().close();
});
