/**
 * `erase`: erasing one audit from a file of many audits through the API (`eraseAudit`: the erasure record, the
 * mark and the deletes in one transaction with `secure_delete` on, then the WAL checkpointed and truncated; ADR
 * 0011), against a baseline on a second copy of the same file: the same record, mark and deletes of the same audit
 * (the same repository, so the same triggers accept them) on a raw connection with `secure_delete` off and no
 * checkpoint. Audits of every stage (not started, scoring, in the conversation, signed off), interleaved.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { openBackend } from '../../db/backend';
import { erasureRepository } from '../../db/repositories/erasure';
import { copyOf, percentile, round } from './scale';

export function benchErase(source: string, runs = 40, warmup = 4) {
  const ours = copyOf(source);
  const base = copyOf(source);
  const b = openBackend(ours.file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  const raw = new Database(base.file);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('secure_delete = OFF');
    const repo = erasureRepository(raw);
    const rawErase = raw.transaction((id: number) => {
      const at = new Date().toISOString();
      repo.record('audit', at, 1);
      repo.eraseAudit(id, at);
    });
    const count = b.db.prepare('SELECT count(*) FROM audits').pluck().get() as number;
    const api: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      // Spread over the file, every stage in turn (test/bench/bigFile.ts: stage = (id - 1) % 4).
      const id = 1 + ((i * 997) % count);
      const t0 = performance.now();
      const res = b.dispatch('eraseAudit', { auditId: id, confirmCompleted: true });
      const t = performance.now() - t0;
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      const t1 = performance.now();
      rawErase(id);
      const tRaw = performance.now() - t1;
      if (i >= warmup) {
        api.push(t);
        plain.push(tRaw);
      }
    }
    return {
      n: api.length,
      p50_ms: round(percentile(api, 50)),
      p99_ms: round(percentile(api, 99)),
      max_ms: round(Math.max(...api)),
      raw_p50_ms: round(percentile(plain, 50)),
      raw_p99_ms: round(percentile(plain, 99)),
      ratio_p50: round(percentile(api, 50) / percentile(plain, 50)),
    };
  } finally {
    raw.close();
    b.close();
    fs.rmSync(ours.dir, { recursive: true, force: true });
    fs.rmSync(base.dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('erase.ts')) {
  const { ensureBigFile } = await import('./bigFile');
  console.table({ erase: benchErase(ensureBigFile(10_000, console.log)) });
}
