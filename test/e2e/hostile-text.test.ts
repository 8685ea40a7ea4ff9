/**
 * Stored text is shown as text, never interpreted as HTML: markup and script-like strings saved through the API
 * appear literally on every screen that shows them, and create no element and run no code.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callApi, launchBrowser, newPage, startServer, type RunningServer } from './harness';

const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  svg: '<svg onload="window.__pwned=3"></svg>',
  bold: '<b id="injected">vet</b> &amp; <a href="javascript:window.__pwned=4">klik</a>',
};

let browser: Browser;
let s: RunningServer;
beforeAll(async () => {
  browser = await launchBrowser();
  s = await startServer();
});
afterAll(async () => {
  await s?.stop();
  await browser?.close();
});

async function api(op: string, args: unknown) {
  const r = await callApi(s, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

/** Elements the hostile strings would have created, anywhere in the document's body. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    elements: document.querySelectorAll('body img, body script, body svg[onload], #injected, a[href^="javascript:"]')
      .length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
  }));

it('shows markup and script-like strings literally, creating no element and running nothing', async () => {
  const consultant = await api('createPerson', { name: HOSTILE.img, role: 'consulent' });
  const reviewer = await api('createPerson', { name: HOSTILE.script, role: 'teamverantwoordelijke' });
  const file = await api('createCaseFile', {
    dossierCode: 'OCJ-2026-001',
    service: 'OCJ',
    region: HOSTILE.svg,
    peopleInvolved: HOSTILE.bold,
    complicatingFactors: HOSTILE.img,
  });
  const audit = await api('createAudit', { caseFileId: file.id, consultantId: consultant.id, reviewerId: reviewer.id });
  const template = (await api('getTemplate', { id: audit.template.id })).content;
  const firstItem = template.principles[0].items[0].key;
  await api('saveRating', {
    auditId: audit.id,
    rater: 'consultant',
    itemKey: firstItem,
    score: 6,
    notApplicable: false,
    naReason: '',
    rationale: HOSTILE.script + HOSTILE.img,
  });

  const page = await newPage(browser);
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await page.goto(s.url);

  // Home: the names appear as typed.
  await page.getByText(`${HOSTILE.img} · ${HOSTILE.script}`).waitFor();
  expect(await injected(page)).toEqual({ elements: 0, pwned: null });

  // Audit page: participants and case context.
  await page.getByRole('button', { name: 'Audit OCJ-2026-001 openen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit dossier OCJ-2026-001' }).waitFor();
  for (const d of await page.locator('details').all())
    await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  for (const text of [HOSTILE.svg, HOSTILE.bold]) await page.getByText(text, { exact: true }).first().waitFor();
  expect(await page.locator('main').textContent()).toContain(HOSTILE.img);
  expect(await injected(page)).toEqual({ elements: 0, pwned: null });

  // Scoring: the stored rationale comes back into the text box as plain text.
  await page.getByRole('button', { name: `Scoren als ${HOSTILE.img}`, exact: true }).click();
  await page.getByRole('button', { name: `Ja, ik ben ${HOSTILE.img}`, exact: true }).click();
  const iAm = page.getByRole('button', { name: `Ik ben ${HOSTILE.img}: ik begin te scoren`, exact: true });
  if (await iAm.isVisible().catch(() => false)) await iAm.click();
  await page.locator('textarea').first().waitFor();
  await expect
    .poll(() => page.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
    .toContain(HOSTILE.script + HOSTILE.img);
  expect(await injected(page)).toEqual({ elements: 0, pwned: null });
  expect(alerts).toEqual([]);
  await page.context().close();
});
