/**
 * Dates are typed and shown day first in an English (US) browser too: "15012027" is 15 January 2027 (a native date
 * input made it 1 December 2027), shown back as 15/01/2027 and stored as 2027-01-15; 31/02/2027 is refused in the
 * user's language; the default audit date is today on this laptop, not in UTC.
 */
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { callApi, useBrowserAndServer } from './harness';

const env = useBrowserAndServer({ demo: false });

async function api(op: string, args: unknown) {
  const r = await callApi(env.server, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

/** A page in a US-English browser in Brussels. */
async function usPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Today in Brussels as dd/mm/yyyy. */
const brusselsToday = () => {
  const p = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date());
  const get = (type: string) => p.find((x) => x.type === type)!.value;
  return `${get('day')}/${get('month')}/${get('year')}`;
};

it('in an en-US browser, 15012027 is 15/01/2027, stored as 2027-01-15; 31/02/2027 is refused', async () => {
  await api('createPerson', { name: 'Lotte Vermeersch', role: 'consulent' });
  await api('createPerson', { name: 'Joris Declercq', role: 'teamverantwoordelijke' });
  await api('createCaseFile', { dossierCode: 'OCJ-2027-015', service: 'OCJ', region: 'Limburg' });
  const page = await usPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Nieuwe audit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe audit' }).waitFor();
  await page.getByLabel('Dossier', { exact: true }).selectOption({ label: 'OCJ-2027-015 · OCJ' });
  const people = page.locator('form select');
  await people.nth(1).selectOption({ index: 1 });
  await people.nth(2).selectOption({ index: 2 });

  const date = page.getByLabel('Datum van de audit');
  expect(await date.getAttribute('type')).toBe('text');
  expect(await date.getAttribute('placeholder')).toBe('dd/mm/jjjj');
  // The default is today on this laptop (Brussels), day first.
  expect(await date.inputValue()).toBe(brusselsToday());

  await date.fill('');
  await date.pressSequentially('31/02/2027');
  await page.keyboard.press('Tab');
  await page.getByRole('alert').filter({ hasText: 'Die datum bestaat niet.' }).waitFor();
  await page.getByRole('button', { name: 'Audit starten', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Die datum bestaat niet.' }).waitFor();
  expect(((await api('listAudits', {})) as unknown[]).length).toBe(0);

  await date.fill('');
  await date.pressSequentially('15012027');
  await page.keyboard.press('Tab');
  expect(await date.inputValue()).toBe('15/01/2027');
  await page.getByRole('button', { name: 'Audit starten', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit dossier OCJ-2027-015' }).waitFor();
  const audits = (await api('listAudits', {})) as { auditDate: string }[];
  expect(audits.map((a) => a.auditDate)).toEqual(['2027-01-15']);
  // On screen written out, day first: never the US month-first form.
  await page.getByText('15 januari 2027').first().waitFor();
  expect(await page.locator('body').innerText()).not.toMatch(/January 15|1\/15\/2027|01\/15\/2027/);
  await page.context().close();
});
