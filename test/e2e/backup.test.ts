/** Back-up en herstel and the recovery screen, in Chromium against the real harness and real SQLite files. */
import fs from 'node:fs';
import path from 'node:path';
import { harnessKey, isPlain, openKeyed } from '../support/keyed';
import { dataKeyFromHex, newDataKey } from '../../db/keys';
import { digests } from '../support/sqliteStates';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeSeriousViolations,
  callApi,
  launchBrowser,
  newPage,
  startServer,
  tempDbPath,
  type RunningServer,
} from './harness';

const SHOTS = process.env.CASUSAUDIT_SCREENSHOTS;
let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await browser?.close();
});

async function server(opts: Parameters<typeof startServer>[0] = {}) {
  const s = await startServer(opts);
  servers.push(s);
  return s;
}

describe('Back-up en herstel', () => {
  it('makes a backup, restores it after confirming (with a backup of the current state first), and saves a copy', async () => {
    const s = await server({ demo: true });
    const page = await newPage(browser);
    await page.goto(s.url);
    await page.getByRole('button', { name: 'Back-ups' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Back-up en herstel');
    await page.getByText('Er is nog geen back-up').waitFor();

    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await page.getByText(/^Back-up gemaakt:/).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => page.locator('tbody tr td').nth(1).textContent()).toBe('Zelf gemaakt');

    // Something entered after the backup.
    const added = await callApi(s, 'createPerson', { name: 'Na de back-up', role: 'consulent' });
    expect(added.body.ok).toBe(true);

    await page.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Deze back-up terugzetten?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('eerst een back-up van hoe alles er nu uitziet');
    // The safe answer has focus first; Escape closes without changing anything.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'backup-confirm.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await callApi(s, 'listPeople', {})).body.value.map((p: { name: string }) => p.name)).toContain(
      'Na de back-up',
    );

    await page.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).click();
    await dialog.getByRole('button', { name: 'Ja, terugzetten' }).click();
    await page.getByText(/^De back-up van .* is teruggezet\.$/).waitFor();
    await page.getByText(/staat bewaard als back-up van/).waitFor();
    expect((await callApi(s, 'listPeople', {})).body.value.map((p: { name: string }) => p.name)).not.toContain(
      'Na de back-up',
    );
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.locator('tbody').textContent()).toContain('Vóór het terugzetten van een back-up');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'backup-page.png'), fullPage: true });

    // The audits are still there after the swap, and the app keeps working on the restored file.
    await page.getByRole('button', { name: 'Naar de audits' }).click();
    await page.getByText('DEMO-OCJ-2024-017').waitFor();

    await page.getByRole('button', { name: 'Back-ups' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Een kopie van alle gegevens bewaren' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^casusaudit-kopie-\d{4}-\d{2}-\d{2}\.sqlite$/);
    const saved = path.join(path.dirname(s.dbPath), 'download.sqlite');
    await download.saveAs(saved);
    // "Save a copy" is encrypted with the data file's key (ADR 0014).
    expect(isPlain(saved)).toBe(false);
    const copy = openKeyed(saved, dataKeyFromHex(harnessKey(s.dbPath)), { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    // The demo's 4 case files of audits in every stage and the 80 dossiers of its year (db/demoYear.ts).
    expect(copy.prepare("SELECT count(*) FROM case_files WHERE dossier_code LIKE 'DEMO-%'").pluck().get()).toBe(84);
    copy.close();
    await page.getByText(/^De kopie is klaar:/).waitFor();
    await page.context().close();
  });
});

describe('terugzetten met respect voor wat ondertekend is', () => {
  it('shows what goes back, and restores a signed audit only after an explicit confirmation by keyboard', async () => {
    const s = await server({ demo: true });
    const audits = (await callApi(s, 'listAudits', {})).body.value as {
      id: number;
      status: string;
      caseFile: { dossierCode: string };
    }[];
    const ready = audits.find((a) => a.status === 'ready')!;
    const code = ready.caseFile.dossierCode;
    expect((await callApi(s, 'reveal', { auditId: ready.id })).body.ok).toBe(true);
    expect((await callApi(s, 'createBackup', {})).body.ok).toBe(true);
    const sign = (rater: string, name: string) => callApi(s, 'signOff', { auditId: ready.id, rater, name });
    expect((await sign('consultant', 'Sara Voorbeeld (demo)')).body.ok).toBe(true);
    expect((await sign('reviewer', 'Lea Testmans (demo)')).body.value.status).toBe('completed');

    const page = await newPage(browser);
    await page.goto(s.url);
    await page.getByRole('button', { name: 'Back-ups' }).click();
    await page.getByText('Er werd nog geen back-up teruggezet.').waitFor();
    await page.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Deze back-up terugzetten?' });
    await dialog.getByText(`${code} gaat van ‘Afgerond’ terug naar ‘In gesprek’.`).waitFor();
    await dialog.getByText(/^De handtekening van Sara Voorbeeld \(demo\) \(consulent, .*\) valt weg\.$/).waitFor();
    await dialog.getByText(/^De handtekening van Lea Testmans \(demo\) \(tweede deelnemer, .*\) valt weg\.$/).waitFor();
    const yes = dialog.getByRole('button', { name: 'Ja, terugzetten' });
    expect(await yes.isDisabled()).toBe(true);
    expect(await axeSeriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'backup-restore-preview.png') });

    // Keyboard only: from the first focus (cancel) back to the checkbox, tick it, then on to the confirming button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await page.keyboard.press('Shift+Tab');
    const agree = dialog.getByRole('checkbox', { name: 'Ik begrijp het en wil deze back-up toch terugzetten.' });
    await expect.poll(() => agree.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => yes.isDisabled()).toBe(false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => yes.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await page.getByText(/^De back-up van .* is teruggezet\.$/).waitFor();
    await page.getByText('Het terugzetten staat genoteerd bij ‘Eerder teruggezet’ hieronder.').waitFor();
    expect((await callApi(s, 'getAudit', { id: ready.id })).body.value.status).toBe('conversation');
    const history = page.getByRole('region', { name: 'Eerder teruggezet' });
    await history.getByText(`Eén audit ging terug: ${code}.`).waitFor();
    await history
      .getByText(/Hoe alles er vlak voordien uitzag, staat in casusaudit-.*-pre-restore\.sqlite\./)
      .waitFor();
    const recorded = (await callApi(s, 'listRestoreHistory', {})).body.value;
    expect(recorded).toHaveLength(1);
    expect(recorded[0].summary.audits[0]).toMatchObject({ dossierCode: code, statusNow: 'completed' });
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'backup-restore-history.png'), fullPage: true });
    await page.context().close();
  });
});

describe('recovery screen', () => {
  it('explains a damaged file, restores the newest good backup, and keeps the damaged file', async () => {
    // A file with data and a backup, then damaged the way a disk error would.
    const first = await server({ demo: true });
    const made = await callApi(first, 'createBackup', {});
    expect(made.body.ok).toBe(true);
    await first.stop();
    const buf = fs.readFileSync(first.dbPath);
    for (let p = 1; p * 4096 < buf.length; p++) buf.fill(0xa5, p * 4096, p * 4096 + 64);
    fs.writeFileSync(first.dbPath, buf);
    for (const side of ['-wal', '-shm']) fs.rmSync(first.dbPath + side, { force: true });

    const s = await server({ dbPath: first.dbPath });
    expect(s.output()).toContain('herstelmodus');
    const refused = await callApi(s, 'listAudits', {});
    expect(refused.body.error.code).toBe('database_damaged');

    const page = await newPage(browser);
    await page.goto(s.url);
    await page.getByRole('heading', { level: 1, name: 'Je gegevens konden niet geopend worden' }).waitFor();
    await page.getByText('Het gegevensbestand is beschadigd geraakt').waitFor();
    await page.getByText('Casusaudit heeft niets gewist of overschreven.').waitFor();
    await page.getByText('Omdat het huidige bestand niet gelezen kan worden', { exact: false }).waitFor();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'recovery.png'), fullPage: true });
    const { default: axe } = await import('axe-core');
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () =>
      (await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations.map((v: any) => v.id),
    );
    expect(violations).toEqual([]);

    await page.getByRole('button', { name: 'Deze back-up terugzetten' }).click();
    await page.getByRole('heading', { level: 1, name: /^De back-up van .* is teruggezet\.$/ }).waitFor();
    const moved = (await page.getByText(/Het vorige bestand staat bewaard als/).textContent())!
      .replace(/^.* als /, '')
      .replace(/\.$/, '');
    expect(fs.readFileSync(moved).equals(buf)).toBe(true);
    await page.getByRole('button', { name: 'Verder naar Casusaudit' }).click();
    await page.getByText('DEMO-OCJ-2024-017').waitFor();
    await page.context().close();
  });

  it('starts with an empty file only after confirming, and keeps the file that could not be read', async () => {
    const dbPath = tempDbPath();
    fs.writeFileSync(dbPath, 'Dit is geen database maar een notitie.\n'.repeat(20));
    const original = fs.readFileSync(dbPath);
    const s = await server({ dbPath });
    const page = await newPage(browser);
    await page.goto(s.url);
    await page.getByText('Het bestand is geen gegevensbestand van Casusaudit.').waitFor();
    await page.getByText('Er is geen bruikbare back-up gevonden', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Met een leeg bestand beginnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Met een leeg bestand beginnen?' });
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(fs.readFileSync(dbPath).equals(original)).toBe(true);
    await page.getByRole('button', { name: 'Met een leeg bestand beginnen' }).click();
    await dialog.getByRole('button', { name: 'Ja, leeg beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casusaudit start met een leeg bestand.' }).waitFor();
    const kept = fs.readdirSync(path.dirname(dbPath)).filter((n) => n.includes('.set-aside-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(dbPath), kept[0]!)).equals(original)).toBe(true);
    await page.getByRole('button', { name: 'Verder naar Casusaudit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await page.context().close();
  });

  it('a wrong key, and a file encrypted by something else: the recovery screen, every file byte-identical', async () => {
    const first = await server({ demo: true });
    await first.stop();
    const other = newDataKey();
    fs.writeFileSync(`${first.dbPath}.key`, `${other.hex}\n`, { mode: 0o600 });
    // A file encrypted by another program, with its own key, beside it with our key file.
    const foreign = tempDbPath('vreemd');
    const db = openKeyed(foreign, newDataKey());
    db.exec("CREATE TABLE facturen (id INTEGER PRIMARY KEY, tekst TEXT); INSERT INTO facturen (tekst) VALUES ('x')");
    db.close();
    fs.writeFileSync(`${foreign}.key`, `${other.hex}\n`, { mode: 0o600 });
    for (const dbPath of [first.dbPath, foreign]) {
      const before = digests(dbPath);
      const s = await server({ dbPath });
      expect((await callApi(s, 'listAudits', {})).body.error.code).toBe('database_key_wrong');
      const page = await newPage(browser);
      await page.goto(s.url);
      await page.getByRole('heading', { level: 1, name: 'Je gegevens konden niet geopend worden' }).waitFor();
      await page.getByText('De sleutel past niet op dit gegevensbestand.', { exact: false }).waitFor();
      await page.getByText('Casusaudit heeft niets gewist of overschreven.').waitFor();
      await page.context().close();
      await s.stop();
      expect(digests(dbPath)).toEqual(before);
    }
  });
});
