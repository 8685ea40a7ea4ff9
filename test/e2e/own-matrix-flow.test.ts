/**
 * Issue 14, end to end: a spreadsheet of three principles that the test builds is imported on the Matrices screen,
 * an audit is started on it on "Nieuwe audit", the consultant scores its questions by keyboard in the scoring
 * screen, the second participant scores through the same HTTP API the screens use, both reveal and sign, and the PDF
 * made by the audit page's button contains the matrix's own questions.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { threePrinciples, workbookBytes } from '../support/matrixSheet';
import { callApi, newPage, tempDbPath, useBrowserAndServer } from './harness';

const dbPath = tempDbPath('own-matrix-flow');
const env = useBrowserAndServer({ dbPath });
const CODE = 'EIGEN-OCJ-2026-014';
// The question titles the spreadsheet gives (test/support/matrixSheet.ts), and the overall scale's.
const QUESTIONS = ['betrokkenheid', 'betrokkenheid', 'netwerkkracht', 'helderheid', 'helderheid'].map(
  (p, i) => `Vraag ${i + 1} over ${p}`,
);

async function api(op: string, args: unknown) {
  const r = await callApi(env.server, op, args);
  expect(r.body.ok, `${op}: ${JSON.stringify(r.body.error)}`).toBe(true);
  return r.body.value;
}

it('imports a spreadsheet matrix, runs an audit on it to the signed PDF that holds its questions', async () => {
  const consultant = await api('createPerson', { name: 'Mira Matrix', role: 'consulent' });
  const reviewer = await api('createPerson', { name: 'Tom Team', role: 'teamverantwoordelijke' });
  await api('createCaseFile', { dossierCode: CODE, service: 'OCJ' });

  const page = await newPage(env.browser);
  page.setDefaultTimeout(15_000);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Matrices' }).click();
  const xlsx = path.join(path.dirname(dbPath), 'onze-matrix.xlsx');
  fs.writeFileSync(xlsx, await workbookBytes(threePrinciples('onze-matrix')));
  await page.getByLabel('Bestand (.xlsx of .json)').setInputFiles(xlsx);
  await page.getByRole('button', { name: 'Importeren' }).click();
  await page.getByRole('cell', { name: 'Onze eigen matrix', exact: false }).first().waitFor();

  await page.getByRole('button', { name: 'Nieuwe audit', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe audit' }).waitFor();
  const matrix = page.getByLabel('Matrix', { exact: true });
  await matrix.selectOption({ label: 'Onze eigen matrix, versie 1' });
  await page.getByLabel('Dossier', { exact: true }).selectOption({ label: `${CODE} · OCJ` });
  await page
    .getByLabel('Consulent (dossierhouder)', { exact: true })
    .selectOption({ label: 'Mira Matrix (consulent)' });
  await page
    .getByLabel('Tweede deelnemer', { exact: true })
    .selectOption({ label: 'Tom Team (teamverantwoordelijke)' });
  await page.getByRole('button', { name: 'Audit starten' }).click();
  await page.getByRole('heading', { level: 1, name: `Audit dossier ${CODE}` }).waitFor();
  const audit = (await api('listAudits', {})).find(
    (a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === CODE,
  );
  const template = (await api('getTemplate', { id: audit.template.id })).content;
  expect(template.principles.map((p: { key: string }) => p.key)).toEqual([
    'betrokkenheid',
    'netwerkkracht',
    'helderheid',
  ]);
  const keys: string[] = [
    ...template.principles.flatMap((p: { items: { key: string }[] }) => p.items.map((i) => i.key)),
    template.overall.key,
  ];

  // The consultant scores every question of the own matrix by keyboard: a digit, then Enter.
  await page.getByRole('button', { name: 'Scoren als Mira Matrix', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Mira Matrix', exact: true }).click();
  await page.locator(`article[data-item="${keys[0]}"]`).getByText(QUESTIONS[0]!).waitFor();
  await page.locator(`article[data-item="${keys[0]}"] input[type="radio"]`).first().focus();
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(String(3 + (i % 6)));
    await expect
      .poll(() => page.locator(`article[data-item="${key}"] input[value="${3 + (i % 6)}"]`).isChecked())
      .toBe(true);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { level: 1, name: 'Nakijken en indienen' }).waitFor();
  await api('submitRatings', { auditId: audit.id, rater: 'consultant', confirmGaps: false });

  // The second participant, through the same API the screens use.
  for (const [i, key] of keys.entries())
    await api('saveRating', {
      auditId: audit.id,
      rater: 'reviewer',
      itemKey: key,
      score: 4 + (i % 5),
      notApplicable: false,
      naReason: '',
      rationale: '',
    });
  await api('submitRatings', { auditId: audit.id, rater: 'reviewer', confirmGaps: false });
  await api('reveal', { auditId: audit.id });
  await api('signOff', { auditId: audit.id, rater: 'consultant', name: consultant.name });
  await api('signOff', { auditId: audit.id, rater: 'reviewer', name: reviewer.name });

  await page.reload();
  await page.getByRole('button', { name: `Audit ${CODE} openen` }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /PDF-samenvatting maken/ }).click(),
  ]);
  const pdf = path.join(path.dirname(dbPath), 'onze-matrix.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const q of QUESTIONS) expect(text, q).toContain(q);
  expect(text).toContain('Betrokkenheid van het gezin');
  expect(text).not.toContain('concept');

  // No longer offered for new audits: still listed and readable for this audit, gone from "Nieuwe audit".
  await page.getByRole('button', { name: 'Matrices' }).click();
  const row = page.getByRole('row', { name: /Onze eigen matrix/ });
  await row.getByRole('button', { name: 'Onze eigen matrix, versie 1 niet meer aanbieden voor nieuwe audits' }).click();
  await row.getByText('Niet meer aangeboden').waitFor();
  await page
    .getByRole('row', { name: /standaardmatrix/ })
    .getByText('Standaard voor nieuwe audits')
    .waitFor();
  await page.getByRole('button', { name: 'Nieuwe audit', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe audit' }).waitFor();
  await page.getByLabel('Dossier', { exact: true }).waitFor();
  expect(await page.getByLabel('Matrix', { exact: true }).count()).toBe(0);
  expect((await api('getAudit', { id: audit.id })).template.id).toBe(audit.template.id);
  await page.context().close();
});
