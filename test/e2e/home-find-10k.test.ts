/**
 * Search and filters on the home screen in Chromium with 10,000 audits (built through the API): the first page
 * shows 50 rows of 10.000, a dossier code finds its one audit, a participant and a year narrow the list to exactly
 * the audits the data holds, and "Meer tonen" pages through the filtered list, not the whole file.
 */
import { describe, expect, it } from 'vitest';
import { buildManyAudits, manyAudit, manyPerson } from '../support/manyAudits';
import { newPage, tempDbPath, useBrowserAndServer } from './harness';

const COUNT = 10_000;
const dbPath = tempDbPath('find-10k');
buildManyAudits(dbPath, COUNT);
const env = useBrowserAndServer({ dbPath, extraArgs: ['--backup-interval-min', '0'] });

/** How many audits person `n` is in, in `year`, by the builder's own rule. */
function expected(n: number, year: string): number {
  let found = 0;
  for (let i = 0; i < COUNT; i++) {
    const a = manyAudit(i);
    if ((a.consultant === n || a.reviewer === n) && a.date.startsWith(year)) found++;
  }
  return found;
}

describe('finding audits among 10,000', () => {
  it('searches a dossier code, filters by participant and year, and pages through what was found', async () => {
    const page = await newPage(env.browser);
    const rows = page.locator('.audits-table tbody tr');
    const search = page.getByLabel('Zoeken', { exact: true });
    await page.goto(env.server.url);
    await page.getByText('50 van de 10.000 audits zichtbaar').waitFor();
    expect(await rows.count()).toBe(50);

    await search.fill('104321');
    await page.getByText('1 audit gevonden').waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(manyAudit(4321).code);

    await search.fill('');
    await page.getByLabel('Deelnemer').selectOption({ label: manyPerson(2) });
    await page.getByLabel('Jaar').selectOption('2020');
    const total = expected(2, '2020');
    expect(total).toBeGreaterThan(50);
    await page.getByText(`${total} audits gevonden`).waitFor();
    expect(await rows.count()).toBe(50);
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain(manyPerson(2));
      expect(text).toContain('2020');
    }
    await page.getByRole('button', { name: 'Meer tonen' }).click();
    await page.getByText(`${Math.min(100, total)} van de ${total} audits zichtbaar`).waitFor();
    expect(await rows.count()).toBe(Math.min(100, total));
    await page.close();
  });
});
