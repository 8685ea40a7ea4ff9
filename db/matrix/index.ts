/**
 * Reading and writing the organisation's own matrix (docs/matrix-format.md, ADR 0015). Runs in the backend only, so
 * exceljs never reaches the renderer's bundle; the renderer sends the file's bytes.
 */
import { MATRIX_FILE_MAX_BYTES } from '../../shared/domain/matrixFile';
import type { TemplateContent } from '../../shared/domain/template';
import { matrixToJson, readMatrixJson, type MatrixRead } from './json';
import { readMatrixXlsx } from './readXlsx';
import { matrixToXlsx } from './writeXlsx';

export type { MatrixRead } from './json';
export type MatrixFormat = 'json' | 'xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (b: Uint8Array) => ZIP.every((x, i) => b[i] === x);

/** Which reader a file gets: by its name, checked against its first bytes (a .xlsx is a zip file). */
function formatOf(bytes: Uint8Array, fileName: string): MatrixFormat | 'not_a_spreadsheet' | 'unknown' {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return isZip(bytes) ? 'xlsx' : 'not_a_spreadsheet';
  if (name.endsWith('.json')) return 'json';
  if (isZip(bytes)) return 'xlsx';
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{') ? 'json' : 'unknown';
}

/** The one problem of a file over MATRIX_FILE_MAX_BYTES (known from its size alone). */
export const tooLarge = (bytes: number): MatrixRead => ({
  ok: false,
  problems: [
    {
      place: { kind: 'file' },
      code: 'too_large',
      params: { maximum: MATRIX_FILE_MAX_BYTES / 1024 / 1024, size: Math.ceil(bytes / 1024 / 1024) },
    },
  ],
});

/** A matrix file as its valid import form, or every problem found (at most 50), each with its place. */
export async function readMatrixFile(bytes: Uint8Array, fileName: string): Promise<MatrixRead> {
  if (bytes.byteLength > MATRIX_FILE_MAX_BYTES) return tooLarge(bytes.byteLength);
  const format = formatOf(bytes, fileName);
  if (format === 'xlsx') return readMatrixXlsx(bytes);
  if (format === 'json') return readMatrixJson(bytes);
  return { ok: false, problems: [{ place: { kind: 'file' }, code: format === 'unknown' ? 'unknown_format' : format }] };
}

export async function writeMatrixFile(content: TemplateContent, format: MatrixFormat): Promise<Uint8Array> {
  return format === 'xlsx' ? matrixToXlsx(content) : matrixToJson(content);
}
