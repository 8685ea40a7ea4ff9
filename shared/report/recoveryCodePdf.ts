/**
 * One A4 page with a data file's recovery code (ADR 0014), to print or keep outside the laptop. The code is 64 hex
 * digits in groups of four, set large in a monospaced font so it can be typed back without mistakes. Only the core
 * PDF fonts are used: the texts are the app's own (Latin-1 in both languages) and the code is hex; no stored user
 * text is printed here.
 */
import { jsPDF } from 'jspdf';

export interface RecoveryCodeTexts {
  title: string;
  intro: string;
  keep: string;
  made: string;
}

const MARGIN = 20;
const WIDTH = 210 - 2 * MARGIN;

export function renderRecoveryCodePdf(code: string, texts: RecoveryCodeTexts): Uint8Array<ArrayBuffer> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: texts.title });
  let y = MARGIN + 6;
  const paragraph = (text: string) => {
    doc.setFont('helvetica', 'normal').setFontSize(11);
    for (const line of doc.splitTextToSize(text, WIDTH) as string[]) {
      doc.text(line, MARGIN, y);
      y += 5.5;
    }
  };
  doc.setFont('helvetica', 'bold').setFontSize(18).text(texts.title, MARGIN, y);
  y += 12;
  paragraph(texts.intro);
  y += 8;
  // Four groups of four per line: 4 lines, easy to read back aloud and to type.
  const groups = code.split(' ');
  doc.setFont('courier', 'bold').setFontSize(20);
  for (let i = 0; i < groups.length; i += 4) {
    doc.text(groups.slice(i, i + 4).join('  '), MARGIN + 4, y);
    y += 10;
  }
  y += 6;
  paragraph(texts.keep);
  y += 4;
  doc.setFontSize(9).text(texts.made, MARGIN, y);
  return new Uint8Array(doc.output('arraybuffer'));
}
