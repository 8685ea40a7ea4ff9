/**
 * The connection to the app drops while a rater types (here: Chromium aborts every save request for a while).
 * The page says the change is not saved yet and will be tried again by itself; when the connection is back, the
 * newest text lands without the rater doing anything, and the status says so.
 */
import { expect, it } from 'vitest';
import { callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();

it('keeps a change made while saving failed and stores it by itself once saving works again', async () => {
  const page = await newPage(env.browser);
  let offline = false;
  let aborted = 0;
  await page.route('**/api/saveRating', (route) => {
    if (!offline) return route.continue();
    aborted++;
    return route.abort('internetdisconnected');
  });

  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-004 openen' }).click();
  await page.getByRole('button', { name: 'Scoren als Jonas Proef (demo)' }).click();
  await page.getByRole('button', { name: 'Ja, ik ben Jonas Proef (demo)' }).click();
  const card = page.locator('article.item-card').first();
  const itemKey = (await card.getAttribute('data-item'))!;
  await card.locator('input[type="radio"][value="6"]').check({ force: true });
  await card.getByRole('status').getByText('Opgeslagen').waitFor();

  offline = true;
  const why = 'Mama vertelde het zelf, in haar eigen woorden – zie verslag van 3 maart. Ça va: één stap hoger kan.';
  await card.getByLabel('Waarom dit cijfer?').fill(why);
  await card.getByRole('status').getByText('Niet opgeslagen: wordt vanzelf opnieuw geprobeerd').waitFor();
  await expect.poll(() => aborted, { timeout: 10_000 }).toBeGreaterThanOrEqual(2); // it really tried again

  offline = false;
  await card.getByRole('status').getByText('Opgeslagen', { exact: true }).waitFor({ timeout: 30_000 });

  // Stored in the database: read back as this rater, through the API.
  const audits = await callApi(env.server, 'listAudits', {});
  const audit = audits.body.value.find(
    (a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === 'DEMO-OCJ-2025-004',
  );
  const session = await callApi(env.server, 'startScoring', { auditId: audit.id, rater: 'consultant' });
  const rating = session.body.value.ratings.find((r: { itemKey: string }) => r.itemKey === itemKey);
  expect(rating).toMatchObject({ score: 6, rationale: why });
});
