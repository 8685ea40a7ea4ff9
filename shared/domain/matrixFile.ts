/**
 * The matrix as an organisation writes it (docs/matrix-format.md): the import-facing variant of the template
 * schema. English is optional everywhere (filled from Dutch), the version is given by the import, and a principle
 * has 1 to 12 questions. docs/matrix.schema.json is generated from `matrixFileSchema` (test/unit/matrixSchema.test.ts).
 */
import { z } from 'zod';
import { templateContentSchema, type LocalizedText, type TemplateContent } from './template';

/** The largest matrix file the app reads (JSON or .xlsx); the HTTP bridge carries at most 4 MB of base64 text. */
export const MATRIX_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const MAX_QUESTIONS_PER_PRINCIPLE = 12;
export const MAX_PRINCIPLES = 12;

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) =>
  z
    .object({ nl: text(max), en: text(max).optional() })
    .strict()
    .describe('Dutch text, English optional');

export const matrixKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'invalid_key')
  .max(80)
  .describe('lower-case letters, digits and dashes, parts joined by dots');

const scale = z
  .object({
    min: z.number().int().min(0).max(100).default(0),
    max: z.number().int().min(1).max(100).default(10),
    minAnchor: localized(300),
    maxAnchor: localized(300),
  })
  .strict()
  .refine((s) => s.max > s.min, { message: 'scale_order', path: ['max'] });

const item = z
  .object({
    key: matrixKeySchema,
    title: localized(160),
    question: localized(600),
    lookFor: z.array(localized(400)).max(12).default([]),
    scale,
    allowNotApplicable: z.boolean().default(false),
  })
  .strict();

const principle = z
  .object({
    key: matrixKeySchema,
    title: localized(200),
    intro: localized(1000),
    items: z.array(item).min(1).max(MAX_QUESTIONS_PER_PRINCIPLE),
  })
  .strict();

export const matrixFileSchema = z
  .object({
    $schema: z.string().max(300).optional(),
    slug: matrixKeySchema,
    version: z.number().int().min(1).optional().describe('ignored on import: the import makes the next version'),
    name: localized(200),
    source: localized(2000),
    principles: z.array(principle).min(1).max(MAX_PRINCIPLES),
    overall: item.describe('"Het traject als geheel": the overall scale, scored last'),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    const check = (key: string, path: (string | number)[]) => {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate_key', path: [...path, 'key'] });
      seen.add(key);
    };
    t.principles.forEach((p, i) => {
      check(p.key, ['principles', i]);
      p.items.forEach((q, j) => check(q.key, ['principles', i, 'items', j]));
    });
    check(t.overall.key, ['overall']);
  });
export type MatrixFile = z.output<typeof matrixFileSchema>;
export type MatrixFileInput = z.input<typeof matrixFileSchema>;

const full = (t: { nl: string; en?: string | undefined }): LocalizedText => ({ nl: t.nl, en: t.en ?? t.nl });

/** The stored template for a valid matrix file: English falls back to Dutch, with the version the import chose. */
export function toTemplateContent(file: MatrixFile, version: number): TemplateContent {
  const item = (q: MatrixFile['overall']) => ({
    key: q.key,
    title: full(q.title),
    question: full(q.question),
    lookFor: q.lookFor.map(full),
    scale: {
      min: q.scale.min,
      max: q.scale.max,
      minAnchor: full(q.scale.minAnchor),
      maxAnchor: full(q.scale.maxAnchor),
    },
    allowNotApplicable: q.allowNotApplicable,
  });
  return templateContentSchema.parse({
    slug: file.slug,
    version,
    name: full(file.name),
    source: full(file.source),
    principles: file.principles.map((p) => ({
      key: p.key,
      title: full(p.title),
      intro: full(p.intro),
      items: p.items.map(item),
    })),
    overall: item(file.overall),
  });
}

/** Where a problem in an imported file is: a cell of the spreadsheet, or a path in the JSON. */
export type MatrixProblemPlace =
  | { kind: 'file' }
  | { kind: 'json'; path: string }
  | { kind: 'sheet'; sheet: string; row?: number; column?: string; heading?: string };

export const MATRIX_PROBLEM_CODES = [
  'too_large',
  'not_a_spreadsheet',
  'not_json',
  'unknown_format',
  'missing_sheet',
  'missing_column',
  'required',
  'too_long',
  'too_many',
  'too_few',
  'invalid_key',
  'duplicate_key',
  'not_yes_no',
  'not_a_number',
  'wrong_type',
  'unknown_field',
  'unknown_principle',
  'no_overall',
  'two_overall',
  'look_for_count',
  'scale_order',
  'invalid',
] as const;
export type MatrixProblemCode = (typeof MATRIX_PROBLEM_CODES)[number];

export interface MatrixProblem {
  place: MatrixProblemPlace;
  code: MatrixProblemCode;
  params?: Record<string, string | number>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * importMatrix's argument: the file's name and bytes (base64). The bound is generous so a too large file gets its
 * own clear answer (too_large) from the backend rather than a refused argument; the renderer checks the size first.
 */
export const matrixImportInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    data: z
      .string()
      .max(64 * 1024 * 1024)
      .regex(BASE64),
  })
  .strict();
export const MATRIX_EXPORT_FORMATS = ['xlsx', 'json'] as const;
export type MatrixExportFormat = (typeof MATRIX_EXPORT_FORMATS)[number];
export const matrixExportInput = z
  .object({ id: z.number().int().positive(), format: z.enum(MATRIX_EXPORT_FORMATS) })
  .strict();

/**
 * saveMatrixVersion's argument: a matrix edited in the app, in the import form (docs/matrix-format.md). Only its
 * shape is checked here; the backend validates it with matrixFileSchema, so problems come back by JSON path
 * (matrix_invalid) as for an imported JSON file. The HTTP bridge bounds its size (4 MB).
 */
export const matrixSaveInput = z.object({ content: z.record(z.string(), z.unknown()) }).strict();

/** An exported matrix: its bytes as base64, with a file name and type for the download. */
export interface MatrixExport {
  fileName: string;
  mimeType: string;
  data: string;
}
