import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from './harness';

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does this).`,
    );
  }
  // CASUSAUDIT_STATIC lets a developer test a renderer built elsewhere (e.g. vite build --outDir /tmp/x).
  const dir = process.env.CASUSAUDIT_STATIC ?? 'dist/renderer';
  if (!fs.existsSync(`${dir}/index.html`)) {
    const out = process.env.CASUSAUDIT_STATIC ? ['--outDir', path.resolve(dir)] : [];
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...out], { stdio: 'inherit' });
  }
}
