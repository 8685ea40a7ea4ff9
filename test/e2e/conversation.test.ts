/** From reveal to a signed, read-only audit in Chromium; the comparison screen passes an axe check. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { callApi, launchBrowser, newPage, startServer, type RunningServer } from './harness';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer({ demo: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('side by side and the conversation', () => {
  it('reveals together, keeps notes, signs off and then refuses changes', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2024-017 openen' }).click();
    const reveal = page.getByRole('button', { name: 'Scores samen openen' });
    expect(await reveal.isDisabled()).toBe(true);
    await page.getByLabel('We zitten samen en willen de scores nu openen.').check();
    await reveal.click();
    await page.getByRole('heading', { name: 'Naast elkaar' }).waitFor();
    await page.getByRole('heading', { name: 'Samen sterk' }).waitFor();
    const shown = await page.locator('main').innerText();
    expect(shown).toContain('Amai, chapeau: de Drie huizen van de oudste zitten mooi in het dossier.');
    expect(shown).toContain('niet van toepassing');

    // axe: no serious or critical violations on the comparison screen.
    // Injected through DevTools (evaluate), which the app's strict CSP rightly does not allow as a script tag.
    await page.evaluate(fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);

    const notes = {
      'Wat gaat goed / waar zijn we trots op': 'De Drie huizen zijn met toestemming gedeeld — fijn werk.',
      'Waar maken we ons zorgen over / wat kan beter': 'Het veiligheidsplan is nog niet getest in een moeilijke week.',
      'Wat moet er gebeuren / volgende stappen': 'Tweede netwerkberaad vóór de zomer.',
    };
    for (const [label, text] of Object.entries(notes)) await page.getByLabel(label).fill(text);
    await expect.poll(async () => (await page.getByText('Opgeslagen').count()) >= 3, { timeout: 10_000 }).toBe(true);

    await page.getByRole('button', { name: 'Ondertekenen' }).first().click();
    await page.getByText(/Ondertekend door Sara Voorbeeld/).waitFor();
    await page.getByRole('button', { name: 'Ondertekenen' }).click();
    await page.getByText('Afgerond en ondertekend. Deze audit kan niet meer gewijzigd worden.').waitFor();

    const audits = await callApi(server, 'listAudits', {});
    const audit = audits.body.value.find((a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === 'DEMO-OCJ-2024-017');
    expect(audit.status).toBe('completed');
    const revealed = await callApi(server, 'getRevealed', { auditId: audit.id });
    expect(revealed.body.value.notes.map((n: { text: string }) => n.text).sort()).toEqual(Object.values(notes).sort());

    // A change after sign-off is refused with a clear message, and nothing changes.
    const refused = await callApi(server, 'saveNote', { auditId: audit.id, scope: 'audit', column: 'next', text: 'later' });
    expect(refused.body.error.code).toBe('audit_locked');
    expect(await page.getByLabel('Wat moet er gebeuren / volgende stappen').getAttribute('readonly')).not.toBeNull();
    const after = await callApi(server, 'getRevealed', { auditId: audit.id });
    expect(after.body.value.notes).toEqual(revealed.body.value.notes);
  });
});
