/**
 * Request hardening in front of every route: security headers with a CSP the web app passes
 * (@fastify/helmet), the Host header checked against the names this server answers to (a DNS
 * rebinding page sends its own name), cross-origin writes refused (a multipart POST from another
 * site carries that site's Origin), and a per-client rate limit (@fastify/rate-limit). Reasons for
 * each setting: docs/decisions/2026-12-04-http-hardening.md.
 */
import type { Socket } from 'node:net';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { ApiErrorBody } from '@graph-schema/dto/error';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from '../errors';

export interface SecurityOptions {
  /** Host names (no port) the server answers to; loopback names are always allowed. */
  allowedHosts?: readonly string[];
  /** Requests per client per minute; `false` turns the limit off (benchmarks). */
  rateLimitPerMinute?: number | false;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 3000;
/** Uploads start an ingest each: far fewer are needed, and each costs far more. */
export const UPLOADS_PER_MINUTE = 30;

/** `example.org:3000` → `example.org`, `[::1]:3000` → `::1`; lower case. */
export function hostNameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function checkHostAndOrigin(request: FastifyRequest, allowed: ReadonlySet<string>): void {
  const host = request.headers.host ?? '';
  if (!allowed.has(hostNameOf(host)))
    throw forbidden('host', `host ${JSON.stringify(hostNameOf(host))} is not a name this server answers to`);
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin === undefined) return; // Not a browser (curl, the CLI, tests): no cross-site risk.
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    throw forbidden('origin', 'origin: not a URL');
  }
  if (originHost !== host.trim().toLowerCase())
    throw forbidden('origin', `a write from another origin (${origin}) is refused`);
}

/** The CSP: own origin only; inline styles allowed because Cytoscape and the charts set style attributes. */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  const allowed = new Set([...LOOPBACK_HOSTS, ...(options.allowedHosts ?? []).map((h) => h.toLowerCase())]);
  app.addHook('onRequest', async (request) => checkHostAndOrigin(request, allowed));
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // The API and app are served over plain HTTP on localhost by default: HSTS would pin HTTPS.
    strictTransportSecurity: false,
  });
  if (options.rateLimitPerMinute !== false) {
    await app.register(fastifyRateLimit, {
      global: true,
      max: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      timeWindow: 60_000,
      // Thrown, so the app's error handler renders it as {code, message} with Retry-After.
      errorResponseBuilder: (_request, context) => ({
        statusCode: context.statusCode,
        code: 'TOO_MANY_REQUESTS',
        message: `too many requests: at most ${context.max} per minute; retry in ${context.after}`,
      }),
    });
  }
}

/** Per-route rate limit settings for the upload route (registered only when the limit is on). */
export const uploadRateLimit = { rateLimit: { max: UPLOADS_PER_MINUTE, timeWindow: 60_000 } };

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (an oversized request line or
 * header block, a malformed request): answered with the API's JSON error body, then closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body: ApiErrorBody = tooLarge
    ? { code: 'HEADERS_TOO_LARGE', message: 'the request line and headers exceed the size this server reads' }
    : { code: 'BAD_REQUEST', message: 'the request could not be parsed as HTTP' };
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}
