/** The matrix as JSON (docs/matrix-format.md): read strictly as UTF-8, validated by the same schema as a spreadsheet. */
import { matrixFileSchema, type MatrixFile, type MatrixProblem } from '../../shared/domain/matrixFile';
import type { TemplateContent } from '../../shared/domain/template';
import { asJsonProblems, pathProblems } from '../../shared/domain/matrixIssues';

export type MatrixRead = { ok: true; file: MatrixFile } | { ok: false; problems: MatrixProblem[] };

const MAX_PROBLEMS = 50;

export function readMatrixJson(bytes: Uint8Array): MatrixRead {
  let data: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    data = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof SyntaxError ? err.message.slice(0, 160) : 'utf-8';
    return { ok: false, problems: [{ place: { kind: 'file' }, code: 'not_json', params: { detail } }] };
  }
  const parsed = matrixFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: asJsonProblems(pathProblems(parsed.error)).slice(0, MAX_PROBLEMS) };
}

/** A stored matrix as the JSON an organisation can edit and import again (the version is informational). */
export function matrixToJson(content: TemplateContent): Uint8Array {
  const doc = { $schema: 'https://casusaudit.invalid/matrix.schema.json', ...content };
  return new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`);
}
