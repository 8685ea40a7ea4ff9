/** A stored matrix as a spreadsheet in the import layout (docs/matrix-format.md): export, and the template to start from. */
import ExcelJS from 'exceljs';
import type { LocalizedText, TemplateContent, TemplateItem } from '../../shared/domain/template';
import {
  MATRIX_FIELD_LABELS,
  MATRIX_SHEET,
  OVERALL_LABEL,
  PRINCIPLES_SHEET,
  QUESTIONS_SHEET,
  type SheetLayout,
} from './layout';

type Cells = Record<string, string | number>;

function addSheet(wb: ExcelJS.Workbook, layout: SheetLayout, rows: Cells[]): void {
  const ws = wb.addWorksheet(layout.nl, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = layout.columns.map((c) => ({ header: c.nl, key: c.id, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.eachRow((row, n) => {
    if (n > 1) row.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** English only where it differs from Dutch (an import fills it from Dutch again). */
const en = (t: LocalizedText): string => (t.en === t.nl ? '' : t.en);

function questionRow(principle: string, q: TemplateItem): Cells {
  const lookForEn = q.lookFor.some((l) => l.en !== l.nl) ? q.lookFor.map((l) => l.en).join('\n') : '';
  return {
    principle,
    key: q.key,
    title: q.title.nl,
    question: q.question.nl,
    lookFor: q.lookFor.map((l) => l.nl).join('\n'),
    minAnchor: q.scale.minAnchor.nl,
    maxAnchor: q.scale.maxAnchor.nl,
    allowNotApplicable: q.allowNotApplicable ? 'ja' : 'nee',
    min: q.scale.min,
    max: q.scale.max,
    titleEn: en(q.title),
    questionEn: en(q.question),
    lookForEn,
    minAnchorEn: en(q.scale.minAnchor),
    maxAnchorEn: en(q.scale.maxAnchor),
  };
}

export async function matrixToXlsx(content: TemplateContent): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Casusaudit';
  addSheet(wb, MATRIX_SHEET, [
    { field: MATRIX_FIELD_LABELS.slug, nl: content.slug, en: '' },
    { field: MATRIX_FIELD_LABELS.name, nl: content.name.nl, en: en(content.name) },
    { field: MATRIX_FIELD_LABELS.source, nl: content.source.nl, en: en(content.source) },
  ]);
  addSheet(
    wb,
    PRINCIPLES_SHEET,
    content.principles.map((p) => ({
      key: p.key,
      title: p.title.nl,
      intro: p.intro.nl,
      titleEn: en(p.title),
      introEn: en(p.intro),
    })),
  );
  addSheet(wb, QUESTIONS_SHEET, [
    ...content.principles.flatMap((p) => p.items.map((q) => questionRow(p.key, q))),
    questionRow(OVERALL_LABEL, content.overall),
  ]);
  const questions = wb.getWorksheet(QUESTIONS_SHEET.nl)!;
  const naColumn = QUESTIONS_SHEET.columns.findIndex((c) => c.id === 'allowNotApplicable') + 1;
  const last = questions.rowCount + 100;
  for (let r = 2; r <= last; r++) {
    questions.getRow(r).getCell(naColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"ja,nee"'],
    };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
