/**
 * Caches successful GET responses of the read-only analytics endpoints by URL until the data
 * changes (an ingest run finishing or the patent count moving, checked at most once a second,
 * or `clear()` after an upload). The check is a query, so a database outage still answers 503
 * instead of serving old data as if all were well. Landscape-style aggregations over 100k families take
 * seconds in Neo4j; analysts re-open the same scopes again and again, so the second answer is
 * served from memory. Responses carry `x-cache: hit|miss` so a client can tell.
 */

import type { Database } from '@graph-schema/db/driver';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DataVersionGate } from '../navigation/cache';
import { readDataVersion } from '../queries/citations/data-version';

const CACHEABLE = [
  '/api/landscape',
  '/api/maps/',
  '/api/chains',
  '/api/gaps',
  '/api/tech-effect',
  '/api/patents/',
  '/api/core-patents',
  '/api/routes/',
];

export interface ResponseCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  versionCheckMs?: number;
}

/** Least-recently-used payloads bounded by count and by characters (Map keeps use order). */
class PayloadLru {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  get(key: string): string | undefined {
    const payload = this.entries.get(key);
    if (payload === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, payload);
    return payload;
  }

  set(key: string, payload: string): void {
    if (payload.length > this.maxChars) return;
    this.delete(key);
    this.entries.set(key, payload);
    this.chars += payload.length;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  private delete(key: string): void {
    const payload = this.entries.get(key);
    if (payload === undefined) return;
    this.entries.delete(key);
    this.chars -= payload.length;
  }
}

export class ResponseCache {
  private readonly entries: PayloadLru;
  private readonly gate: DataVersionGate;

  constructor(db: Database, options: ResponseCacheOptions = {}) {
    this.entries = new PayloadLru(options.maxEntries ?? 2000, (options.maxBytes ?? 128 * 1024 * 1024) / 2);
    this.gate = new DataVersionGate(
      () => readDataVersion(db),
      () => this.entries.clear(),
      options.versionCheckMs ?? 1000,
    );
  }

  clear(): void {
    this.entries.clear();
    this.gate.reset();
  }

  register(app: FastifyInstance): void {
    app.addHook('preHandler', async (request, reply) => {
      // Returning the reply from an async hook means "already answered": only do so on a hit.
      if (!isCacheable(request.method, request.url)) return;
      await this.gate.ensureFresh();
      const hit = this.entries.get(request.url);
      if (hit === undefined) return;
      return sendCached(reply, hit);
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (!isCacheable(request.method, request.url) || reply.statusCode !== 200) return payload;
      if (reply.getHeader('x-cache') === 'hit' || typeof payload !== 'string') return payload;
      reply.header('x-cache', 'miss');
      this.entries.set(request.url, payload);
      return payload;
    });
  }
}

function isCacheable(method: string, url: string): boolean {
  return method === 'GET' && CACHEABLE.some((prefix) => url.startsWith(prefix));
}

function sendCached(reply: FastifyReply, payload: string): FastifyReply {
  return reply.header('x-cache', 'hit').type('application/json; charset=utf-8').send(payload);
}
