/**
 * Every operation of the app's OpenAPI document, and a request for it built from sample values
 * (the isolation test calls each one). A parameter without a sample fails the test: a new
 * operation cannot slip past the enumeration.
 */
import type { FastifyInstance } from 'fastify';

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, `{param}` style. */
  path: string;
  /** `METHOD /path`: how samples and reports name it. */
  key: string;
  pathParams: string[];
  /** Required query parameters: each needs a sample. */
  queryParams: string[];
  /** Optional query parameters: sent when a sample exists (to aim the call at another workspace). */
  optionalQueryParams: string[];
  multipart: boolean;
}

export interface Samples {
  path: Record<string, (op: Operation) => string>;
  query: Record<string, (op: Operation) => string>;
  /** Bodies by operation key; an operation with a body but no sample gets `{}`. */
  body: Record<string, unknown>;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, unknown> };
}

export function operationsOf(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase() as Operation['method'];
      const parameters = op.parameters ?? [];
      operations.push({
        method: upper,
        path,
        key: `${upper} ${path}`,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
        optionalQueryParams: parameters.filter((p) => p.in === 'query' && !p.required).map((p) => p.name),
        multipart: path === '/api/ingest/uploads',
      });
    }
  }
  return operations;
}

/** Whether a sample value names one of workspace B's objects (the caller says which values do). */
export function requestFor(
  op: Operation,
  samples: Samples & { targetsB?: (op: Operation, url: string) => boolean },
): { url: string; body: object | undefined; targetsB: boolean } {
  let url = op.path;
  for (const name of op.pathParams) {
    const sample = samples.path[name];
    if (!sample) throw new Error(`no sample for path parameter ${name} of ${op.key}`);
    url = url.replace(`{${name}}`, encodeURIComponent(sample(op)));
  }
  const query = new URLSearchParams();
  for (const name of op.queryParams) {
    const sample = samples.query[name];
    if (!sample) throw new Error(`no sample for query parameter ${name} of ${op.key}`);
    query.set(name, sample(op));
  }
  for (const name of op.optionalQueryParams) {
    const sample = samples.query[name];
    if (sample) query.set(name, sample(op));
  }
  if (query.size > 0) url = `${url}?${query.toString()}`;
  const body = op.method === 'GET' || op.multipart ? undefined : ((samples.body[op.key] ?? {}) as object);
  return { url, body, targetsB: samples.targetsB?.(op, url) ?? false };
}
