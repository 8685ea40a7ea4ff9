/**
 * The home list's search at scale (`listAuditSearch10k`): the first page of a name search ("collega b", about one
 * audit in eighteen) and of a code search that finds one audit (the whole list is searched), through the API,
 * interleaved with the unfiltered first page on the same backend.
 */
import fs from 'node:fs';
import { openBackend } from '../../db/backend';
import { copyOf, percentile, round } from './scale';

export function benchListAuditSearch(source: string, runs = 100) {
  const { dir, file } = copyOf(source);
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  const time = (args: unknown, into: number[]) => {
    const t0 = performance.now();
    const res = b.dispatch('listAuditPage', args);
    into.push(performance.now() - t0);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
  };
  try {
    const name: number[] = [];
    const code: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) {
      time({ limit: 50, query: 'collegá b' }, name);
      time({ limit: 50, query: `-${100000 + ((i * 37) % 10000)}` }, code);
      time({ limit: 50 }, plain);
    }
    const figure = (xs: number[]) => ({
      p50_ms: round(percentile(xs, 50)),
      p99_ms: round(percentile(xs, 99)),
      ratio_p50: round(percentile(xs, 50) / percentile(plain, 50)),
    });
    return { name: figure(name), oneCode: figure(code), unfiltered: figure(plain) };
  } finally {
    b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('find.ts')) {
  const { ensureBigFile } = await import('./bigFile');
  console.table(benchListAuditSearch(ensureBigFile(10_000, console.log)));
}
