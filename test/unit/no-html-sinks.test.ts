/** The renderer never turns stored text into HTML: none of the DOM's HTML-parsing sinks appears in its code. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc|new Function\(|\beval\(/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

it('has no HTML sinks in renderer code', () => {
  const hits = files('renderer').flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => [line, i] as const)
      .filter(([line]) => SINKS.test(line))
      .map(([line, i]) => `${f}:${i + 1}: ${line.trim()}`),
  );
  expect(hits).toEqual([]);
});
