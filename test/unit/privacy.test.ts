/** The name-like dossier code nudge: warns on what looks like a person's name or birth year, never on a plain code. */
import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../shared/domain/privacy';

describe('looksLikePersonName', () => {
  it.each([
    'Lotte Janssens 2015',
    'Jan Peeters',
    'jan Peeters Mia Claes',
    'Lotte 2015',
    '2015 Lotte',
    'Émile Dubois-7',
    'OCJ Noor_Vermeulen 12',
    'Sofie D’Hondt 2019',
    'OCJ-Lotte Janssens-7',
  ])('warns for %j', (code) => {
    expect(looksLikePersonName(code)).toBe(true);
  });

  it.each([
    'OCJ-2024-017',
    'DOSSIER 12',
    'Brussel-0042',
    'OCJ-Brussel-ëï-0042',
    'OCJ-Gent-2023-017',
    'SDJ 2024 17',
    'Gent 0042',
    'BLIND-2026-001',
    'dossier 12',
  ])('does not warn for %j', (code) => {
    expect(looksLikePersonName(code)).toBe(false);
  });
});
