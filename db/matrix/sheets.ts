/** Reading cells and headed sheets of a workbook (exceljs) as plain text, with each value's place. */
import type ExcelJS from 'exceljs';
import type { MatrixProblem } from '../../shared/domain/matrixFile';
import { normalise, type Column, type SheetLayout } from './layout';

export interface Place {
  sheet: string;
  row: number;
  column: string;
  heading: string;
}

export interface SheetRow {
  row: number;
  /** text by column id ('' when empty or the column is absent) */
  text: (id: string) => string;
  raw: (id: string) => ExcelJS.CellValue;
  place: (id: string) => Place;
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\r\n?/g, '\n');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in v) return cellText(v.text as ExcelJS.CellValue);
  return '';
}

export const findSheet = (wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet | undefined =>
  wb.worksheets.find((ws) => [layout.nl, layout.en].map(normalise).includes(normalise(ws.name)));

const letter = (n: number): string =>
  (n <= 26 ? '' : letter(Math.floor((n - 1) / 26))) + String.fromCharCode(65 + ((n - 1) % 26));

/** The sheet's rows under its heading row (row 1), empty rows left out; or the problems with its headings. */
export function readSheet(
  ws: ExcelJS.Worksheet,
  layout: SheetLayout,
): { ok: true; rows: SheetRow[] } | { ok: false; problems: MatrixProblem[] } {
  const found = new Map<string, number>();
  ws.getRow(1).eachCell((cell, colNumber) => {
    const heading = normalise(cellText(cell.value));
    const column = layout.columns.find((c) => normalise(c.nl) === heading || normalise(c.en) === heading);
    if (column && !found.has(column.id)) found.set(column.id, colNumber);
  });
  const missing = layout.columns.filter((c) => c.required && !found.has(c.id));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: missing.map((c) => ({
        place: { kind: 'sheet', sheet: ws.name, row: 1, heading: c.nl },
        code: 'missing_column',
        params: { heading: c.nl },
      })),
    };
  }
  const byId = new Map<string, Column>(layout.columns.map((c) => [c.id, c]));
  const rows: SheetRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raw = (id: string) => {
      const n = found.get(id);
      return n === undefined ? null : row.getCell(n).value;
    };
    const text = (id: string) => cellText(raw(id)).trim();
    if (layout.columns.every((c) => text(c.id) === '')) continue;
    const place = (id: string): Place => {
      const n = found.get(id);
      const c = byId.get(id);
      return { sheet: ws.name, row: r, column: n === undefined ? '' : letter(n), heading: c?.nl ?? id };
    };
    rows.push({ row: r, text, raw, place });
  }
  return { ok: true, rows };
}
