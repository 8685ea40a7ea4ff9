// Builds better-sqlite3-multiple-ciphers for Electron's ABI into .native-electron/ without touching node_modules,
// which stays built for Node (the tests use it). Needs internet (Electron headers or a prebuilt binary).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const src = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const dest = path.resolve('.native-electron', 'better-sqlite3-multiple-ciphers');
const output = path.join(dest, 'build', 'Release', 'better_sqlite3.node');

if (fs.existsSync(output) && fs.readFileSync(path.join(dest, '.electron-version'), 'utf8').trim() === electronVersion) {
  process.exit(0);
}
fs.rmSync(dest, { recursive: true, force: true });
fs.cpSync(src, dest, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: dest, stdio: 'inherit', shell: process.platform === 'win32' });
// Use the tools already on disk: prebuild-install is a dependency of the SQLite module, node-gyp ships with npm.
const resolveFrom = (base, request) => {
  try {
    return createRequire(base).resolve(request);
  } catch {
    return null;
  }
};
const prebuildInstall = resolveFrom(path.join(src, 'package.json'), 'prebuild-install/bin.js');
const nodeDir = path.dirname(process.execPath);
const npmNodeGyp = [path.join(nodeDir, '..', 'lib', 'node_modules'), path.join(nodeDir, 'node_modules')] // Unix, Windows
  .map((dir) => path.join(dir, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'))
  .find((p) => fs.existsSync(p));
const nodeGyp = resolveFrom(import.meta.url, 'node-gyp/bin/node-gyp.js') ?? npmNodeGyp ?? null;
const target = [`--target=${electronVersion}`, `--arch=${process.arch}`];
try {
  try {
    if (!prebuildInstall) throw new Error('prebuild-install not found');
    run(process.execPath, [prebuildInstall, '--runtime=electron', ...target]);
  } catch {
    console.log(
      'No prebuilt better-sqlite3-multiple-ciphers for this Electron version: compiling it (needs a C++ toolchain and Python).',
    );
    const gyp = ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'];
    if (nodeGyp) run(process.execPath, [nodeGyp, ...gyp]);
    else run('npx', ['--yes', 'node-gyp', ...gyp]);
  }
  fs.writeFileSync(path.join(dest, '.electron-version'), electronVersion);
  console.log(`better-sqlite3-multiple-ciphers built for Electron ${electronVersion}: ${output}`);
} catch {
  console.error(
    'Could not build better-sqlite3-multiple-ciphers for Electron (this needs internet access for Electron headers or a prebuilt binary).\n' +
      'The browser version works without it: npm run web',
  );
  process.exit(1);
}
