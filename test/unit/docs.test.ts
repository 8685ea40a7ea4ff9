/** The documents point at things that exist: every repository path named in backticks in the docs is there. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'docs', 'test/fixtures/README.md'];
const TOP = /^(renderer|shared|db|server|electron|scripts|test|docs|assets|eslint)\//;

const markdown = (p: string): string[] =>
  fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).flatMap((f) => markdown(path.join(p, f)))
    : p.endsWith('.md')
      ? [p]
      : [];

/** `a/b.ts` and `a/b/` in backticks; globs, placeholders and examples (`…`, `<…>`, `*`) are not paths. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!.replace(/[.,:;)]+$/, ''))
    .filter((p) => TOP.test(p) && !/[*<>…{}]|NNN|\/x\./.test(p));
}

describe('documentation', () => {
  it('names no file or folder that does not exist', () => {
    const files = DOCS.flatMap(markdown);
    expect(files.length).toBeGreaterThan(5);
    const missing = files.flatMap((f) =>
      pathsIn(fs.readFileSync(f, 'utf8'))
        // A path is read from the repository root, or from the document's own folder (test/fixtures/README.md).
        .filter((p) => !fs.existsSync(p) && !fs.existsSync(path.join(path.dirname(f), p)))
        .map((p) => `${f}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
  it('cites no file outside the repository as if it were in it', () => {
    const files = DOCS.flatMap(markdown);
    const outside = files.filter((f) => /\bDOMAIN\.md\b|\.\.\/shared\//.test(fs.readFileSync(f, 'utf8')));
    expect(outside).toEqual([]);
  });
});
