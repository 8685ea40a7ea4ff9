/** For the kill tests of encryption: a plain data file of ours with many rows, a seeded random, a killable child. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { migrate } from '../../db/connection';
import { openKeyed } from './keyed';

/** A plain data file of ours in `dir` with `rows` people (so encrypting it takes a while). */
export function plainDataFile(dir: string, rows: number): string {
  const file = path.join(dir, 'casusaudit.sqlite');
  const db = openKeyed(file, null);
  db.pragma('journal_mode = WAL');
  migrate(db, 0);
  const add = db.prepare("INSERT INTO people (name, role, created_at) VALUES (?, 'consulent', '2026-01-01')");
  db.transaction(() => {
    for (let i = 0; i < rows; i++) add.run(`Persoon ${i} ${'x'.repeat(100)}`);
  })();
  db.close();
  return file;
}

/** The seed (CASUSAUDIT_CRASH_SEED, else from the clock) and a random in [0, 1) drawn from it, to repeat a failed run. */
export function seededRandom(): { seed: number; random: () => number } {
  const seed = Number(process.env.CASUSAUDIT_CRASH_SEED ?? Date.now() % 100_000);
  let rnd = seed;
  return { seed, random: () => (rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 };
}

/**
 * Runs a tsx child script with `args`; kills it (SIGKILL) `afterMs` after it printed "start" (null: lets it finish).
 * 'done' when it exited 0 having printed `doneMark`.
 */
export function runKillable(
  script: string,
  args: string[],
  doneMark: string,
  afterMs: number | null,
): Promise<'killed' | 'done'> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (afterMs !== null && out.startsWith('start')) setTimeout(() => p.kill('SIGKILL'), afterMs);
    });
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0 && out.includes(doneMark)) resolve('done');
      else reject(new Error(`child exited ${code}: ${out}`));
    });
  });
}
