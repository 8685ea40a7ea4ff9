/**
 * The strengths of "Wat gaat goed?" in the team view: split into lines and sentences, normalised, counted once per
 * audit (the audit's note and the principles' notes together), shown from 2 audits on, the 10 most frequent with ties
 * alphabetical, and never a phrase with the name of someone in the people list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personMatcher, phrasesOf } from '../../db/api/strengthPhrases';
import { openTeamViewTest, type TeamViewTest } from '../support/teamViewTest';

describe('phrases of a note', () => {
  it('splits lines and sentences and normalises case, white space and punctuation at the ends', () => {
    expect(
      phrasesOf('Het netwerk werd betrokken.\n- het  netwerk werd BETROKKEN!\r\n• De ouders kregen een stem; ok'),
    ).toEqual(['het netwerk werd betrokken', 'de ouders kregen een stem']);
    expect(phrasesOf('  \n...\nJa\n' + 'x'.repeat(201))).toEqual([]);
    expect(phrasesOf('“Sterk gedaan!”\n(Het woord- en beeldverhaal met mama.)')).toEqual([
      'sterk gedaan',
      'het woord- en beeldverhaal met mama',
    ]);
  });

  it('finds a person by the whole name or a part of 3 letters or more as a word, not by particles', () => {
    const mentions = personMatcher(['Mieke Van den Broeck', 'Jo Li']);
    expect(mentions('mieke bleef rustig')).toBe(true);
    expect(mentions('samen met broeck')).toBe(true);
    expect(mentions('jo li vatte samen')).toBe(true);
    expect(mentions('van de ouders')).toBe(false);
    expect(mentions('de ouders kregen een stem')).toBe(false);
    expect(mentions('miekes aanpak')).toBe(false);
  });
});

describe('strengths in the team view', () => {
  let t: TeamViewTest;
  beforeEach(() => {
    t = openTeamViewTest('team-view-strengths', ['Mieke Peeters', 'Rik Reviewer']);
  });
  afterEach(() => t.close());

  it('counts audits per phrase, from 2 on, most first and ties alphabetical, without names', () => {
    const notes: Record<string, string>[] = [
      { audit: 'Het netwerk werd betrokken.\nDe ouders kregen een stem!', basishouding: 'Aandacht voor de school' },
      { kind: '- het netwerk  werd betrokken', audit: 'Mieke Peeters hielp goed. Mieke bleef rustig.' },
      { audit: 'HET NETWERK WERD BETROKKEN', netwerk: 'Het netwerk werd betrokken. Aandacht voor de school.' },
      { audit: 'De ouders kregen een stem. Mieke Peeters hielp goed. Mieke bleef rustig.' },
      { audit: 'Eenmalig.' },
    ];
    for (const strengths of notes) t.audit({ strengths });
    expect(t.view().strengths).toEqual([
      { text: 'het netwerk werd betrokken', audits: 3 },
      { text: 'aandacht voor de school', audits: 2 },
      { text: 'de ouders kregen een stem', audits: 2 },
    ]);
  });

  it('shows at most 10', () => {
    const phrases = Array.from({ length: 12 }, (_, i) => `Sterk punt ${String.fromCharCode(97 + i)}`);
    for (let i = 0; i < 5; i++) t.audit({ strengths: { audit: phrases.join('\n') } });
    const shown = t.view().strengths;
    expect(shown).toHaveLength(10);
    expect(shown[0]).toEqual({ text: 'sterk punt a', audits: 5 });
    expect(shown[9]!.text).toBe('sterk punt j');
  });
});
