/**
 * Encrypting an existing plain file survives SIGKILL at any moment (issue 13 item 4, ADR 0014): a process that
 * encrypts it is killed at random moments, again and again; after each kill the file opens, plain or encrypted
 * with the key, and holds every row it held. Then one run finishes and the file is encrypted with all of it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { encryptPlainFile } from '../../db/encryptPlain';
import { newDataKey, type DataKey } from '../../db/keys';
import { isPlain, openKeyed } from '../support/keyed';
import { plainDataFile, runKillable, seededRandom } from '../support/plainDataFile';

const KILLS = 12;
const ROWS = 40_000;
const { seed, random } = seededRandom();
const child = path.join(import.meta.dirname, '..', 'support', 'encryptChild.ts');

/** How many people the file holds, opened as it is now: plain, or encrypted with the key. */
function peopleIn(file: string, key: DataKey): number {
  const db = openKeyed(file, isPlain(file) ? null : key, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT count(*) FROM people').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Runs the child on `file`; kills it `afterMs` after it started (null: lets it finish). */
const run = (file: string, key: DataKey, afterMs: number | null) => runKillable(child, [file, key.hex], 'ok', afterMs);

it(`encrypting a plain file survives ${KILLS} SIGKILLs at random moments (seed ${seed})`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-encrypt-kill-'));
  const file = plainDataFile(dir, ROWS);
  const key = newDataKey();
  // How long encrypting takes here (on a copy), so the kills fall before, during and after it.
  const probe = path.join(dir, 'probe.sqlite');
  fs.copyFileSync(file, probe);
  const t0 = performance.now();
  encryptPlainFile(probe, newDataKey());
  const took = performance.now() - t0;
  fs.rmSync(probe);

  const pristine = path.join(dir, 'pristine.sqlite');
  fs.copyFileSync(file, pristine);
  const outcomes = { plain: 0, encrypted: 0, halfMadeCopyLeft: 0 };
  for (let kill = 0; kill < KILLS; kill++) {
    // Each kill on the plain file as it was; the moments spread over the start and the encrypting.
    fs.copyFileSync(pristine, file);
    await run(file, key, random() * took * 2);
    expect(peopleIn(file, key), `after kill ${kill + 1}`).toBe(ROWS);
    outcomes[isPlain(file) ? 'plain' : 'encrypted']++;
    if (fs.readdirSync(dir).some((n) => n.includes('.partial-'))) outcomes.halfMadeCopyLeft++;
  }
  fs.copyFileSync(pristine, file);
  expect(await run(file, key, null)).toBe('done');
  expect(isPlain(file)).toBe(false);
  expect(peopleIn(file, key)).toBe(ROWS);
  // The next start removed what killed runs left half-made.
  expect(fs.readdirSync(dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  console.log(`encrypting took ${took.toFixed(0)} ms; after the kills: ${JSON.stringify(outcomes)} (seed ${seed})`);
}, 300_000);
