/**
 * Blind scoring end to end in Chromium, in Dutch: the consultant scores the whole default matrix (mouse, and the
 * keyboard's digits for one principle), writes a long rationale and one N/A, submits; the hand-over screen shows
 * nothing of it; the reviewer scores and submits. After a server restart on the same file, everything is there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callApi, launchBrowser, newPage, startServer, type RunningServer } from './harness';

const CONSULTANT = 'Lotte Vermeersch';
const REVIEWER = 'Joris Declercq';
const CODE = 'OCJ-2026-042';

/** Exactly 2,000 UTF-16 code units of Dutch with diacritics, curly quotes, an en dash, a newline and an emoji. */
function longText(): string {
  const phrase =
    'De consulënte ging in gesprek met de ouders over ‘wat gaat goed’ – en het kind tekende zijn drie huizen 🙂. Ook de grootmoeder (naïef maar betrokken) was er. \n';
  let s = '';
  while (s.length + phrase.length <= 2000) s += phrase;
  s += 'é'.repeat(2000 - s.length);
  return s;
}
const LONG = longText();

let browser: Browser;
let server: RunningServer | null = null;

async function api(s: RunningServer, op: string, args: unknown) {
  const r = await callApi(s, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

interface Template {
  principles: { key: string; items: { key: string; allowNotApplicable: boolean }[] }[];
  overall: { key: string; allowNotApplicable: boolean };
}

/** Clicks a score on an item's scale (the visible label around the radio). */
async function clickScore(page: Page, itemKey: string, score: number) {
  await page
    .locator(`article[data-item="${itemKey}"] label.scale__option`)
    .filter({ has: page.locator(`input[value="${score}"]`) })
    .click();
  await expect
    .poll(() => page.locator(`article[data-item="${itemKey}"] input[value="${score}"]`).isChecked())
    .toBe(true);
}

/** Scores one whole pass as one rater; returns the planned answers. */
async function scoreEverything(
  page: Page,
  template: Template,
  plan: (itemKey: string, index: number) => number,
  extras: { long?: string; naKey?: string; naReason?: string; keyboardPrinciple?: string } = {},
) {
  const steps = [
    ...template.principles.map((p) => ({ key: p.key, items: p.items.map((i) => i.key) })),
    { key: 'overall', items: [template.overall.key] },
  ];
  let n = 0;
  for (const [stepIndex, step] of steps.entries()) {
    await page.locator(`article[data-item="${step.items[0]}"]`).waitFor();
    for (const key of step.items) {
      const index = n++;
      const card = page.locator(`article[data-item="${key}"]`);
      if (key === extras.naKey) {
        await card.getByRole('checkbox', { name: /Niet van toepassing/ }).check();
        await card.getByLabel('Waarom niet van toepassing?').fill(extras.naReason ?? '');
        continue;
      }
      const score = plan(key, index);
      if (step.key === extras.keyboardPrinciple) {
        // Keyboard: focus a radio of this scale and type the digit (End gives 10).
        await card.locator('input[type="radio"]').first().focus();
        await page.keyboard.press(score === 10 ? 'End' : String(score));
        await expect.poll(() => card.locator(`input[value="${score}"]`).isChecked()).toBe(true);
        await expect
          .poll(() => card.locator(`input[value="${score}"]`).evaluate((el) => el === document.activeElement))
          .toBe(true);
      } else {
        await clickScore(page, key, score);
      }
      if (index === 0 && extras.long) await card.getByLabel('Waarom dit cijfer?').fill(extras.long);
    }
    const last = stepIndex === steps.length - 1;
    await page.getByRole('button', { name: last ? 'Naar nakijken' : 'Volgende stap', exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Nakijken en indienen' }).waitFor();
  await page.getByText('Alle vragen hebben een antwoord. Mooi werk.').waitFor();
  await page.getByRole('button', { name: 'Indienen', exact: true }).click();
}

it('two raters score blind, hand over, and everything survives a restart byte for byte', async () => {
  const s = server!;
  const consultant = await api(s, 'createPerson', { name: CONSULTANT, role: 'consulent' });
  const reviewer = await api(s, 'createPerson', { name: REVIEWER, role: 'teamverantwoordelijke' });
  const file = await api(s, 'createCaseFile', { dossierCode: CODE, service: 'OCJ', region: 'Oost-Vlaanderen' });
  const audit = await api(s, 'createAudit', {
    caseFileId: file.id,
    consultantId: consultant.id,
    reviewerId: reviewer.id,
  });
  const template = (await api(s, 'getTemplate', { id: audit.template.id })).content as Template;
  const allKeys = [...template.principles.flatMap((p) => p.items.map((i) => i.key)), template.overall.key];
  expect(allKeys).toHaveLength(21);
  const naKey = template.principles.flatMap((p) => p.items).find((i) => i.allowNotApplicable)!.key;
  const naReason = 'Het kind is nog een baby; dit gebeurde via de grootouders – zie verslag 🙂';
  const keyboardPrinciple = template.principles[1]!.key;
  // Consultant: varied scores including 0 and 10 (10 by keyboard in the keyboard principle).
  const consultantPlan = (_k: string, i: number) => [7, 0, 10, 3, 8, 10, 5, 9, 1, 6][i % 10]!;
  const reviewerPlan = (_k: string, i: number) => (i * 3) % 11;

  const page = await newPage(browser);
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(s.url);
  await page.getByRole('button', { name: `Audit ${CODE} openen` }).click();
  await page.getByRole('heading', { level: 1, name: `Audit dossier ${CODE}` }).waitFor();
  await page.getByRole('button', { name: `Scoren als ${CONSULTANT}`, exact: true }).click();
  // No seat opens with one click: the dialog names the rater (test/e2e/seats.test.ts).
  await page.getByRole('button', { name: `Ja, ik ben ${CONSULTANT}`, exact: true }).click();
  await page.getByText(`Je scoort als ${CONSULTANT}`).waitFor();

  await scoreEverything(page, template, consultantPlan, { long: LONG, naKey, naReason, keyboardPrinciple });

  // Hand-over: nothing of the consultant's answers is on screen or anywhere in the DOM.
  await page
    .getByRole('heading', { level: 1, name: `Geef de laptop aan ${REVIEWER}` })
    .waitFor()
    .catch(async (err: unknown) => {
      await page.screenshot({ path: '/tmp/tests2-fail.png', fullPage: true });
      throw err;
    });
  const html = await page.content();
  expect(html).not.toContain(LONG.slice(0, 60));
  expect(html).not.toContain('grootmoeder');
  expect(html).not.toContain(naReason.slice(0, 20));
  expect(await page.locator('textarea, input[type="radio"]').count()).toBe(0);
  await page.screenshot({ path: '/tmp/tests2-handover.png' });

  await page.getByRole('button', { name: `Ik ben ${REVIEWER}: ik begin te scoren`, exact: true }).click();
  await page.getByText(`Je scoort als ${REVIEWER}`).waitFor();
  // The reviewer starts from an empty matrix: no checked radio, no text.
  await page.locator('article[data-item]').first().waitFor();
  expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
  expect(
    await page.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join('')),
  ).toBe('');
  expect(await page.content()).not.toContain('grootmoeder');

  await scoreEverything(page, template, reviewerPlan);
  await page.getByRole('heading', { level: 1, name: 'Jullie hebben allebei ingediend' }).waitFor();
  expect(errors).toEqual([]);
  await page.context().close();

  // Restart on the same database file.
  await s.stop();
  server = await startServer({ dbPath: s.dbPath });
  const again = server;
  expect((await api(again, 'getAudit', { id: audit.id })).status).toBe('ready');
  expect((await api(again, 'reveal', { auditId: audit.id })).status).toBe('conversation');
  const revealed = await api(again, 'getRevealed', { auditId: audit.id });

  const c = new Map(
    (
      revealed.ratings.consultant as {
        itemKey: string;
        score: number | null;
        notApplicable: boolean;
        naReason: string;
        rationale: string;
      }[]
    ).map((r) => [r.itemKey, r]),
  );
  const r = new Map(
    (revealed.ratings.reviewer as { itemKey: string; score: number | null }[]).map((x) => [x.itemKey, x]),
  );
  expect([...c.keys()].sort()).toEqual([...allKeys].sort());
  expect([...r.keys()].sort()).toEqual([...allKeys].sort());
  allKeys.forEach((key, i) => {
    if (key === naKey) expect(c.get(key)).toMatchObject({ score: null, notApplicable: true, naReason });
    else expect(c.get(key)?.score, `consultant ${key}`).toBe(consultantPlan(key, i));
    expect(r.get(key)?.score, `reviewer ${key}`).toBe(reviewerPlan(key, i));
  });
  const stored = c.get(allKeys[0]!)!.rationale;
  expect(stored.length).toBe(2000);
  expect(Buffer.from(stored, 'utf8').equals(Buffer.from(LONG, 'utf8'))).toBe(true);
});
