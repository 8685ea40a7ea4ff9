/**
 * Scale figures on a file of many audits built through the API (test/bench/bigFile.ts), each on a fresh copy of
 * that file in a temporary folder:
 *  - `startup`: opening the file (backend) and answering the startup state, with a backup of the same size beside
 *    it, after a clean close and the first time; and the startup state alone on an open backend (what every page
 *    load waits for);
 *  - `saveDuringBackup`: rating saves every 2 ms (latency from the moment each save was due, so a blocked event
 *    loop counts) while a manual and a scheduled backup run, against the same saves without a backup;
 *  - `listAudits`: the home list's first page through the API against a raw SQL select of the same rows.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../db/backend';
import { backupPlaceFor, newBackupPath } from '../../db/backupFiles';

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const stats = (xs: number[]) => ({
  n: xs.length,
  p50_ms: round(percentile(xs, 50)),
  p99_ms: round(percentile(xs, 99)),
  max_ms: round(Math.max(...xs)),
});

/** A private copy of `source` (with a backup of it in its backups folder when `withBackup`). */
export function copyOf(source: string, withBackup = false): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-scale-copy-'));
  const file = path.join(dir, 'casusaudit.sqlite');
  fs.copyFileSync(source, file);
  if (withBackup) fs.copyFileSync(source, newBackupPath(backupPlaceFor(file), 'auto', new Date(Date.now() - 60_000)));
  return { dir, file };
}

const quiet = (file: string) => openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });

/**
 * Opening the file and answering the startup state: the first time (the file is new to us: full inspection of a
 * copy, ADR 0008) and then after each clean close (ADR 0013), which is every normal start; against a raw
 * better-sqlite3 open of the same file reading its user_version.
 */
export function benchStartup(source: string, runs = 6) {
  const open: number[] = [];
  const state: number[] = [];
  const raw: number[] = [];
  let full = NaN;
  const { dir, file } = copyOf(source, true);
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const b = quiet(file);
      const s = b.startupState();
      const took = performance.now() - t0;
      if (s.mode !== 'ok' || !s.newestGoodBackup) throw new Error(`unexpected startup state ${JSON.stringify(s)}`);
      if (b.inspection !== (i === 0 ? 'full' : 'clean-close')) throw new Error(`inspection ${b.inspection} at ${i}`);
      if (i === 0) full = took;
      else open.push(took);
      const t1 = performance.now();
      b.startupState();
      state.push(performance.now() - t1);
      b.close();
      const t2 = performance.now();
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('user_version', { simple: true });
      db.close();
      raw.push(performance.now() - t2);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const p50 = percentile(open, 50);
  return {
    open_and_state_p50_ms: round(p50),
    first_open_full_inspection_ms: round(full),
    state_p50_ms: round(percentile(state, 50)),
    raw_open_p50_ms: round(percentile(raw, 50)),
    ratio_p50: round(p50 / percentile(raw, 50)),
  };
}

/** Rating saves due every 2 ms until `until` resolves; latency measured from when each save was due. */
async function savesUntil(b: Backend, auditId: number, itemKey: string, until: Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  let i = 0;
  let due = performance.now();
  while (!done || out.length < 20) {
    due += 2;
    const wait = due - performance.now();
    await new Promise((r) => (wait > 0 ? setTimeout(r, wait) : setImmediate(r)));
    const res = b.dispatch('saveRating', {
      auditId,
      rater: 'consultant',
      itemKey,
      score: i++ % 11,
      notApplicable: false,
      naReason: '',
      rationale: `tijdens een back-up ${i}`,
    });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    out.push(Math.max(0, performance.now() - due));
    if (performance.now() - due > 2) due = performance.now();
  }
  return out;
}

export async function benchSaveDuringBackup(source: string) {
  const { dir, file } = copyOf(source);
  const b = quiet(file);
  try {
    // Audit 2 is still being scored (test/bench/bigFile.ts: stage 1).
    const itemKey = b.db
      .prepare("SELECT item_key FROM ratings WHERE audit_id = 2 AND rater = 'consultant' LIMIT 1")
      .pluck()
      .get() as string;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const baseline = await savesUntil(b, 2, itemKey, sleep(1500));
    // As the transports ask for it (Backend.call).
    const manualRun = sleep(20).then(() => b.call('createBackup', {}));
    const manual = await savesUntil(b, 2, itemKey, manualRun);
    const scheduledRun = sleep(20).then(() => b.backupNow());
    const scheduled = await savesUntil(b, 2, itemKey, scheduledRun);
    return {
      baseline: stats(baseline),
      manual: stats(manual),
      scheduled: stats(scheduled),
      ratio_p99_manual: round(percentile(manual, 99) / percentile(baseline, 99)),
      ratio_p99_scheduled: round(percentile(scheduled, 99) / percentile(baseline, 99)),
    };
  } finally {
    b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The home list's first page through the API (any page-shaped operation given) against a raw select of the same rows. */
export function benchListAudits(
  source: string,
  op: string,
  args: unknown,
  rawSql: string,
  rawArgs: unknown[],
  runs = 200,
) {
  const { dir, file } = copyOf(source);
  const b = quiet(file);
  const raw = new Database(file, { readonly: true });
  try {
    const stmt = raw.prepare(rawSql);
    const api: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const res = b.dispatch(op, args);
      api.push(performance.now() - t0);
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      const t1 = performance.now();
      stmt.all(...rawArgs);
      base.push(performance.now() - t1);
    }
    return {
      ...stats(api),
      raw_p50_ms: round(percentile(base, 50)),
      raw_p99_ms: round(percentile(base, 99)),
      ratio_p99: round(percentile(api, 99) / percentile(base, 99)),
    };
  } finally {
    raw.close();
    b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
