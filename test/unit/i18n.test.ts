/** Every translation exists in both languages, and every literal key the code asks for exists. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/translate';
import { filesUnder } from '../support/files';

const sourceFiles = (dir: string) => filesUnder(dir, /\.(ts|tsx)$/);

function flatten(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}
// i18next plural forms (_one, _other) count as one key.
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const keys = (lang: 'nl' | 'en') => new Set(flatten(resources[lang].translation).map(base));

describe('translations', () => {
  it('Dutch and English have the same keys', () => {
    const nl = keys('nl');
    const en = keys('en');
    expect([...nl].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nl.has(k))).toEqual([]);
  });

  it('no translation is empty', () => {
    for (const lang of ['nl', 'en'] as const) {
      const empty = flatten(resources[lang].translation).filter((k) => {
        const v = k
          .split('.')
          .reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], resources[lang].translation);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it('every literal key used in the code exists', () => {
    const nl = keys('nl');
    const files = [
      ...sourceFiles('renderer'),
      ...sourceFiles('shared'),
      ...sourceFiles('server'),
      ...sourceFiles('electron'),
    ];
    const missing: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g)) {
        if (!nl.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
