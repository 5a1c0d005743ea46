import * as z from 'zod';
import { packSchema } from './schema';

/**
 * The JSON Schema of a pack file (docs/pack.schema.json), generated from the zod schema so that editors validate
 * packs with the same field rules as Replywell. It describes the file as written (`io: 'input'`: fields with a
 * default, such as `tags` and `channels`, may be left out).
 */
export function getPackJsonSchemaText(): string {
  const schema = z.toJSONSchema(packSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
