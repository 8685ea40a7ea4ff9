/**
 * Text a person typed is shown isolated: a visible name that ends in RIGHT-TO-LEFT OVERRIDE (U+202E) is kept and
 * shown as typed, but it cannot reverse the text after it in the same line (the separator and the other name on
 * the home page, the role after it on the audit page, the reason after a name in the reopening history).
 * Checked in the DOM (the name sits in an element with `unicode-bidi: isolate`) and by where Chromium actually
 * draws each letter of the text that follows: left to right. CASUSAUDIT_SHOTS=<folder> keeps screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer({});
const SHOTS = process.env.CASUSAUDIT_SHOTS;
const RLO_NAME = 'Anna Peeters\u202E';

async function api(op: string, args: unknown) {
  const r = await callApi(env.server, op, args);
  if (!r.body.ok) throw new Error(`${op}: ${JSON.stringify(r.body.error)}`);
  return r.body.value;
}

/** The computed unicode-bidi of the element holding exactly `text`, inside `scope`. */
const isolationOf = (scope: Locator, text: string) =>
  scope.evaluate((el, t) => {
    const holder = [...el.querySelectorAll('*')].find((e) => e.textContent === t);
    return holder ? getComputedStyle(holder).unicodeBidi : 'no element holds the text alone';
  }, text);

/**
 * The left edge of each letter of `word`, as drawn, where it occurs in `scope`'s text after `after`: increasing
 * means the word reads left to right on screen; decreasing means it was reversed.
 */
const drawnLefts = (scope: Locator, after: string, word: string) =>
  scope.evaluate(
    (el, [a, w]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seenAfter = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!seenAfter && text.includes(a!)) seenAfter = true;
        const at = seenAfter ? text.indexOf(w!) : -1;
        if (at < 0 || (text.includes(a!) && at < text.indexOf(a!))) continue;
        return [...w!].map((_, i) => {
          const range = document.createRange();
          range.setStart(n!, at + i);
          range.setEnd(n!, at + i + 1);
          return range.getBoundingClientRect().left;
        });
      }
      return [];
    },
    [after, word],
  );
const isLeftToRight = (lefts: number[]) => lefts.length > 1 && lefts.every((x, i) => i === 0 || x > lefts[i - 1]!);

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

it('shows a name ending in U+202E as typed, without reversing the text after it', async () => {
  const anna = await api('createPerson', { name: RLO_NAME, role: 'consulent' });
  expect(anna.name).toBe(RLO_NAME); // kept byte for byte
  const rik = await api('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' });
  const file = await api('createCaseFile', { dossierCode: 'BIDI-2026-001', service: 'OCJ' });
  await api('createAudit', { caseFileId: file.id, consultantId: anna.id, reviewerId: rik.id });

  const page = await newPage(env.browser);
  await page.goto(env.server.url);

  // Home: "Anna Peeters‮ · Rik Reviewer" in one cell (the first; the next step names them again).
  const cell = page.locator('td', { hasText: 'Rik Reviewer' }).first();
  await cell.waitFor();
  expect(await cell.textContent()).toBe(`${RLO_NAME} · Rik Reviewer`);
  expect(await isolationOf(cell, RLO_NAME)).toBe('isolate');
  const rikLefts = await drawnLefts(cell, '·', 'Reviewer');
  expect(rikLefts, 'the other name after the separator reads left to right').toHaveLength(8);
  expect(isLeftToRight(rikLefts)).toBe(true);
  // "Wacht op Anna Peeters‮ en Rik Reviewer: scoren": the names are isolated, the words after them stay in order.
  const next = page.locator('.audits-table__next');
  expect(await isolationOf(next, RLO_NAME)).toBe('isolate');
  expect(isLeftToRight(await drawnLefts(next, ' en ', 'scoren'))).toBe(true);
  await shot(page, 'user-text-home');

  // Audit page: "Anna Peeters‮ (consulent), Rik Reviewer (teamverantwoordelijke)".
  await page.getByRole('button', { name: 'Audit BIDI-2026-001 openen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit dossier BIDI-2026-001' }).waitFor();
  const participants = page.locator('dd', { hasText: 'Rik Reviewer' });
  expect(await isolationOf(participants, RLO_NAME)).toBe('isolate');
  expect(isLeftToRight(await drawnLefts(participants, '(', 'consulent'))).toBe(true);
  // The seat and the button to start scoring name her exactly as typed.
  await page.getByRole('button', { name: `Scoren als ${RLO_NAME}`, exact: true }).waitFor();
  const seat = page.locator('.seat', { hasText: 'Consulent' }).first();
  expect(await isolationOf(seat, RLO_NAME)).toBe('isolate');
  await shot(page, 'user-text-audit');
  await page.context().close();
});
