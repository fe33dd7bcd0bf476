/**
 * A string property holding JSON (Neo4j stores no nested maps): a zod codec whose decoded side is
 * the value's schema, so the writer encodes and every reader decodes through the same schema.
 */
import { z } from 'zod';

export function jsonProperty<T extends z.ZodType>(schema: T) {
  return z.codec(z.string(), schema, {
    decode: (json, context) => {
      try {
        return JSON.parse(json);
      } catch (error) {
        context.issues.push({ code: 'invalid_format', format: 'json', input: json, message: String(error) });
        return z.NEVER;
      }
    },
    encode: (value) => JSON.stringify(value),
  });
}
