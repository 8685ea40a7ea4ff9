import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM } from './harness';

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`End-to-end tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does this).`);
  }
  // CASUSAUDIT_STATIC lets a developer test a renderer built elsewhere (e.g. vite build --outDir /tmp/x).
  const dir = process.env.CASUSAUDIT_STATIC ?? 'dist/renderer';
  if (!fs.existsSync(`${dir}/index.html`)) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dir], { stdio: 'inherit' });
  }
}
