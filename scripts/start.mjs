// `npm start`: builds the renderer and the Electron shell, makes sure the Electron-ABI SQLite module exists,
// then starts Electron. Without the Electron binary (offline install) it explains what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronBinary;
try {
  electronBinary = require('electron');
} catch {
  electronBinary = null;
}
if (typeof electronBinary !== 'string' || !fs.existsSync(electronBinary)) {
  console.error(
    [
      'Casusaudit: the Electron binary is not installed.',
      "It is downloaded by Electron's install step, which needs internet access (or was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1).",
      'With internet: node node_modules/electron/install.js   (then npm start again)',
      'Without: run the same app in your browser with   npm run web',
    ].join('\n'),
  );
  process.exit(1);
}
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step('npx', ['vite', 'build', '--logLevel', 'warn']);
step('node', ['scripts/build-electron.mjs']);
step('node', ['scripts/native-electron.mjs']);
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
