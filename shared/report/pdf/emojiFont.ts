/**
 * The emoji fallback inside jsPDF (ADR 0007). jsPDF draws one font per `text` call and knows nothing of fallback, so
 * for a document that needs it this module
 * - embeds Noto Emoji (monochrome, SIL OFL) next to DejaVu Sans;
 * - lets DejaVu's metrics answer for emoji codes with the emoji font's widths, so wrapping (`splitTextToSize`, also
 *   inside autotable) measures the real line;
 * - splits every drawn line into runs per font and draws each run with its own font;
 * - writes the emoji font's ToUnicode map with the stored code points (jsPDF writes only 4 hex digits, which would
 *   read back as private use codes), so copying or extracting the text gives what was typed.
 */
import { jsPDF, type TextOptionsLight } from 'jspdf';
import { isEmojiCode, needsEmojiFont, storedCodePoint } from './printable';

export const EMOJI_FAMILY = 'NotoEmoji';
/** Glyph ids at or above this stand for "emoji code minus this" in DejaVu's patched metrics. */
const EMOJI_GLYPH = 0x1000000;

interface TtfMetrics {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  cmap: { unicode: { codeMap: Record<number, number | undefined> } };
}
interface FontRecord {
  fontName: string;
  metadata: TtfMetrics;
}
interface PutStreamOptions {
  data?: string;
}
interface PutFontArgs {
  font: FontRecord;
  putStream: (options: PutStreamOptions) => void;
}
interface Internals {
  getFont(name: string, style: string): FontRecord;
  events: { getTopics(): Record<string, Record<string, [(args: PutFontArgs) => void, boolean]>> };
  scaleFactor: number;
}

const internals = (doc: jsPDF) => doc.internal as unknown as Internals;

/** Whether the main font has a glyph for a code point, in both weights. */
export function mainFontCoverage(doc: jsPDF, family: string): (cp: number) => boolean {
  const maps = ['normal', 'bold'].map((style) => internals(doc).getFont(family, style).metadata.cmap.unicode.codeMap);
  return (cp) => maps.every((m) => Boolean(m[cp]));
}

/** `<0a1f><e123>` entries of a ToUnicode CMap: emoji codes become the stored code point (UTF-16BE). */
function restoreToUnicode(cmap: string): string {
  return cmap.replace(/<([0-9a-f]{4})><([0-9a-f]{4})>/gi, (entry, glyph: string, unit: string) => {
    const cp = storedCodePoint(parseInt(unit, 16));
    if (cp === undefined) return entry;
    const units = String.fromCodePoint(cp);
    let hex = '';
    for (let i = 0; i < units.length; i++) hex += units.charCodeAt(i).toString(16).padStart(4, '0');
    return `<${glyph}><${hex}>`;
  });
}

/** Runs of one font each: emoji codes apart from the rest. */
function runs(line: string): { text: string; emoji: boolean }[] {
  const out: { text: string; emoji: boolean }[] = [];
  for (const ch of line) {
    const emoji = isEmojiCode(ch.charCodeAt(0));
    const last = out.at(-1);
    if (last && last.emoji === emoji) last.text += ch;
    else out.push({ text: ch, emoji });
  }
  return out;
}

/** Strong right-to-left letters (Hebrew, Arabic and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LEFT_TO_RIGHT = /[\p{L}\p{N}]/u;
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
};
const shapeArabic = (jsPDF.API as unknown as { processArabic: (text: string) => string }).processArabic;

/**
 * A line of a left-to-right paragraph in the order it is drawn: Arabic shaped, and each right-to-left run (its
 * letters and the spaces, punctuation and emoji between them) reversed, brackets mirrored. jsPDF orders right-to-left
 * text per `text` call, so a line drawn font run by font run was ordered run by run: the words on both sides of an
 * emoji came out swapped (found by issue 14's property test). Such a line is ordered whole here and drawn as it is.
 */
export function displayOrder(line: string): string {
  const chars = units(shapeArabic(line));
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    if (!RIGHT_TO_LEFT.test(chars[i]!)) {
      out.push(chars[i++]!);
      continue;
    }
    let end = i;
    for (let j = i + 1; j < chars.length && !(LEFT_TO_RIGHT.test(chars[j]!) && !RIGHT_TO_LEFT.test(chars[j]!)); j++)
      if (RIGHT_TO_LEFT.test(chars[j]!)) end = j;
    out.push(
      ...chars
        .slice(i, end + 1)
        .reverse()
        .map((c) => MIRRORED[c] ?? c),
    );
    i = end + 1;
  }
  return out.join('');
}

/** Characters, with an emoji sequence (codes, joiners, variation selectors) kept as one: it is never reversed. */
function units(text: string): string[] {
  const out: string[] = [];
  let previousEmoji = false;
  for (const ch of text) {
    const emoji = isEmojiCode(ch.charCodeAt(0));
    const joins: boolean = previousEmoji && (emoji || ch === '\u200D' || ch === '\uFE0F');
    if (joins) out[out.length - 1] += ch;
    else out.push(ch);
    previousEmoji = emoji || joins;
  }
  return out;
}

/** jsPDF's own right-to-left ordering left out for a line that is already in display order. */
const AS_DRAWN = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false };

const hasEmoji = (text: string | string[]): boolean =>
  (Array.isArray(text) ? text : [text]).some((line) => typeof line === 'string' && needsEmojiFont(line));

/** Lines that contain emoji are drawn run by run, honouring left, centre and right alignment and the line height. */
function patchText(doc: jsPDF): void {
  const original = doc.text.bind(doc) as (text: string | string[], x: number, y: number, o?: TextOptionsLight) => jsPDF;
  const patched = (text: string | string[], x: number, y: number, options: TextOptionsLight = {}): jsPDF => {
    if (!hasEmoji(text) || options.angle) return original(text, x, y, options);
    const lines = Array.isArray(text) ? text : text.split('\n');
    const factor = options.lineHeightFactor ?? doc.getLineHeightFactor();
    const step = (doc.getFontSize() * factor) / internals(doc).scaleFactor;
    const { fontName, fontStyle } = doc.getFont();
    const { align, lineHeightFactor: _unused, maxWidth: _none, ...rest } = options;
    lines.forEach((logical, i) => {
      const visual = RIGHT_TO_LEFT.test(logical);
      const line = visual ? displayOrder(logical) : logical;
      const asIs = visual ? { ...rest, ...AS_DRAWN } : rest;
      const width = doc.getTextWidth(line);
      let cx = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
      for (const run of runs(line)) {
        if (run.emoji) doc.setFont(EMOJI_FAMILY, 'normal');
        original(run.text, cx, y + i * step, asIs);
        cx += doc.getTextWidth(run.text);
        if (run.emoji) doc.setFont(fontName, fontStyle);
      }
    });
    return doc;
  };
  doc.text = patched as typeof doc.text;
}

/** Embeds the emoji font and teaches the document to measure, draw and extract emoji codes with it. */
export function installEmojiFont(doc: jsPDF, family: string, file: string): void {
  doc.addFileToVFS('NotoEmoji-Regular.ttf', file);
  doc.addFont('NotoEmoji-Regular.ttf', EMOJI_FAMILY, 'normal', 'Identity-H');
  const emoji = internals(doc).getFont(EMOJI_FAMILY, 'normal').metadata;
  for (const style of ['normal', 'bold']) {
    const m = internals(doc).getFont(family, style).metadata;
    const toGlyph = m.characterToGlyph.bind(m);
    const width = m.widthOfGlyph.bind(m);
    m.characterToGlyph = (code) => (isEmojiCode(code) ? EMOJI_GLYPH + code : toGlyph(code));
    m.widthOfGlyph = (glyph) =>
      glyph >= EMOJI_GLYPH ? emoji.widthOfGlyph(emoji.characterToGlyph(glyph - EMOJI_GLYPH)) : width(glyph);
  }
  patchText(doc);
  // Our handler must see the font before jsPDF's own Identity-H writer, which reads `putStream` from the same object.
  const topics = internals(doc).events.getTopics();
  const fixToUnicode = (args: PutFontArgs) => {
    if (args.font.fontName !== EMOJI_FAMILY) return;
    const put = args.putStream;
    args.putStream = (o) =>
      put(typeof o.data === 'string' && o.data.includes('begincmap') ? { ...o, data: restoreToUnicode(o.data) } : o);
  };
  topics.putFont = { emojiToUnicode: [fixToUnicode, false], ...topics.putFont };
}
