/**
 * Encrypting the plain backups from before encryption survives SIGKILL at any moment (issue 13 item 4, ADR 0014):
 * a process that encrypts them is killed at random moments, again and again; after each kill every backup is still
 * there under its name and opens, plain or encrypted with the key, whole (quick_check) with every row. Then one run
 * finishes: every backup is encrypted, with all of it, and no half-made copy is left.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { encryptPlainFile } from '../../db/encryptPlain';
import { newDataKey, type DataKey } from '../../db/keys';
import { isPlain, openKeyed } from '../support/keyed';
import { plainDataFile, runKillable, seededRandom } from '../support/plainDataFile';
import { openQuietBackend } from '../support/testAudit';
import { ok } from '../support/results';

const KILLS = 8;
const BACKUPS = 3;
const ROWS = 30_000;
const { seed, random } = seededRandom();
const child = path.join(import.meta.dirname, '..', 'support', 'encryptBackupsChild.ts');

/** A plain data file of ours with many people and BACKUPS plain manual backups of it. */
function plainFileWithBackups(dir: string): string {
  const file = plainDataFile(dir, ROWS);
  const b = openQuietBackend(file, null);
  for (let i = 0; i < BACKUPS; i++) ok(b.dispatch('createBackup', {}));
  b.close();
  return file;
}

/** Every backup opens as it is now (plain, or with the key), passes quick_check and holds every person. */
function expectEveryBackupWhole(backupsDir: string, names: string[], key: DataKey, when: string): number {
  expect(
    fs
      .readdirSync(backupsDir)
      .filter((n) => !n.includes('.partial-'))
      .sort(),
    when,
  ).toEqual(names);
  let plain = 0;
  for (const n of names) {
    const f = path.join(backupsDir, n);
    if (isPlain(f)) plain++;
    const db = openKeyed(f, isPlain(f) ? null : key, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('quick_check', { simple: true }), `${when}: ${n}`).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM people').pluck().get(), `${when}: ${n}`).toBe(ROWS);
    } finally {
      db.close();
    }
  }
  return plain;
}

/** Runs the child on `file`; kills it `afterMs` after it started (null: lets it finish). */
const run = (file: string, key: DataKey, afterMs: number | null) =>
  runKillable(child, [file, key.hex], '\nencrypted', afterMs);

it(`encrypting plain backups survives ${KILLS} SIGKILLs at random moments (seed ${seed})`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-backups-kill-'));
  const file = plainFileWithBackups(dir);
  const backupsDir = path.join(dir, 'backups');
  const names = fs.readdirSync(backupsDir).sort();
  expect(names).toHaveLength(BACKUPS);
  const key = newDataKey();
  // How long encrypting all of them takes here (on a copy of one), so the kills fall before, during and after it.
  const probe = path.join(dir, 'probe.sqlite');
  fs.copyFileSync(path.join(backupsDir, names[0]!), probe);
  const t0 = performance.now();
  encryptPlainFile(probe, newDataKey());
  const took = (performance.now() - t0) * BACKUPS;
  fs.rmSync(probe);

  const pristine = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-backups-pristine-'));
  for (const n of names) fs.copyFileSync(path.join(backupsDir, n), path.join(pristine, n));
  const outcomes = { allPlain: 0, some: 0, allEncrypted: 0 };
  for (let kill = 0; kill < KILLS; kill++) {
    // Each kill from the plain backups as they were; the moments spread over the whole run.
    for (const n of names) fs.copyFileSync(path.join(pristine, n), path.join(backupsDir, n));
    await run(file, key, random() * took * 1.5);
    const plain = expectEveryBackupWhole(backupsDir, names, key, `after kill ${kill + 1}`);
    outcomes[plain === BACKUPS ? 'allPlain' : plain === 0 ? 'allEncrypted' : 'some']++;
  }
  expect(await run(file, key, null)).toBe('done');
  expect(expectEveryBackupWhole(backupsDir, names, key, 'after a full run')).toBe(0);
  // The last start removed what killed runs left half-made.
  expect(fs.readdirSync(backupsDir).filter((n) => n.includes('.partial-'))).toEqual([]);
  console.log(
    `encrypting ${BACKUPS} backups took ~${took.toFixed(0)} ms; after the kills: ${JSON.stringify(outcomes)}`,
  );
}, 300_000);
