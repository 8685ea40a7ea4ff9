/** Turns the schema's findings (zod issues) into matrix problems that name a path; the spreadsheet maps paths to cells. */
import type { z } from 'zod';
import type { MatrixProblem, MatrixProblemCode } from './matrixFile';

export type Path = (string | number)[];

export interface PathProblem {
  path: Path;
  code: MatrixProblemCode;
  params?: Record<string, string | number>;
}

function codeOf(issue: z.core.$ZodIssue): Pick<PathProblem, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? { code: 'required' }
        : { code: 'wrong_type', params: { expected: issue.expected } };
    case 'too_small':
      return issue.origin === 'array'
        ? { code: 'too_few', params: { minimum: Number(issue.minimum) } }
        : issue.origin === 'string'
          ? { code: 'required' }
          : { code: 'invalid', params: { detail: issue.message.slice(0, 120) } };
    case 'too_big':
      return issue.origin === 'array'
        ? { code: 'too_many', params: { maximum: Number(issue.maximum) } }
        : issue.origin === 'string'
          ? { code: 'too_long', params: { maximum: Number(issue.maximum) } }
          : { code: 'invalid', params: { detail: issue.message.slice(0, 120) } };
    case 'invalid_format':
      return { code: 'invalid_key' };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { fields: issue.keys.join(', ').slice(0, 200) } };
    case 'custom':
      if (issue.message === 'duplicate_key' || issue.message === 'scale_order') return { code: issue.message };
      return { code: 'invalid', params: { detail: issue.message.slice(0, 120) } };
    default:
      return { code: 'invalid', params: { detail: issue.message.slice(0, 120) } };
  }
}

export function pathProblems(error: z.ZodError): PathProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    ...codeOf(issue),
  }));
}

/** A JSON path as people read it: principles[0].items[2].question.nl */
export function jsonPath(path: Path): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(root)';
}

export const asJsonProblems = (problems: PathProblem[]): MatrixProblem[] =>
  problems.map(({ path, code, params }) => ({
    place: { kind: 'json', path: jsonPath(path) },
    code,
    ...(params ? { params } : {}),
  }));
