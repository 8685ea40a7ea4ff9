/** The renderer never turns stored text into HTML: none of the DOM's HTML-parsing sinks appears in its code. */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { filesUnder } from '../support/files';

const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc|new Function\(|\beval\(/;

it('has no HTML sinks in renderer code', () => {
  const hits = filesUnder('renderer', /\.(ts|tsx)$/).flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => [line, i] as const)
      .filter(([line]) => SINKS.test(line))
      .map(([line, i]) => `${f}:${i + 1}: ${line.trim()}`),
  );
  expect(hits).toEqual([]);
});
