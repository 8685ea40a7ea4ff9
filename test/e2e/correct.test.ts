/**
 * Correcting details from the audit page in the real renderer: a dossier code (with letters with accents) and the
 * audit date, seen on the audit page and in the PDF; focus on the form's heading, Cancel goes back; axe clean. And the
 * nudge for a code that looks like a child's name, which can still be saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { readPdf } from '../report/pdfText';
import {
  axeSeriousViolations,
  callApi,
  launchBrowser,
  newPage,
  startServer,
  tempDbPath,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const dbPath = tempDbPath('correct');
  const backend = openBackend(dbPath);
  // In conversation, not yet signed: it can be corrected, and its PDF (a draft) can be made.
  seedCompletedAuditDemo(backend.db, { dossierCode: 'CORR-OCJ-2026-001', signOff: false });
  backend.close();
  server = await startServer({ dbPath });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function openCorrection(page: Page) {
  await page.getByRole('button', { name: 'Gegevens aanpassen' }).click();
  await heading(page, 'Gegevens aanpassen').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'correct-title');
}

describe('Gegevens aanpassen', () => {
  it('corrects a dossier code and an audit date, shown on the audit page and in the PDF', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: /CORR-OCJ-2026-001/ }).click();
    await heading(page, /CORR-OCJ-2026-001/).waitFor();
    // Where the conversation's notes are written, once: everything written ends up on the PDF.
    await page.locator('.privacy-hint').waitFor();
    expect(await page.getByText('Alles wat je hier schrijft, komt op de PDF.').count()).toBe(1);

    await openCorrection(page);
    expect(await focusedId(page)).toBe('correct-title');
    await page.getByLabel('Dossiernummer of code').waitFor();
    expect(await axeSeriousViolations(page)).toEqual([]);
    // Cancel goes back to the audit, changing nothing.
    await page.getByRole('button', { name: 'Annuleren' }).first().click();
    await heading(page, /CORR-OCJ-2026-001/).waitFor();

    await openCorrection(page);
    // The same nudge as on creation, and none for a code with a place name in it.
    const code = page.getByLabel('Dossiernummer of code');
    await code.fill('Jan Peeters 7');
    await page.locator('.field__warning').filter({ hasText: 'Dit lijkt op een naam' }).waitFor();
    await code.fill('OCJ-Brussel-ëï-0042');
    await page.locator('.field__warning:empty').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Dossier bewaren' }).click();
    await heading(page, 'Audit dossier OCJ-Brussel-ëï-0042').waitFor();

    await openCorrection(page);
    // Typed day first, as everywhere; the second participant's role is corrected in the same form.
    await page.getByLabel('Datum van de audit').fill('14/02/2026');
    await page.getByRole('radio', { name: 'Groepscoördinator' }).check();
    await page.getByRole('button', { name: 'Audit bewaren' }).click();
    await heading(page, /OCJ-Brussel-ëï-0042/).waitFor();
    await page.locator('.context-list dd').filter({ hasText: '(groepscoördinator)' }).waitFor();
    await page
      .locator('.context-list dd')
      .filter({ hasText: /14 februari 2026|14\/02\/2026/ })
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /PDF-samenvatting maken/ }).click(),
    ]);
    const file = path.join(path.dirname(server.dbPath), 'corrected.pdf');
    await download.saveAs(file);
    const text = (await readPdf(new Uint8Array(fs.readFileSync(file)))).map((p) => p.text).join('\n');
    expect(text).toContain('OCJ-Brussel-ëï-0042');
    expect(text).not.toContain('CORR-OCJ-2026-001');
    expect(text).toMatch(/14 februari 2026|14\/02\/2026/);
    expect(text).toContain('groepscoördinator');
    await page.context().close();
  });

  it('warns when a new dossier code looks like a name, and still saves it', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Nieuw dossier' }).first().click();
    const code = page.getByLabel('Dossiernummer of code');
    await code.fill('OCJ-2026-017');
    const warning = page.locator('.field__warning');
    expect(await warning.textContent()).toBe('');
    await code.fill('Lotte Janssens 2015');
    await warning.filter({ hasText: 'Dit lijkt op een naam of een geboortejaar' }).waitFor();
    // The warning describes the field, so a screen reader reads it with the field.
    const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await warning.getAttribute('id'));
    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByRole('status').filter({ hasText: 'Dossier Lotte Janssens 2015 is aangemaakt' }).waitFor();
    await page.context().close();
  });
});

describe('the PDF hint where reasons are written', () => {
  it('shows once, on the first scoring step only', async () => {
    const made = async (op: string, args: unknown) => (await callApi(server, op, args)).body.value as { id: number };
    const consultant = await made('createPerson', { name: 'Mira Hint', role: 'consulent' });
    const reviewer = await made('createPerson', { name: 'Tom Hint', role: 'teamverantwoordelijke' });
    const caseFile = await made('createCaseFile', { dossierCode: 'HINT-2026-5', service: 'SDJ' });
    await made('createAudit', { caseFileId: caseFile.id, consultantId: consultant.id, reviewerId: reviewer.id });
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: /HINT-2026-5/ }).click();
    await page.getByRole('button', { name: 'Scoren als Mira Hint' }).click();
    await page.getByRole('button', { name: 'Ja, ik ben Mira Hint' }).click();
    await page.locator('.privacy-hint').waitFor();
    expect(await page.getByText('Alles wat je hier schrijft, komt op de PDF.').count()).toBe(1);
    await page.getByRole('button', { name: /^Volgende/ }).click();
    await page.getByText('Stap 2 van').waitFor();
    expect(await page.locator('.privacy-hint').count()).toBe(0);
    await page.context().close();
  });
});
