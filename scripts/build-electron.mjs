// Bundles the Electron main process and preload into dist/electron/*.cjs (the preload must be one file: sandbox).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
