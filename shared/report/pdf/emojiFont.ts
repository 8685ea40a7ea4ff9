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
import type { jsPDF, TextOptionsLight } from 'jspdf';
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
    lines.forEach((line, i) => {
      const width = doc.getTextWidth(line);
      let cx = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
      for (const run of runs(line)) {
        if (run.emoji) doc.setFont(EMOJI_FAMILY, 'normal');
        original(run.text, cx, y + i * step, rest);
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
