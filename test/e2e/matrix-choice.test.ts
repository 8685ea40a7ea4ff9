/**
 * Choosing a matrix in Chromium (issue 14 item 3, ADR 0016): with the organisation's own matrix beside the built-in
 * one, "Nieuwe audit" offers both with a preview of the questions; an audit started on the own matrix scores its
 * questions and names it; the default chosen on the backups screen is preselected for the next new audit.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { templatesRepository } from '../../db/repositories/templates';
import type { TemplateContent } from '../../shared/domain/template';
import { ok } from '../support/results';
import { axeSeriousViolations, newPage, tempDbPath, useBrowserAndServer } from './harness';

const CODE = 'EIGEN-OCJ-2026-001';
const OWN = 'Onze eigen matrix';
const QUESTION = 'Hoe vertelde het kind zelf wat er thuis gebeurt?';
const dbPath = tempDbPath('matrix-choice');
{
  const backend = openBackend(dbPath);
  ok(backend.dispatch('createPerson', { name: 'Sara Eigen', role: 'consulent' }));
  ok(backend.dispatch('createPerson', { name: 'Lea Eigen', role: 'teamverantwoordelijke' }));
  ok(backend.dispatch('createCaseFile', { dossierCode: CODE, service: 'OCJ' }));
  const base = ok<{ content: TemplateContent }>(backend.dispatch('getTemplate', { id: 1 })).content;
  const first = base.principles[0]!;
  const own: TemplateContent = {
    ...base,
    slug: 'eigen-matrix',
    name: { nl: OWN, en: 'Our own matrix' },
    principles: [
      { ...first, items: [{ ...first.items[0]!, key: 'eigen.stem-kind', title: { nl: QUESTION, en: QUESTION } }] },
      base.principles[1]!,
    ],
  };
  templatesRepository(backend.db).insert(own, new Date().toISOString());
  backend.close();
}
const env = useBrowserAndServer({ dbPath });

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function openNewAudit(page: Page): Promise<void> {
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Nieuwe audit', exact: true }).first().click();
  await heading(page, 'Nieuwe audit').waitFor();
}

it('starts an audit on the chosen matrix, with its questions previewed, and scores one of them', async () => {
  const page = await newPage(env.browser);
  await openNewAudit(page);
  const matrix = page.getByLabel('Matrix', { exact: true });
  await expect.poll(() => matrix.inputValue()).not.toBe('');
  expect(await matrix.locator('option:checked').innerText()).toMatch(/\(voor nieuwe audits\)$/);
  await matrix.selectOption({ label: `${OWN}, versie 1` });

  // The preview opens by keyboard and shows the chosen matrix's questions.
  const summary = page.getByText('Bekijk de vragen van deze matrix');
  await summary.focus();
  await page.keyboard.press('Enter');
  const preview = page.getByTestId('matrix-preview');
  await preview.getByText(QUESTION).waitFor();
  expect(await preview.locator('section').count()).toBe(2); // the own matrix's two principles, not the built-in five
  expect(await axeSeriousViolations(page), 'new audit').toEqual([]);

  await page.getByLabel('Dossier', { exact: true }).selectOption({ label: `${CODE} · OCJ` });
  await page.getByLabel('Consulent (dossierhouder)', { exact: true }).selectOption({ label: 'Sara Eigen (consulent)' });
  await page
    .getByLabel('Tweede deelnemer', { exact: true })
    .selectOption({ label: 'Lea Eigen (teamverantwoordelijke)' });
  await page.getByRole('button', { name: 'Audit starten' }).click();
  await heading(page, `Audit dossier ${CODE}`).waitFor();
  await page.getByText(`${OWN}, versie 1`).waitFor();

  await page.getByRole('button', { name: 'Scoren als Sara Eigen', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Sara Eigen', exact: true }).click();
  const card = page.locator('article[data-item="eigen.stem-kind"]');
  await card.getByText(QUESTION).waitFor();
  await card
    .locator('label.scale__option')
    .filter({ has: page.locator('input[value="7"]') })
    .click();
  await expect.poll(() => card.locator('input[value="7"]').isChecked()).toBe(true);
  await page.context().close();
});

it('the default chosen on the backups screen is preselected for the next new audit', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Back-ups' }).click();
  await heading(page, 'Back-up en herstel').waitFor();
  await page.getByRole('combobox', { name: 'Matrix voor nieuwe audits' }).selectOption({ label: `${OWN}, versie 1` });
  await page.getByRole('button', { name: 'Matrix bewaren' }).click();
  await page.getByText(`Nieuwe audits starten voortaan met ${OWN}, versie 1.`).waitFor();
  expect(await axeSeriousViolations(page)).toEqual([]);

  await openNewAudit(page);
  const matrix = page.getByLabel('Matrix', { exact: true });
  await expect.poll(() => matrix.locator('option:checked').innerText()).toBe(`${OWN}, versie 1 (voor nieuwe audits)`);
  await page.context().close();
});
