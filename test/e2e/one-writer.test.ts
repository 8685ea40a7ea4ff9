/**
 * One writer per data file across processes (ADR 0008), with the real harness CLI twice on one file: the second
 * starts in recovery mode with database_in_use and says so, refuses every operation including a restore and a
 * fresh start, and its page offers only "try again"; the first keeps every acknowledged save meanwhile. After the
 * first is killed (SIGKILL: the operating system releases the lock) the second gets the file by trying again.
 */
import fs from 'node:fs';
import path from 'node:path';
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

let browser: Browser;
const servers: RunningServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.stop();
});

const start = async (dbPath: string) => {
  const s = await startServer({ dbPath });
  servers.push(s);
  return s;
};
const code = async (s: RunningServer, op: string, args: unknown) => {
  const r = await callApi(s, op, args);
  return r.body.ok ? 'answered' : (r.body.error.code as string);
};

/** Saves people one after another into `s` until stopped; resolves to the names it acknowledged. */
function streamSaves(s: RunningServer): { stop: () => Promise<string[]>; count: () => number } {
  const acked: string[] = [];
  let going = true;
  const run = (async () => {
    for (let i = 0; going; i++) {
      const name = `Persoon ${i}`;
      const r = await callApi(s, 'createPerson', { name, role: 'consulent' });
      if (!r.body.ok) throw new Error(`save refused: ${JSON.stringify(r.body.error)}`);
      acked.push(name);
    }
  })();
  return {
    stop: async () => {
      going = false;
      await run;
      return acked;
    },
    count: () => acked.length,
  };
}

const names = (people: { name: string }[]) => people.map((p) => p.name).sort();
const waitFor = async (what: string, check: () => boolean) => {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`gave up waiting for ${what}`);
};

describe('two harness processes on one data file', () => {
  it('the second refuses with database_in_use and acts on nothing; the first loses nothing', async () => {
    const dbPath = tempDbPath();
    const first = await start(dbPath);
    const backup = await callApi(first, 'createBackup', {});
    expect(backup.body.ok).toBe(true);
    const inode = fs.statSync(dbPath).ino;
    const saves = streamSaves(first);
    await waitFor('first saves', () => saves.count() > 5);

    const second = await start(dbPath);
    expect(second.output()).toContain('is open in een ander venster of programma van Casusaudit');
    expect(second.output()).toContain('Er is niets veranderd.');
    const state = await callApi(second, 'getStartupState', {});
    expect(state.body.value).toMatchObject({ mode: 'recovery', problem: 'database_in_use', path: dbPath });
    expect(await code(second, 'listPeople', {})).toBe('database_in_use');
    expect(await code(second, 'createPerson', { name: 'Niet bewaard', role: 'consulent' })).toBe('database_in_use');
    expect(await code(second, 'restoreBackup', { id: backup.body.value.id })).toBe('database_in_use');
    expect(await code(second, 'moveAsideAndStartFresh', {})).toBe('database_in_use');

    // The page says so plainly and offers nothing that would act on the file.
    const page = await newPage(browser);
    await page.goto(second.url);
    await page.getByRole('heading', { level: 1, name: 'Dit gegevensbestand is al open' }).waitFor();
    await page.getByText('al open in een ander venster of programma van Casusaudit', { exact: false }).waitFor();
    await page.getByText('Casusaudit heeft niets aan het bestand veranderd.').waitFor();
    expect(await page.getByRole('button', { name: 'Deze back-up terugzetten' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Met een leeg bestand beginnen' }).count()).toBe(0);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('status').getByText('Het bestand is nog altijd elders open.').waitFor();

    const acked = await saves.stop();
    expect(acked.length).toBeGreaterThan(5);
    const listed = await callApi(first, 'listPeople', {});
    expect(names(listed.body.value)).toEqual([...acked].sort());
    expect(fs.statSync(dbPath).ino, 'the data file was not replaced').toBe(inode);
    expect(fs.readdirSync(path.dirname(dbPath)).filter((n) => n.includes('set-aside'))).toEqual([]);

    // The first is killed: the operating system releases its lock, and trying again opens the file.
    await first.stop('SIGKILL');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    const after = await callApi(second, 'listPeople', {});
    expect(names(after.body.value)).toEqual([...acked].sort());
    await page.context().close();
  });
});
