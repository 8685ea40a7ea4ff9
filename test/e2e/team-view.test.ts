/**
 * "Samen leren" (Leren over tijd) in Chromium over the real harness: completed audits written into the data file
 * before the server starts (test/support/teamViewBulk.ts, plus three audits of a small team); the screen is opened
 * by keyboard, the scope changed, the numbers on screen are the API's, a scope with fewer than 5 audits says so,
 * no person's name appears, and axe finds nothing serious. The PDF button downloads a real PDF.
 */
import { describe, expect, it } from 'vitest';
import { openQuietBackend } from '../support/testAudit';
import { ok } from '../support/results';
import { buildTeamViewAudits } from '../support/teamViewBulk';
import { teamViewWriter } from '../support/teamViewData';
import type { TemplateListing } from '../../shared/domain/model';
import type { TemplateContent } from '../../shared/domain/template';
import type { TeamView } from '../../shared/domain/teamView';
import { axeSeriousViolations, callApi, newPage, tempDbPath, useBrowserAndServer } from './harness';

const dbPath = tempDbPath('team-view');
const PEOPLE = ['Zoë Maës', 'Karel Peeters'];
{
  const b = openQuietBackend(dbPath);
  const template = ok<TemplateListing[]>(b.dispatch('listTemplates', {}))[0]!;
  const content = ok<{ content: TemplateContent }>(b.dispatch('getTemplate', { id: template.id })).content;
  buildTeamViewAudits(b.db, 60, template.id, content);
  // Three audits of a small team: too few to show anything about it.
  const w = teamViewWriter(b.db);
  const [zoe, karel] = PEOPLE.map((name) => w.person(name)) as [number, number];
  const ratings = Object.fromEntries(
    [...content.principles.flatMap((p) => p.items), content.overall].map((i) => [i.key, [5, 6] as [number, number]]),
  );
  for (const date of ['2021-01-05', '2021-01-06', '2021-01-07'])
    w.write({
      date,
      templateId: template.id,
      consultantId: zoe,
      reviewerId: karel,
      caseFile: { service: 'SDJ', region: 'Gent', team: 'Team Klein' },
      ratings,
      strengths: { audit: 'Zoë Maës gaf de ouders een stem' },
    });
  b.close();
}
const env = useBrowserAndServer({ dbPath, extraArgs: ['--backup-interval-min', '0'] });

const count = (n: number) => (n === 1 ? 'Eén afgeronde audit in deze keuze.' : `${n} afgeronde audits in deze keuze.`);

describe('team view', () => {
  it('opens by keyboard, shows the API numbers for the scope chosen, and says when there are too few', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    // By keyboard: Tab to the navigation item and press Enter; focus lands on the new screen's heading.
    const nav = page.getByRole('navigation').getByRole('button', { name: 'Samen leren' });
    for (let i = 0; i < 12 && !(await nav.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const h1 = page.getByRole('heading', { level: 1, name: 'Wat we samen leren' });
    await h1.waitFor();
    await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);

    // All completed audits, whatever today is.
    await page.getByLabel('Periode').selectOption('all');
    const options = (await callApi(env.server, 'getTeamViewOptions', {})).body.value;
    const scope = {
      from: options.firstDay,
      to: options.lastDay,
      matrix: options.matrices[0].slug,
      service: null,
      region: null,
      team: null,
    };
    const all: TeamView = (await callApi(env.server, 'getTeamView', scope)).body.value;
    expect(all.audits).toBe(63);
    await page.locator('.team-count').getByText(count(all.audits)).waitFor();
    // Each principle's counts, the first question's figures and the action totals are the API's.
    for (const p of all.principles) {
      const card = page.locator(`[data-principle="${p.key}"]`);
      expect(await card.locator('p').first().innerText()).toBe(
        `${p.overall.audits} audits, waarvan ${p.agreed} met een gezamenlijke score.`,
      );
    }
    const q = all.questions[0]!;
    const row = page.locator(`tr[data-question="${q.key}"]`);
    const pct = (v: number | null) => `${Math.round(v! * 100)}%`;
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe(String(q.pairs));
    expect(cells[1]).toContain(pct(q.exact));
    expect(cells[2]).toContain(pct(q.withinOne));
    const a = all.actions;
    await page
      .getByText(
        `${a.total} actiepunten: ${a.byState.done} gedaan, ${a.byState.open} nog open, ${a.byState.dropped} niet meer nodig.`,
      )
      .waitFor();
    // The table alternative opens by keyboard.
    await page.getByText('Toon als tabel').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('details[open] table').count()).toBe(1);
    expect(await axeSeriousViolations(page)).toEqual([]);

    // A region: the numbers follow.
    await page.getByLabel('Regio').selectOption('Brugge');
    const brugge: TeamView = (await callApi(env.server, 'getTeamView', { ...scope, region: 'Brugge' })).body.value;
    expect(brugge.audits).toBeGreaterThanOrEqual(5);
    expect(brugge.audits).toBeLessThan(all.audits);
    await page.locator('.team-count').getByText(count(brugge.audits)).waitFor();

    // The small team: too few audits to show anything.
    await page.getByLabel('Regio').selectOption('');
    await page.getByLabel('Team', { exact: true }).selectOption('Team Klein');
    await page.locator('.team-count').getByText(count(3)).waitFor();
    await page.getByText('Te weinig audits om te tonen (minstens 5).', { exact: false }).waitFor();
    expect(await page.locator('main svg[role="img"]').count()).toBe(0);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('names no person anywhere on the screen, and the PDF button hands over a real PDF', async () => {
    const page = await newPage(env.browser, 'en-GB');
    await page.goto(env.server.url);
    await page.getByRole('banner').getByRole('combobox').selectOption('en');
    await page.getByRole('navigation').getByRole('button', { name: 'Learn together' }).click();
    await page.getByLabel('Period').selectOption('all');
    await page.locator('.team-count').getByText('63 completed audits in this selection.').waitFor();
    const text = await page.locator('main').innerText();
    for (const name of [...PEOPLE, 'Collega', 'fictief', 'fictional']) expect(text).not.toContain(name);
    expect(text).toContain('Where our views come closer together');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Make a PDF for the team meeting' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^leren-over-tijd-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
