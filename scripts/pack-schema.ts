// Writes docs/pack.schema.json from the zod pack schema (`npm run pack:schema`). A unit test fails when the
// committed file differs from what this writes, so run it after changing lib/packs/schema.ts or lib/templates/schema.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getPackJsonSchemaText } from '../lib/packs/json-schema';

const target = fileURLToPath(new URL('../docs/pack.schema.json', import.meta.url));
writeFileSync(target, getPackJsonSchemaText());
console.log(`Wrote ${target}`);
