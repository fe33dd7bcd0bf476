/**
 * The API call behind a report number: one query string built from the project's scope plus the
 * endpoint's own parameters. The chapter parses the endpoint's query schema from that very string
 * (so its numbers are the API's for the same call) and prints it as the evidence a reader repeats.
 */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { SCOPE_FIELDS } from '@graph-schema/dto/scope';
import type { z } from 'zod';

export type QueryValue = string | number | readonly string[] | undefined;

/** `key=value&…` in scope-field order, then the extra parameters in the order given; lists comma-joined. */
export function apiSearch(scope: ScopeQuery, extra: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  const put = (key: string, value: QueryValue) => {
    if (value === undefined) return;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : value.join(',');
    if (text !== '') params.set(key, text);
  };
  for (const field of SCOPE_FIELDS) put(field, scope[field] as QueryValue);
  for (const [key, value] of Object.entries(extra)) put(key, value);
  return params.toString();
}

/** The path a reader can request again, e.g. `/api/gaps?dateBasis=priority&chain=…`. */
export function apiPath(path: string, search: string): string {
  return search === '' ? path : `${path}?${search}`;
}

/** The endpoint's query parsed from the same string the evidence prints (throws on an invalid one). */
export function parseSearch<Schema extends z.ZodType>(schema: Schema, search: string): z.output<Schema> {
  return schema.parse(Object.fromEntries(new URLSearchParams(search)));
}
