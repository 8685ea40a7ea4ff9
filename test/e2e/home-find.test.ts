/**
 * Finding audits on the home screen in Chromium: a name typed without its accent finds the audits of "Zoë", each
 * row says who acts next by name, the status filter narrows the list, and a search that finds nothing offers to
 * clear the filters.
 */
import { describe, expect, it } from 'vitest';
import { openQuietBackend } from '../support/testAudit';
import { ok } from '../support/results';
import { newPage, tempDbPath, useBrowserAndServer } from './harness';

const dbPath = tempDbPath('find');
{
  const b = openQuietBackend(dbPath);
  const d = <T = { id: number }>(op: string, args: unknown) => ok<T>(b.dispatch(op, args));
  const zoe = d('createPerson', { name: 'Zoë Maës', role: 'consulent' }).id;
  const karel = d('createPerson', { name: 'Karel Peeters', role: 'teamverantwoordelijke' }).id;
  const lotte = d('createPerson', { name: 'Lotte Janssens', role: 'teamverantwoordelijke' }).id;
  const audit = (code: string, consultantId: number, reviewerId: number, auditDate: string) =>
    d('createAudit', {
      caseFileId: d('createCaseFile', { dossierCode: code, service: 'OCJ' }).id,
      consultantId,
      reviewerId,
      auditDate,
    }).id;
  const waiting = audit('FIND-001', zoe, karel, '2026-02-01');
  const ready = audit('FIND-002', zoe, lotte, '2026-01-15');
  audit('FIND-003', karel, lotte, '2026-01-10');
  // Zoë has submitted FIND-001; both have submitted FIND-002.
  const submit = b.db.prepare(
    'UPDATE audits SET status = ?, consultant_submitted_at = ?, reviewer_submitted_at = ? WHERE id = ?',
  );
  submit.run('scoring', '2026-02-02T10:00:00Z', null, waiting);
  submit.run('ready', '2026-01-16T10:00:00Z', '2026-01-16T11:00:00Z', ready);
  b.close();
}
const env = useBrowserAndServer({ dbPath, extraArgs: ['--backup-interval-min', '0'] });

describe('finding audits on the home screen', () => {
  it('finds Zoë typed as "zoe", says who acts next, filters by status, and clears a search that finds nothing', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    const rows = page.locator('.audits-table tbody tr');
    await page.getByText('3 van de 3 audits zichtbaar').waitFor();

    await page.getByLabel('Zoeken', { exact: true }).fill('zoe');
    await page.getByText('2 audits gevonden').waitFor();
    expect(await rows.allInnerTexts()).toHaveLength(2);
    const first = rows.filter({ hasText: 'FIND-001' });
    await expect.poll(() => first.innerText()).toContain('Wacht op Karel Peeters: scoren');
    const second = rows.filter({ hasText: 'FIND-002' });
    expect(await second.innerText()).toContain('Wacht op Zoë Maës en Lotte Janssens: samen de scores openen');
    // The names are isolated from the sentence around them.
    expect(await first.locator('.audits-table__next bdi').allInnerTexts()).toEqual(['Karel Peeters']);

    await page.getByLabel('Stand van zaken').selectOption({ label: 'Klaar om samen te bekijken' });
    await page.getByText('1 audit gevonden').waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('FIND-002');

    await page.getByLabel('Zoeken', { exact: true }).fill('niemand');
    await page.getByRole('heading', { name: 'Geen audits gevonden' }).waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).first().click();
    await page.getByText('3 van de 3 audits zichtbaar').waitFor();
    expect(await rows.count()).toBe(3);
    expect(await page.getByLabel('Zoeken', { exact: true }).inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-query');
    await page.close();
  });
});
