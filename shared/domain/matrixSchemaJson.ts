/** The JSON Schema of the matrix file (docs/matrix.schema.json), generated from the schema the import validates with. */
import { z } from 'zod';
import { matrixFileSchema } from './matrixFile';

export function matrixJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(matrixFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'matrix.schema.json',
    title: 'Casusaudit matrix (Collaborative Case Audit)',
    description: 'The organisation’s own matrix, as imported by Casusaudit. See docs/matrix-format.md.',
  };
}

export const matrixJsonSchemaText = (): string => `${JSON.stringify(matrixJsonSchema(), null, 2)}\n`;
