/**
 * From the deliberate reveal to a signed, read-only audit in Chromium: notes in all three columns, an agreed score,
 * an action point, both signatures, a refused edit shown in plain Dutch, reopening with who and why.
 * The comparison screen passes an axe check with no serious or critical violations.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousViolations, callApi, newPage, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();
const SHOTS = process.env.CASUSAUDIT_SHOTS; // a folder to keep screenshots in, when set

async function openDemoAudit(page: Page) {
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Audit DEMO-OCJ-2024-017 openen' }).click();
}

const auditLabel = (column: string) => `Het traject als geheel: ${column}`;

describe('side by side and the conversation', () => {
  it('reveals together, keeps the conversation, signs off, refuses a late edit, and reopens with a reason', async () => {
    const page = await newPage(env.browser);
    await openDemoAudit(page);

    // The reveal is a deliberate step with a confirmation; cancelling keeps the scores closed.
    await page.getByRole('heading', { name: 'Zitten jullie samen? Open dan de scores.' }).waitFor();
    await page.getByRole('button', { name: 'Scores samen openen' }).click();
    await page.getByRole('dialog', { name: 'Zitten jullie samen?' }).waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    const audits = await callApi(env.server, 'listAudits', {});
    const audit = audits.body.value.find(
      (a: { caseFile: { dossierCode: string } }) => a.caseFile.dossierCode === 'DEMO-OCJ-2024-017',
    );
    expect(audit.status).toBe('ready');
    await page.getByRole('button', { name: 'Scores samen openen' }).click();
    await page.getByRole('button', { name: 'Ja, we zitten samen: open de scores' }).click();

    await page.getByRole('heading', { name: 'Naast elkaar' }).waitFor();
    // Keyboard focus lands on the comparison, not on the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('conversation-title');
    // Appreciative order: within each principle, shared strengths come first and say so.
    expect(await page.locator('.conversation-section .conversation-item__context').first().innerText()).toBe(
      'Samen sterk',
    );
    const shown = await page.locator('main').innerText();
    expect(shown).toContain('Amai, chapeau: de Drie huizen van de oudste zitten mooi in het dossier.');
    expect(shown).toContain('niet van toepassing');
    expect(shown).toMatch(/Jullie kijken hier anders naar: \d+ punten? verschil\./);
    expect(shown).not.toMatch(/fout|onvoldoende|slecht/i);
    // Both markers on one line, with a text alternative naming both people.
    const line = page.getByRole('img', { name: /Sara Voorbeeld \(demo\): \d+\. Lea Testmans \(demo\): \d+\./ }).first();
    expect(await line.locator('circle.mark--consultant').count()).toBe(1);
    expect(await line.locator('rect.mark--reviewer').count()).toBe(1);
    // The overview has a table for screen readers with one row per principle plus the overall scale.
    const table = page.getByRole('table', { name: 'Gemiddelde score per uitgangspunt, voor jullie allebei' });
    expect(await table.locator('tbody tr').count()).toBe(5);

    if (SHOTS) await page.screenshot({ path: `${SHOTS}/conversation-top.png` });
    expect(await axeSeriousViolations(page)).toEqual([]);

    // Matrix order shows the same items, in the same sections (one per principle, then the trajectory as a whole).
    await page.getByLabel('Zoals in de matrix').check();
    expect(await page.locator('section.conversation-section').count()).toBe(5);
    expect(await page.locator('.conversation-item').count()).toBe(21);
    await page.getByLabel('Eerst wat goed gaat').check();
    expect(await page.locator('.conversation-item').count()).toBe(21);

    // A second window, opened now, will try to write after the sign-off.
    const late = await newPage(env.browser);
    await openDemoAudit(late);
    await late.getByRole('heading', { name: 'Naast elkaar' }).waitFor();

    // Notes in all three columns (audit as a whole and one principle), typed, not pasted.
    const notes = {
      'Wat gaat goed?': 'De Drie huizen zijn met toestemming gedeeld — fijn werk.',
      'Waar maken we ons zorgen over?': 'Het veiligheidsplan is nog niet getest in een moeilijke week.',
      'Wat moet er gebeuren?': 'Tweede netwerkberaad vóór de zomer.',
    };
    for (const [label, text] of Object.entries(notes))
      await page.getByLabel(auditLabel(label)).pressSequentially(text, { delay: 2 });
    const principleNote = page
      .locator('.notes-card')
      .first()
      .getByLabel(/Wat gaat goed/);
    await principleNote.fill('Respectvol en helder naar de ouders.');
    const agreed = page
      .locator('.notes-card')
      .first()
      .getByLabel(/Samen afgesproken score/);
    await agreed.selectOption('6');
    await page
      .getByText('Jullie komen samen op een 6. Wat is nodig om één stap hoger te komen, naar een 7?', { exact: false })
      .waitFor();

    // An action point: what is required, then added with who and when; edited; a second one deleted.
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await page.getByText('Schrijf kort wat er moet gebeuren.').waitFor();
    const addForm = page.locator('.subform');
    await addForm.getByLabel('Wat').fill('Netwerkberaad plannen met grootmoeder');
    await addForm.getByLabel(/Wie/).fill('Sara');
    await addForm.getByLabel(/Tegen wanneer/).fill('2026-05-15');
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await page.getByText('Netwerkberaad plannen met grootmoeder').waitFor();
    await addForm.getByLabel('Wat').fill('Iets dat we toch niet doen');
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await page.getByRole('button', { name: 'Actiepunt verwijderen: Iets dat we toch niet doen' }).click();
    await page
      .getByRole('dialog', { name: 'Dit actiepunt verwijderen?' })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await expect.poll(() => page.getByText('Iets dat we toch niet doen').count()).toBe(0);
    await page.getByRole('button', { name: 'Actiepunt aanpassen: Netwerkberaad plannen met grootmoeder' }).click();
    await page
      .locator('.action-list__item.is-editing')
      .getByLabel('Wat')
      .fill('Netwerkberaad plannen met grootmoeder en buurvrouw');
    await page.locator('.action-list__item.is-editing').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Netwerkberaad plannen met grootmoeder en buurvrouw').waitFor();

    // Both sign off, name prefilled; the last keystrokes are stored before the signature.
    await page.getByLabel(auditLabel('Wat moet er gebeuren?')).press('End');
    await page.getByLabel(auditLabel('Wat moet er gebeuren?')).pressSequentially(' Met mama.', { delay: 0 });
    expect(await page.getByLabel('Naam').first().inputValue()).toBe('Sara Voorbeeld (demo)');
    await page.getByRole('button', { name: 'Ondertekenen als consulent' }).click();
    await page.locator('.sign-seat.is-signed').first().waitFor();
    await page.getByRole('button', { name: 'Ondertekenen als teamverantwoordelijke' }).click();
    await page.getByText('Afgerond en ondertekend.', { exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sign-title');

    const done = await callApi(env.server, 'getAudit', { id: audit.id });
    expect(done.body.value.status).toBe('completed');
    const revealed = (await callApi(env.server, 'getRevealed', { auditId: audit.id })).body.value;
    const auditNotes = Object.fromEntries(
      revealed.notes
        .filter((n: { scope: string }) => n.scope === 'audit')
        .map((n: { column: string; text: string }) => [n.column, n.text]),
    );
    expect(auditNotes).toEqual({
      strengths: notes['Wat gaat goed?'],
      worries: notes['Waar maken we ons zorgen over?'],
      next: `${notes['Wat moet er gebeuren?']} Met mama.`,
    });
    expect(revealed.notes.some((n: { text: string }) => n.text === 'Respectvol en helder naar de ouders.')).toBe(true);
    expect(revealed.agreedScores).toEqual([{ principleKey: expect.any(String), score: 6 }]);
    expect(revealed.actions.map((a: { what: string; who: string; due: string }) => [a.what, a.who, a.due])).toEqual([
      ['Netwerkberaad plannen met grootmoeder en buurvrouw', 'Sara', '2026-05-15'],
    ]);
    expect(revealed.signOffs.map((s: { name: string }) => s.name)).toEqual([
      'Sara Voorbeeld (demo)',
      'Lea Testmans (demo)',
    ]);

    // Read-only on screen: fields cannot be typed in, no buttons to change actions or sign again.
    expect(await page.getByLabel(auditLabel('Wat moet er gebeuren?')).getAttribute('readonly')).not.toBeNull();
    expect(
      await page
        .locator('.notes-card')
        .first()
        .getByLabel(/Samen afgesproken score/)
        .isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: /Actiepunt (aanpassen|toevoegen)/ }).count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/conversation-signed.png`, fullPage: false });
    expect(await axeSeriousViolations(page)).toEqual([]);

    // The window opened earlier still shows editable fields: its change is refused with a clear Dutch message.
    await late.getByLabel(auditLabel('Wat gaat goed?')).fill('Nog iets achteraf');
    await late
      .getByText('Deze audit is afgerond en ondertekend. Heropen hem eerst als er iets moet veranderen.')
      .waitFor();
    await late.getByText('Niet opgeslagen').first().waitFor();
    const after = (await callApi(env.server, 'getRevealed', { auditId: audit.id })).body.value;
    expect(after.notes).toEqual(revealed.notes);
    await late.close();

    // Reopening is explicit: who and why, then the history shows it and editing is possible again.
    await page.getByRole('button', { name: 'Audit heropenen…' }).click();
    await page.getByRole('button', { name: 'Heropenen', exact: true }).click();
    // Form validation runs asynchronously: wait for both messages rather than counting at once.
    await expect.poll(() => page.getByText('Dit veld is verplicht.').count()).toBe(2);
    await page.getByLabel('Wie heropent?').fill('Lea Testmans (demo)');
    await page.getByLabel('Waarom?').fill('De grootmoeder heeft nog een afspraak toegevoegd aan het veiligheidsplan.');
    await page.getByRole('button', { name: 'Heropenen', exact: true }).click();
    await page.getByRole('heading', { name: 'Eerder heropend' }).waitFor();
    expect(await page.locator('.reopen-history').innerText()).toContain(
      'De grootmoeder heeft nog een afspraak toegevoegd aan het veiligheidsplan.',
    );
    expect(await page.getByLabel(auditLabel('Wat moet er gebeuren?')).getAttribute('readonly')).toBeNull();
    expect((await callApi(env.server, 'getAudit', { id: audit.id })).body.value.status).toBe('conversation');
  });
});
