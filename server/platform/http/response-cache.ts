/**
 * Caches successful GET responses of the routes that opt in with `config: { cache: true }`, by
 * URL and the user's visible workspaces (platform/visibility), until the data version changes. Landscape-style aggregations over 100k families take
 * seconds in Neo4j; analysts re-open the same scopes again and again, so the second answer is
 * served from memory. Responses carry `x-cache: hit|miss` so a client can tell. Opting in per route
 * (not by URL prefix) keeps the decision next to the route it concerns.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VersionedCache } from '../cache/versioned-cache';
import type { DataVersion } from '../data-version/data-version';
import { visibilityKey } from '../visibility/visibility';

export interface ResponseCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Serve repeated GETs of this route from the response cache until the data changes. */
    cache?: boolean;
  }
}

/** A route option: spread into a route's options to cache its responses. */
export const CACHED = { config: { cache: true } } as const;

export function registerResponseCache(
  app: FastifyInstance,
  dataVersion: DataVersion,
  options: ResponseCacheOptions = {},
): void {
  const responses = new VersionedCache<string>(dataVersion, {
    maxEntries: options.maxEntries ?? 2000,
    maxBytes: options.maxBytes ?? 128 * 1024 * 1024,
    // JavaScript strings hold UTF-16 code units: two bytes per character.
    sizeOf: (payload) => payload.length * 2,
  });
  app.addHook('preHandler', async (request, reply) => {
    // Returning the reply from an async hook means "already answered": only do so on a hit.
    if (!request.routeOptions.config.cache || request.method !== 'GET') return;
    const hit = await responses.peek(cacheKey(request));
    if (hit === undefined) return;
    return sendCached(reply, hit);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.routeOptions.config.cache || request.method !== 'GET' || reply.statusCode !== 200)
      return payload;
    if (reply.getHeader('x-cache') === 'hit' || typeof payload !== 'string') return payload;
    reply.header('x-cache', 'miss');
    responses.set(cacheKey(request), payload);
    return payload;
  });
}

/** By URL and by what the request's user may see: one client never gets another's cached answer. */
const cacheKey = (request: FastifyRequest) =>
  `${visibilityKey(request.visibility.visibility)} ${request.url}`;

function sendCached(reply: FastifyReply, payload: string): FastifyReply {
  return reply.header('x-cache', 'hit').type('application/json; charset=utf-8').send(payload);
}
