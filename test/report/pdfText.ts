/** Reads a PDF back the way a reader would: pdfjs-dist text per page, with each item's position. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: PdfTextItem[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdfjs may transfer the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    let text = '';
    for (const it of content.items) {
      if (!('str' in it)) continue;
      items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height });
      text += it.str + (it.hasEOL ? '\n' : ' ');
    }
    pages.push({ width, height, text, items });
  }
  await doc.destroy();
  return pages;
}

/** Whitespace carries no meaning after wrapping: compare texts without it. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
