/**
 * Query strings for the API, typed from the endpoint's query schema in graph-schema/dto, so a
 * parameter the contract does not know, or a value of the wrong type, fails to compile.
 */
import type { z } from 'zod';
import { type Filters, filtersToPairs, type QueryValue, queryText } from '../scope/filters';

/**
 * An endpoint's parameters as the web passes them: optional where the schema's input is (fields with
 * a default may be left out), with the schema's output types (numbers, enum members, lists as arrays).
 * Fields whose output a query string cannot carry (e.g. a record) only accept undefined.
 */
export type QueryParams<S extends z.ZodObject> = {
  [K in keyof z.input<S>]: Extract<z.output<S>[K & keyof z.output<S>], QueryValue>;
};

function isGiven(value: QueryValue | undefined): value is QueryValue {
  return value !== undefined && !(typeof value === 'object' && value.length === 0);
}

/**
 * The path plus the scope filters and the endpoint's parameters (which win over a filter of the same
 * name), in the schema's field order. Filters the schema does not take are left out: the panorama's
 * chain, for one, travels in the path.
 */
export function apiUrl<S extends z.ZodObject>(
  path: string,
  schema: S,
  params: QueryParams<S>,
  filters?: Filters,
): string {
  const texts = new Map<string, string>(filters === undefined ? [] : filtersToPairs(filters));
  for (const [key, value] of Object.entries(params) as [string, QueryValue | undefined][]) {
    if (isGiven(value)) texts.set(key, queryText(value));
  }
  const query = new URLSearchParams();
  for (const key of Object.keys(schema.shape)) {
    const text = texts.get(key);
    if (text !== undefined) query.set(key, text);
  }
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}
