/**
 * The strengths of "Wat gaat goed?" as phrases the team view can count (issue 15): a note is split into lines and
 * sentences; each is normalised (Unicode NFC, lower case, white space collapsed, punctuation and bullets at both ends
 * taken off), so "Het netwerk werd betrokken." and "- het netwerk  werd betrokken" are the same phrase. Phrases
 * shorter than 3 or longer than 200 characters, or without a letter, are not themes and are left out.
 *
 * Never tied to a person: a phrase that mentions anyone in the people list is dropped. "Mentions" is generous on
 * purpose: the whole name anywhere in the phrase, or any part of the name of 3 letters or more (except name particles
 * such as "van", "der", "den") as a whole word; case-insensitive.
 */
export const PHRASE_MIN = 3;
export const PHRASE_MAX = 200;
export const STRENGTHS_MIN_AUDITS = 2;
export const STRENGTHS_SHOWN = 10;

const SPLIT = /\r\n|\n|\r|(?<=[.!?;])\s+/u;
const ENDS = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const PARTICLES = new Set(['van', 'der', 'den', 'het', 'ter', 'ten', 'von', 'del', 'dos', 'das', 'les', 'uit']);
const WORD = /[^\p{L}\p{N}]+/u;

export const normalisePhrase = (s: string): string =>
  s.normalize('NFC').toLocaleLowerCase('nl-BE').replace(/\s+/gu, ' ').replace(ENDS, '');

/** The distinct phrases of a note, normalised. */
export function phrasesOf(text: string): string[] {
  const out = new Set<string>();
  for (const part of text.split(SPLIT)) {
    const p = normalisePhrase(part);
    if (p.length >= PHRASE_MIN && p.length <= PHRASE_MAX && /\p{L}/u.test(p)) out.add(p);
  }
  return [...out];
}

/** A test for "this phrase mentions one of these people" (see the module comment). */
export function personMatcher(names: readonly string[]): (phrase: string) => boolean {
  const whole = names.map(normalisePhrase).filter((n) => n.length > 0);
  const parts = new Set(whole.flatMap((n) => n.split(WORD)).filter((w) => w.length >= 3 && !PARTICLES.has(w)));
  return (phrase) => whole.some((n) => phrase.includes(n)) || phrase.split(WORD).some((w) => parts.has(w));
}

/**
 * The strengths to show: phrases in at least STRENGTHS_MIN_AUDITS audits, none mentioning a person, most audits
 * first, ties alphabetical (nl-BE), at most STRENGTHS_SHOWN.
 */
export function topStrengths(
  counts: ReadonlyMap<string, number>,
  mentionsPerson: (phrase: string) => boolean,
): { text: string; audits: number }[] {
  const collator = new Intl.Collator('nl-BE');
  return [...counts]
    .filter(([text, n]) => n >= STRENGTHS_MIN_AUDITS && !mentionsPerson(text))
    .sort(([a, x], [b, y]) => y - x || collator.compare(a, b))
    .slice(0, STRENGTHS_SHOWN)
    .map(([text, audits]) => ({ text, audits }));
}
