import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM } from './harness';

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`End-to-end tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does this).`);
  }
  if (!fs.existsSync('dist/renderer/index.html')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
