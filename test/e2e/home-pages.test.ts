/**
 * The home list shows one page of audits and more on request: with 120 audits (built through the API), the first
 * 50 rows, "Meer tonen" adds the next 50 with focus on the first added audit, and the last page ends the button.
 */
import { describe, expect, it } from 'vitest';
import { buildBigFile } from '../bench/bigFile';
import { newPage, tempDbPath, useBrowserAndServer } from './harness';

const dbPath = tempDbPath();
buildBigFile(dbPath, 120);
const env = useBrowserAndServer({ dbPath, extraArgs: ['--backup-interval-min', '0'] });

describe('the home list, a page at a time', () => {
  it('shows 50 audits, then 50 more on "Meer tonen" with focus on the first new one, then the rest', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    const rows = page.locator('.audits-table tbody tr');
    await page.getByText('50 van de 120 audits zichtbaar').waitFor();
    expect(await rows.count()).toBe(50);

    await page.getByRole('button', { name: 'Meer tonen' }).click();
    await page.getByText('100 van de 120 audits zichtbaar').waitFor();
    expect(await rows.count()).toBe(100);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const row51 = await rows.nth(50).getByRole('button').getAttribute('aria-label');
    expect(focused).toBe(row51);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Audits' }).waitFor();
    await page.goBack().catch(() => {});
    await page.close();

    const again = await newPage(env.browser);
    await again.goto(env.server.url);
    await again.getByText('50 van de 120 audits zichtbaar').waitFor();
    await again.getByRole('button', { name: 'Meer tonen' }).click();
    await again.getByText('100 van de 120 audits zichtbaar').waitFor();
    await again.getByRole('button', { name: 'Meer tonen' }).click();
    await again.getByText('120 van de 120 audits zichtbaar').waitFor();
    expect(await again.getByRole('button', { name: 'Meer tonen' }).count()).toBe(0);
    expect(await again.locator('.audits-table tbody tr').count()).toBe(120);
    await again.close();
  });
});
