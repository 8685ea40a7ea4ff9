// Bundles the Electron main process and preload into dist/electron/*.cjs (the preload must be one file: sandbox).
// `--outdir DIR` writes elsewhere (tests build their own copy).
import { build } from 'esbuild';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' } } });
const outdir = path.resolve(values.outdir);
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: path.join(outdir, 'main.cjs'),
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  // db/backupWorker.ts reads import.meta only where `require` is missing (ES modules), never in this bundle.
  logOverride: { 'empty-import-meta': 'silent' },
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: path.join(outdir, 'preload.cjs'),
  external: ['electron'],
});
