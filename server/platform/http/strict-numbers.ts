/**
 * Strict numbers in query strings and path parameters. The contract's query schemas read numbers
 * with `z.coerce.number()`, and `Number()` accepts `0x10`, ` 5 ` and `""` (as 16, 5 and 0). This
 * validator finds the coerced number fields of a schema once, at route registration, and turns
 * any value of them that is not plain decimal notation into NaN before zod reads it, so zod
 * rejects it as not a number and the error names the field (400 VALIDATION_FAILED).
 */
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

/** An optional sign, digits, an optional decimal part: what a person or a form writes. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

interface SchemaDef {
  type?: string;
  coerce?: boolean;
  innerType?: { _zod?: { def?: SchemaDef } };
  in?: { _zod?: { def?: SchemaDef } };
  element?: { _zod?: { def?: SchemaDef } };
  shape?: Record<string, { _zod?: { def?: SchemaDef } }>;
}

const defOf = (schema: unknown): SchemaDef | undefined =>
  (schema as { _zod?: { def?: SchemaDef } })?._zod?.def;

/** Through optional, default, nullable and pipes (a transform's input side) to the value's own schema. */
function innermost(def: SchemaDef | undefined): SchemaDef | undefined {
  let current = def;
  for (let depth = 0; current && depth < 20; depth++) {
    const next = current.innerType ?? (current.type === 'pipe' ? current.in : undefined);
    if (!next) return current;
    current = defOf(next);
  }
  return current;
}

const isCoercedNumber = (def: SchemaDef | undefined) => def?.type === 'number' && def.coerce === true;

/** Keys of an object schema whose values are coerced numbers (or arrays of them). */
export function coercedNumberKeys(schema: unknown): string[] {
  const object = innermost(defOf(schema));
  if (object?.type !== 'object' || !object.shape) return [];
  return Object.entries(object.shape)
    .filter(([, field]) => {
      const inner = innermost(defOf(field));
      return (
        isCoercedNumber(inner) ||
        (inner?.type === 'array' && isCoercedNumber(innermost(defOf(inner.element))))
      );
    })
    .map(([key]) => key);
}

const strict = (value: unknown) => (typeof value === 'string' && !DECIMAL.test(value) ? 'NaN' : value);

export const strictValidatorCompiler: FastifySchemaCompiler<unknown> = (route) => {
  const validate = validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
  if (route.httpPart !== 'querystring' && route.httpPart !== 'params') return validate;
  const keys = coercedNumberKeys(route.schema);
  if (keys.length === 0) return validate;
  return (data: unknown) => {
    if (!data || typeof data !== 'object') return validate(data);
    const checked: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    for (const key of keys) {
      const value = checked[key];
      if (value !== undefined) checked[key] = Array.isArray(value) ? value.map(strict) : strict(value);
    }
    return validate(checked);
  };
};
