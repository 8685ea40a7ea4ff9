/**
 * The organisation's own matrix as a file (ADR 0015): import and export, served through Backend.call because
 * exceljs reads and writes asynchronously. The file is read and checked in full first; only a valid matrix is then
 * stored, with one INSERT in one transaction, so an import either succeeds whole or changes nothing.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { contract, type Parsed, type Results } from '../../shared/api/contract';
import { ApiFailure, type ApiResult } from '../../shared/api/errors';
import { MATRIX_FILE_OPERATIONS, type MatrixFileOperationName } from '../../shared/api/operations';
import {
  MATRIX_FILE_MAX_BYTES,
  matrixFileSchema,
  toTemplateContent,
  type MatrixFile,
  type MatrixProblem,
} from '../../shared/domain/matrixFile';
import { asJsonProblems, pathProblems } from '../../shared/domain/matrixIssues';
import type { TemplateRef } from '../../shared/domain/model';
import { readMatrixFile, tooLarge, writeMatrixFile } from '../matrix';
import { templatesRepository } from '../repositories/templates';
import { storageError } from './dispatch';

export const isMatrixFileOperation = (op: string): op is MatrixFileOperationName =>
  (MATRIX_FILE_OPERATIONS as readonly string[]).includes(op);

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const;

const MAX_PROBLEMS = 50;

type Answer<O extends MatrixFileOperationName> = Promise<ApiResult<Results[O]>>;

const invalid = (problems: MatrixProblem[]) =>
  ({ ok: false, error: { code: 'matrix_invalid', params: { count: problems.length }, problems } }) as const;

/** A valid matrix becomes one INSERT in one immediate transaction: the next version of its slug, or version 1. */
function storeMatrix(db: () => Database, now: () => Date, file: MatrixFile): TemplateRef {
  const database = db();
  const templates = templatesRepository(database);
  const content = toTemplateContent(file, 1);
  return database.transaction(() => templates.insert(content, now().toISOString())).immediate();
}

async function importMatrix(db: () => Database, now: () => Date, args: Parsed<'importMatrix'>): Answer<'importMatrix'> {
  // The size from the base64 length, before decoding: a 20 MB file is refused without being read.
  const size = Math.floor((args.data.length * 3) / 4);
  const read =
    size > MATRIX_FILE_MAX_BYTES
      ? tooLarge(size)
      : await readMatrixFile(new Uint8Array(Buffer.from(args.data, 'base64')), args.fileName);
  if (!read.ok) return invalid(read.problems);
  return { ok: true, value: storeMatrix(db, now, read.file) };
}

/** A matrix edited in the app: checked by the import's schema, stored by the import's path (problems by JSON path). */
function saveMatrixVersion(
  db: () => Database,
  now: () => Date,
  args: Parsed<'saveMatrixVersion'>,
): ApiResult<TemplateRef> {
  const parsed = matrixFileSchema.safeParse(args.content);
  if (!parsed.success) return invalid(asJsonProblems(pathProblems(parsed.error)).slice(0, MAX_PROBLEMS));
  return { ok: true, value: storeMatrix(db, now, parsed.data) };
}

async function exportMatrix(db: () => Database, args: Parsed<'exportMatrix'>): Answer<'exportMatrix'> {
  const found = templatesRepository(db()).get(args.id);
  if (!found) return { ok: false, error: { code: 'not_found', params: { entity: 'template', id: args.id } } };
  const bytes = await writeMatrixFile(found.content, args.format);
  return {
    ok: true,
    value: {
      fileName: `${found.slug}-v${found.version}.${args.format}`,
      mimeType: MIME[args.format],
      data: Buffer.from(bytes).toString('base64'),
    },
  };
}

/** Validates the arguments as dispatch does, then runs the operation; failures become typed errors. */
export async function callMatrixFile(
  open: () => Database | null,
  now: () => Date,
  operation: MatrixFileOperationName,
  args: unknown,
  log: (msg: string, err: unknown) => void,
): Promise<ApiResult<unknown>> {
  const parsed = contract[operation].safeParse(args ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 20)
      .map((i) => ({ path: i.path.join('.'), message: i.message.slice(0, 200) }));
    return { ok: false, error: { code: 'invalid_arguments', issues } };
  }
  // The database as it is after the file was read (a restore may have swapped it meanwhile).
  const db = () => {
    const current = open();
    if (!current) throw new ApiFailure('storage_failed', { reason: 'closed' });
    return current;
  };
  try {
    if (operation === 'saveMatrixVersion')
      return saveMatrixVersion(db, now, parsed.data as Parsed<'saveMatrixVersion'>);
    return operation === 'importMatrix'
      ? await importMatrix(db, now, parsed.data as Parsed<'importMatrix'>)
      : await exportMatrix(db, parsed.data as Parsed<'exportMatrix'>);
  } catch (err) {
    if (err instanceof ApiFailure) return { ok: false, error: err.toError() };
    const mapped = storageError(err);
    log(`${mapped ? 'storage' : 'unexpected'} error in ${operation}`, err);
    return { ok: false, error: mapped ?? { code: 'internal' } };
  }
}
