/** docs/matrix.schema.json is what the code generates from the import's zod schema, and the documented files are valid. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import defaultMatrix from '../../db/templates/sofs-default-v1.json' with { type: 'json' };
import example from '../../docs/matrix-example.json' with { type: 'json' };
import { matrixFileSchema } from '../../shared/domain/matrixFile';
import { matrixJsonSchema } from '../../shared/domain/matrixSchemaJson';

describe('the matrix file format', () => {
  it('the committed JSON Schema equals the one generated from the zod schema (npx tsx scripts/matrix-schema.ts)', () => {
    const committed = JSON.parse(fs.readFileSync('docs/matrix.schema.json', 'utf8'));
    expect(committed).toEqual(matrixJsonSchema());
  });

  it('the default matrix and the example are valid matrix files', () => {
    expect(matrixFileSchema.safeParse(defaultMatrix).success).toBe(true);
    expect(matrixFileSchema.safeParse(example).success).toBe(true);
  });

  it('the format asks for Dutch, keeps English optional and allows 1 to 12 questions per principle', () => {
    const schema = matrixJsonSchema() as any;
    expect(schema.properties.name.required).toEqual(['nl']);
    const items = schema.properties.principles.items.properties.items;
    expect([items.minItems, items.maxItems]).toEqual([1, 12]);
  });
});
