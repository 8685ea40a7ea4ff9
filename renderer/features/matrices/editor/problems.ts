/**
 * The draft checked exactly as an import (matrixFileSchema on the import form): every problem with its JSON path,
 * the id of the field it belongs to, and where it is in words ("Principe 2, vraag 3, schaalvraag (Nederlands)").
 */
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import { toMatrixFile, type MatrixDraft } from '../../../../shared/domain/matrixDraft';
import { matrixFileSchema, type MatrixProblem } from '../../../../shared/domain/matrixFile';
import { jsonPath, pathProblems, type Path } from '../../../../shared/domain/matrixIssues';

export interface DraftProblem {
  path: string;
  fieldId: string;
  place: Path;
  problem: MatrixProblem;
}

/** The id of the control for a JSON path: principles[0].items[1].question.nl → mx-principles-0-items-1-question-nl */
export const fieldId = (path: string): string => `mx-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

/** A hidden key belongs to the title it was made from. */
const forField = (p: Path): Path => (p.at(-1) === 'key' ? [...p.slice(0, -1), 'title', 'nl'] : p);

export function draftProblems(draft: MatrixDraft): DraftProblem[] {
  const file = toMatrixFile(draft);
  const parsed = matrixFileSchema.safeParse(file);
  if (parsed.success) return [];
  return pathProblems(parsed.error).map(({ path, code, params }) => {
    const scaleEnd = path.at(-2) === 'scale' && (path.at(-1) === 'min' || path.at(-1) === 'max');
    const problem: MatrixProblem =
      code === 'wrong_type' && scaleEnd
        ? { place: { kind: 'json', path: jsonPath(path) }, code: 'not_a_number', params: { value: '…' } }
        : { place: { kind: 'json', path: jsonPath(path) }, code, ...(params ? { params } : {}) };
    const target = forField(path);
    return { path: jsonPath(target), fieldId: fieldId(jsonPath(target)), place: path, problem };
  });
}

/** The problems shown next to their fields: null until the first attempt to save. */
export const ProblemsContext = createContext<Map<string, DraftProblem[]> | null>(null);

export function byPath(problems: DraftProblem[]): Map<string, DraftProblem[]> {
  const map = new Map<string, DraftProblem[]>();
  for (const p of problems) map.set(p.path, [...(map.get(p.path) ?? []), p]);
  return map;
}

export const useFieldProblems = (path: string): DraftProblem[] => useContext(ProblemsContext)?.get(path) ?? [];

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  source: 'source',
  title: 'title',
  intro: 'intro',
  items: 'items',
  question: 'questionText',
  lookFor: 'lookFor',
  minAnchor: 'minAnchor',
  maxAnchor: 'maxAnchor',
  min: 'min',
  max: 'max',
  key: 'key',
  nl: 'nl',
  en: 'en',
};

/** Where a problem is, in words. */
export function placeText(t: TFunction, path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    const next = path[i + 1];
    if (p === 'principles' && typeof next === 'number') {
      parts.push(t('matrixEditor.place.principle', { number: next + 1 }));
      i++;
    } else if (p === 'items' && typeof next === 'number') {
      parts.push(t('matrixEditor.place.question', { number: next + 1 }));
      i++;
    } else if (p === 'lookFor' && typeof next === 'number') {
      parts.push(t('matrixEditor.place.lookForPoint', { number: next + 1 }));
      i++;
    } else if (p === 'overall') parts.push(t('matrixEditor.place.overall'));
    else if (p === 'principles') parts.push(t('matrixEditor.place.principles'));
    else if (p === 'nl' || p === 'en') parts[parts.length - 1] += ` (${t(`matrixEditor.place.${p}`)})`;
    else if (typeof p === 'string' && FIELD_WORDS[p]) parts.push(t(`matrixEditor.place.${FIELD_WORDS[p]}`));
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
