/**
 * Turns stored text into the text the PDF draws, so that every stored character prints (ADR 0007):
 * - emoji the embedded Noto Emoji covers go to that font, by grapheme cluster: a ZWJ sequence (family), a skin
 *   tone, a flag (two regional indicators), a keycap or a variation selector stays one cluster whose parts print
 *   side by side (👨‍👩‍👧 as 👨👩👧, 👍🏽 as 👍 and a tone swatch, 🇧🇪 as boxed B and E); joiners and selectors
 *   are zero-width glyphs there, so the text reads back exactly as stored;
 * - invisible characters (zero-width space and joiners outside emoji, word joiner, byte order mark, soft hyphen, bidi
 *   embeddings, overrides, isolates and marks, other format and control characters) print as a visible marker
 *   "⟨U+200B⟩"; so does any character no embedded font has;
 * - everything else prints as stored with DejaVu Sans.
 * jsPDF reads only UTF-16 code units of the BMP, so characters for the emoji font are handed over as the private use
 * code that font maps them to (see emojiCodepoints.ts); emojiFont.ts writes the stored ones into the text layer.
 */
import { EMOJI_PUA_START, EMOJI_RANGES } from './emojiCodepoints';

const toPua = new Map<number, number>();
const fromPua = new Map<number, number>();
let puaEnd = EMOJI_PUA_START;
for (const [first, last] of EMOJI_RANGES)
  for (let cp = first; cp <= last; cp++, puaEnd++) {
    toPua.set(cp, puaEnd);
    fromPua.set(puaEnd, cp);
  }

/** True for a UTF-16 code unit that stands for a character of the emoji font. */
export const isEmojiCode = (unit: number): boolean => unit >= EMOJI_PUA_START && unit < puaEnd;
/** The stored code point behind an emoji font code (for the PDF's ToUnicode map). */
export const storedCodePoint = (unit: number): number | undefined => fromPua.get(unit);

/** What stands on paper for a character that would be invisible or that no font can draw. */
export const visibleMarker = (cp: number): string => `⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩`;

// Shows nothing or steers direction: format and control characters, default-ignorables, private use, unassigned.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Co}\p{Cn}\p{Cs}]/u;
const VARIATION_SELECTOR = /^(?:[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}])$/u;
// A cluster with one of these is meant as an emoji picture: joiner, VS16, keycap, skin tone, regional indicator, tag.
const isEmojiSignal = (cp: number): boolean =>
  cp === 0x200d ||
  cp === 0xfe0f ||
  cp === 0x20e3 ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
  (cp >= 0xe0020 && cp <= 0xe007f);

// Fast paths: Latin text with common punctuation (all in DejaVu Sans) is printed as is; text without characters
// beyond the BMP or emoji joiners and selectors needs no grapheme segmentation.
const PLAIN = /^[\t\n\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2013\u2014\u2018-\u201E\u2022\u2026\u20AC]*$/;
const hasClusters = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if ((u >= 0xd800 && u <= 0xdfff) || u === 0x200d || u === 0xfe0f || u === 0x20e3) return true;
  }
  return false;
};

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function isEmojiCluster(cluster: string): boolean {
  const cps = Array.from(cluster, (c) => c.codePointAt(0)!);
  if (!cps.every((cp) => toPua.has(cp))) return false;
  return cps.some((cp) => cp > 0xffff || isEmojiSignal(cp));
}

function printableChar(ch: string, hasGlyph: (cp: number) => boolean, emoji: boolean): string {
  const cp = ch.codePointAt(0)!;
  if (ch === '\n' || ch === '\t') return ch;
  const drawable = cp <= 0xffff && hasGlyph(cp);
  if (VARIATION_SELECTOR.test(ch)) {
    // Only chooses how the character before it looks: kept, as DejaVu's or the emoji font's empty glyph.
    if (drawable) return ch;
    const pua = emoji ? toPua.get(cp) : undefined;
    return pua === undefined ? visibleMarker(cp) : String.fromCharCode(pua);
  }
  if (INVISIBLE.test(ch)) return visibleMarker(cp);
  if (drawable) return ch;
  const pua = emoji ? toPua.get(cp) : undefined;
  return pua === undefined ? visibleMarker(cp) : String.fromCharCode(pua);
}

/**
 * The text as the PDF draws it; `hasGlyph` says whether the main font (DejaVu Sans) has a code point.
 * `emoji` is false when no emoji font is at hand (then emoji print as markers). Line breaks are normalised to "\n".
 */
export function printableText(text: string, hasGlyph: (cp: number) => boolean, emoji = true): string {
  if (PLAIN.test(text)) return text;
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!hasClusters(normalised)) {
    let out = '';
    for (const ch of normalised) out += printableChar(ch, hasGlyph, emoji);
    return out;
  }
  let out = '';
  for (const { segment } of segmenter.segment(normalised)) {
    if (emoji && isEmojiCluster(segment)) {
      for (const ch of segment) out += String.fromCharCode(toPua.get(ch.codePointAt(0)!)!);
    } else {
      for (const ch of segment) out += printableChar(ch, hasGlyph, emoji);
    }
  }
  return out;
}

/** True when the printable text has a character for the emoji font. */
export function needsEmojiFont(printable: string): boolean {
  for (let i = 0; i < printable.length; i++) if (isEmojiCode(printable.charCodeAt(i))) return true;
  return false;
}

/**
 * A cheap first look for the renderer, before the fonts are loaded: could this text need the emoji font? True for
 * anything beyond the BMP and for the symbol blocks where emoji live; the PDF embeds the font only when used.
 */
export function mightNeedEmojiFont(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff || (cp >= 0x2190 && cp <= 0x2bff) || cp === 0xfe0f || (cp >= 0x3030 && cp <= 0x3299)) return true;
  }
  return false;
}
