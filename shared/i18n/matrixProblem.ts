/** One problem of an imported matrix file as a sentence: where it is (sheet, row, column or JSON path), then what. */
import type { TFunction } from 'i18next';
import type { MatrixProblem } from '../domain/matrixFile';

export function matrixProblemPlace(t: TFunction, { place }: MatrixProblem): string {
  switch (place.kind) {
    case 'file':
      return t('matrix.place.file');
    case 'json':
      return t('matrix.place.json', { path: place.path });
    case 'sheet':
      if (place.row === undefined) return t('matrix.place.sheet', { sheet: place.sheet });
      if (!place.column) return t('matrix.place.sheetRow', { sheet: place.sheet, row: place.row });
      return t('matrix.place.sheetCell', { ...place });
  }
}

export const matrixProblemText = (t: TFunction, p: MatrixProblem): string =>
  t(`matrix.problem.${p.code}`, { ...p.params });

export const describeMatrixProblem = (t: TFunction, p: MatrixProblem): string =>
  `${matrixProblemPlace(t, p)}: ${matrixProblemText(t, p)}`;
