/**
 * Words: the second participant is never called a judge. No Dutch translation says "beoordelaar" (or
 * "beoordeling"), no English one "rater", "assessor", "reviewer" or "judge"; each role is named by the name chosen
 * for the audit (shared/i18n/roles.ts), in lower case mid-sentence, a typed role exactly as typed.
 */
import { describe, expect, it } from 'vitest';
import { resources, translate } from '../../shared/i18n/translate';
import { roleName, roleTitle } from '../../shared/i18n/roles';

function values(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (typeof obj !== 'object' || obj === null) return [];
  return Object.entries(obj).flatMap(([k, v]) => values(v, prefix ? `${prefix}.${k}` : k));
}

const FORBIDDEN = {
  nl: /beoordelaar|beoordeling|\brater|assessor/i,
  en: /\brater|assessor|\breviewer|\bjudge|\bgrader/i,
};

describe('no word that makes the second participant a judge', () => {
  it.each(['nl', 'en'] as const)('%s: no translation calls anyone a rater', (lang) => {
    // Placeholders ({{rater}}) are names for the code, never shown.
    const shown = values(resources[lang].translation).map(([k, v]) => [k, v.replace(/\{\{\w+\}\}/g, '')]);
    const found = shown.filter(([, v]) => FORBIDDEN[lang].test(v!));
    expect(found).toEqual([]);
  });
});

describe('role names', () => {
  const nl = translate('nl');
  const en = translate('en');
  it('known roles translate, in lower case mid-sentence and capitalised on their own', () => {
    const audit = { reviewerRole: 'groepscoordinator' };
    expect(roleName(nl, audit, 'reviewer')).toBe('groepscoördinator');
    expect(roleTitle(nl, audit, 'reviewer')).toBe('Groepscoördinator');
    expect(roleName(en, audit, 'reviewer')).toBe('group coordinator');
    expect(roleName(nl, audit, 'consultant')).toBe('consulent');
    expect(roleTitle(en, audit, 'consultant')).toBe('Case worker');
    expect(roleName(en, { reviewerRole: 'teamverantwoordelijke' }, 'reviewer')).toBe('team leader');
    expect(roleName(en, { reviewerRole: 'co-consulent' }, 'reviewer')).toBe('co-worker');
  });

  it('a typed role is shown exactly as typed, in both languages and both forms', () => {
    const audit = { reviewerRole: 'stafmedewerker Kwaliteit' };
    for (const t of [nl, en]) {
      expect(roleName(t, audit, 'reviewer')).toBe('stafmedewerker Kwaliteit');
      expect(roleTitle(t, audit, 'reviewer')).toBe('stafmedewerker Kwaliteit');
    }
  });
});
