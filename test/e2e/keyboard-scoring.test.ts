/**
 * Scoring a whole 21-item audit by keyboard alone, counting every key pressed: a digit picks the score (End gives
 * 10) and Enter moves to the next question, also across steps, so each question takes two keys. The scores are read
 * back through the API; the chosen radio keeps focus, so a screen reader announces the score.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer({ demo: false });

async function api(op: string, args: unknown) {
  const r = await callApi(env.server, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

interface Template {
  principles: { items: { key: string }[] }[];
  overall: { key: string };
}

/** The item key and input of the focused element, if it is in an item card. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { item: el?.closest('article[data-item]')?.getAttribute('data-item') ?? null, type: el?.type ?? null };
  });

/** Presses Tab until focus is on a score of `itemKey`; returns how many presses it took. */
async function tabToScore(page: Page, itemKey: string): Promise<number> {
  for (let n = 0; n < 20; n++) {
    const f = await focused(page);
    if (f.item === itemKey && f.type === 'radio') return n;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no score of ${itemKey} within 20 Tab presses`);
}

it('scores all 21 questions with a digit and Enter each, stored as typed', async () => {
  const consultant = await api('createPerson', { name: 'Lotte Vermeersch', role: 'consulent' });
  const reviewer = await api('createPerson', { name: 'Joris Declercq', role: 'teamverantwoordelijke' });
  const file = await api('createCaseFile', { dossierCode: 'OCJ-2026-321', service: 'OCJ', region: 'Limburg' });
  const audit = await api('createAudit', { caseFileId: file.id, consultantId: consultant.id, reviewerId: reviewer.id });
  const template = (await api('getTemplate', { id: audit.template.id })).content as Template;
  const keys = [...template.principles.flatMap((p) => p.items.map((i) => i.key)), template.overall.key];
  expect(keys).toHaveLength(21);
  const firstOfStep = new Set([...template.principles.map((p) => p.items[0]!.key), template.overall.key]);
  const plan = (i: number) => [7, 0, 10, 3, 8, 10, 5, 9, 1, 6, 4][i % 11]!;

  const page = await newPage(env.browser);
  page.setDefaultTimeout(10_000);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit OCJ-2026-321 openen' }).click();
  await page.getByRole('button', { name: 'Scoren als Lotte Vermeersch', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Lotte Vermeersch', exact: true }).click();
  await page.locator(`article[data-item="${keys[0]}"]`).waitFor();
  // The keys are written on the screen.
  await page
    .getByText(/typ een cijfer van 0 tot 9/i)
    .first()
    .waitFor();
  // Reaching the first score from wherever the screen put focus (reported, not part of the per-question count).
  const toFirst = await tabToScore(page, keys[0]!);

  const perQuestion: number[] = [];
  for (const [i, key] of keys.entries()) {
    expect(await focused(page), `focus before question ${i + 1}`).toMatchObject({ item: key, type: 'radio' });
    const score = plan(i);
    await page.keyboard.press(score === 10 ? 'End' : String(score));
    const card = page.locator(`article[data-item="${key}"]`);
    // The chosen score is checked and has focus (what a screen reader announces).
    await expect.poll(() => card.locator(`input[value="${score}"]`).isChecked()).toBe(true);
    expect(await card.locator(`input[value="${score}"]`).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    perQuestion.push(2);
    const next = keys[i + 1];
    if (next) await expect.poll(() => focused(page).then((f) => f.item)).toBe(next);
    // Entering a new step, the scale that has focus is named with the step's heading (what a screen reader says).
    if (next && firstOfStep.has(next)) {
      const label = await page.evaluate(() =>
        document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-labelledby'),
      );
      expect(label?.split(' ')[0]).toBe('scoring-title');
    }
  }
  await page.getByRole('heading', { level: 1, name: 'Nakijken en indienen' }).waitFor();
  await page.getByText('Alle vragen hebben een antwoord. Mooi werk.').waitFor();
  const total = perQuestion.reduce((a, b) => a + b, 0);
  console.info(`keyboard scoring: ${total} keys for ${keys.length} questions (+${toFirst} Tab to the first score)`);
  expect(Math.max(...perQuestion)).toBeLessThanOrEqual(2);

  // Stored as typed (the rater's own session shows their answers while scoring).
  const session = await api('startScoring', { auditId: audit.id, rater: 'consultant' });
  const stored = new Map((session.ratings as { itemKey: string; score: number | null }[]).map((r) => [r.itemKey, r]));
  keys.forEach((key, i) => expect(stored.get(key)?.score, key).toBe(plan(i)));
  await page.context().close();
});

it('Tab from a chosen score goes to its note; not applicable stays reachable and gets one reason box', async () => {
  const consultant = await api('createPerson', { name: 'Ines Maes', role: 'consulent' });
  const reviewer = await api('createPerson', { name: 'Koen Peeters', role: 'teamverantwoordelijke' });
  const file = await api('createCaseFile', { dossierCode: 'OCJ-2026-322', service: 'OCJ', region: 'Limburg' });
  const audit = await api('createAudit', {
    caseFileId: file.id,
    consultantId: consultant.id,
    reviewerId: reviewer.id,
  });
  const page = await newPage(env.browser);
  page.setDefaultTimeout(10_000);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit OCJ-2026-322 openen' }).click();
  await page.getByRole('button', { name: 'Scoren als Ines Maes', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Ines Maes', exact: true }).click();
  const template = (await api('getTemplate', { id: audit.template.id })).content as Template;
  const keys = [...template.principles.flatMap((p) => p.items.map((i) => i.key)), template.overall.key];
  const target = keys.indexOf('assessment.gevaarsboodschap');
  await page.locator(`article[data-item="${keys[0]}"]`).waitFor();
  await tabToScore(page, keys[0]!);
  // Enter without a score moves on as well (into the next step when a step ends).
  for (let i = 1; i <= target; i++) {
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.item)).toBe(keys[i]);
  }
  const card = page.locator(`article[data-item="${keys[target]}"]`);
  await page.keyboard.press('6');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.type('Goed netwerk');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
  await page.keyboard.press('Space');
  // One reason box, carrying what was written; the "why this number?" box is gone.
  await card.getByLabel('Waarom niet van toepassing?').waitFor();
  expect(await card.locator('textarea, input[type="text"]').count()).toBe(1);
  expect(await card.getByLabel('Waarom niet van toepassing?').inputValue()).toBe('Goed netwerk');
  await page.context().close();
});
