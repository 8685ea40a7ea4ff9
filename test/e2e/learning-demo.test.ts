/**
 * Issue 15 over the demo data (`npm run web -- --demo`, a year of completed audits and 80 dossiers with steps):
 * "Samen leren" opens by keyboard, shows the API's figures for the whole year (counts per principle, kappa and ICC
 * with their intervals where enough pairs exist, action points by follow-up), and its "Breedte" tab shows, for every
 * step, the same "now" figure as the breadth dashboard's API. No name of a demo person appears on either view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BreadthDashboard } from '../../shared/domain/breadthView';
import type { TeamView } from '../../shared/domain/teamView';
import { axeSeriousViolations, callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer({ demo: true, extraArgs: ['--backup-interval-min', '0'] });

const focusedIs = (page: Page, name: string) =>
  page.evaluate((n) => document.activeElement?.textContent?.trim() === n, name);

async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 30 && !(await focusedIs(page, name)); i++) await page.keyboard.press('Tab');
  expect(await focusedIs(page, name)).toBe(true);
  await page.keyboard.press('Enter');
}

const pct = (n: number) => `${Math.round(n)}%`;

describe('learning over time on the demo data', () => {
  it('shows the team view and the breadth dashboard with the API figures, by keyboard, without names', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await tabTo(page, 'Samen leren');
    const h1 = page.getByRole('heading', { level: 1, name: 'Wat we samen leren' });
    await h1.waitFor();
    await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByLabel('Periode').selectOption('all');
    const options = (await callApi(env.server, 'getTeamViewOptions', {})).body.value;
    const view: TeamView = (
      await callApi(env.server, 'getTeamView', {
        from: options.firstDay,
        to: options.lastDay,
        matrix: options.matrices[0].slug,
        service: null,
        region: null,
        team: null,
      })
    ).body.value;
    // The demo year: 60 completed audits plus the demo's own completed one.
    expect(view.audits).toBeGreaterThanOrEqual(60);
    await page.locator('.team-count').getByText(`${view.audits} afgeronde audits in deze keuze.`).waitFor();
    for (const p of view.principles) {
      const card = page.locator(`[data-principle="${p.key}"]`);
      expect(await card.locator('p').first().innerText()).toBe(
        `${p.overall.audits} audits, waarvan ${p.agreed} met een gezamenlijke score.`,
      );
    }
    // Enough pairs in a year for the chance-corrected figures, shown with their interval.
    const withKappa = view.questions.filter((q) => q.kappa !== null);
    expect(withKappa.length).toBeGreaterThan(0);
    expect(await page.getByText(/tussen -?\d/).count()).toBeGreaterThan(0);
    const { byState } = view.actions;
    expect(byState.done + byState.open + byState.dropped).toBe(view.actions.total);
    expect(byState.done).toBeGreaterThan(0);
    expect(byState.dropped).toBeGreaterThan(0);
    await page.getByText(`${view.actions.total} actiepunten`).first().waitFor();
    expect(view.strengths.length).toBeGreaterThan(0);
    await page.getByText(view.strengths[0]!.text, { exact: false }).first().waitFor();

    const people: { name: string }[] = (await callApi(env.server, 'listPeople', {})).body.value;
    const shown = await page.locator('main').innerText();
    for (const person of people) expect(shown).not.toContain(person.name.replace(' (demo)', ''));
    expect(await axeSeriousViolations(page)).toEqual([]);

    // The breadth tab, by keyboard: every step's "now" figure is the API's for all dossiers.
    await tabTo(page, 'Breedte');
    await page.getByRole('heading', { level: 1, name: 'Breedte: stappen van het veiligheidsplan' }).waitFor();
    const dash: BreadthDashboard = (
      await callApi(env.server, 'getBreadthDashboard', {
        scope: { kind: 'all' },
        from: options.firstDay ? `${options.firstDay.slice(0, 4)}-Q1` : '2025-Q1',
        to: options.firstDay ? `${options.firstDay.slice(0, 4)}-Q1` : '2025-Q1',
      })
    ).body.value;
    expect(dash.rows).toHaveLength(13);
    const rows = page.locator('table.breadth-table tbody tr');
    await expect.poll(() => rows.count()).toBe(13);
    for (const [i, row] of dash.rows.entries()) {
      const cells = (await rows.nth(i).locator('td.num').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
      const now = row.now;
      expect(now.tooFew).toBe(false);
      expect(cells.at(-1)).toBe(`${pct(now.percent!)} ${now.occurs} van ${now.counted} dossiers`);
    }
    const breadthText = await page.locator('main').innerText();
    for (const person of people) expect(breadthText).not.toContain(person.name.replace(' (demo)', ''));
    await page.close();
  });
});
