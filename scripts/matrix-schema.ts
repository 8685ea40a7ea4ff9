/** Writes docs/matrix.schema.json from the zod schema (test/unit/matrixSchema.test.ts checks it is up to date). */
import fs from 'node:fs';
import { matrixJsonSchemaText } from '../shared/domain/matrixSchemaJson';

fs.writeFileSync('docs/matrix.schema.json', matrixJsonSchemaText());
console.log('wrote docs/matrix.schema.json');
