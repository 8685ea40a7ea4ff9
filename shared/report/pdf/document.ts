/** The empty A4 document with the report fonts embedded, and the font and render-option types of the public API. */
import { jsPDF } from 'jspdf';

/** A TTF file as raw bytes or as base64 text (what a `?inline` import or a JSON transport gives). */
export type FontData = Uint8Array | string;
export interface ReportFonts {
  regular: FontData;
  bold: FontData;
  /**
   * Noto Emoji, remapped (assets/fonts/NotoEmoji-Regular.ttf). Embedded only when the text has a character DejaVu
   * lacks and this font has; without it such characters print as their visible marker "⟨U+…⟩".
   */
  emoji?: FontData;
}
export interface RenderOptions {
  /** Printed in the footer; deliberately not part of the fingerprint. */
  printedAt: Date;
}

export const FONT_FAMILY = 'DejaVuSans';

/** jsPDF reads a font from its virtual file system as a binary string; convert raw bytes once per input. */
const binaryCache = new WeakMap<Uint8Array, string>();
export function fontFile(data: FontData): string {
  if (typeof data === 'string') return data.replace(/^data:[^,]*,/, '');
  let s = binaryCache.get(data);
  if (s === undefined) {
    const parts: string[] = [];
    for (let i = 0; i < data.length; i += 0x8000) parts.push(String.fromCharCode(...data.subarray(i, i + 0x8000)));
    s = parts.join('');
    binaryCache.set(data, s);
  }
  return s;
}

/** An empty A4 document with the report fonts embedded (jsPDF subsets them to the glyphs used). */
export function createA4Document(fonts: ReportFonts): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', fontFile(fonts.regular));
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fontFile(fonts.bold));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal', 'Identity-H');
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold', 'Identity-H');
  doc.setFont(FONT_FAMILY, 'normal');
  return doc;
}
