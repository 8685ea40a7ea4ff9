/** For the kill tests of encryption: a plain data file of ours with many rows, and a seeded random for kill moments. */
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
