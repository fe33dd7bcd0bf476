/**
 * Builds the Fastify app: plugins → error handling → routes → the built web app. Used by
 * server/main.ts and by tests through `app.inject` (no port needed).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Database } from '@graph-schema/db/driver';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { IngestJobs, type IngestRunner } from './jobs/ingest-jobs';
import { NavigationService } from './navigation/service';
import { registerErrorHandler } from './plugins/error-handler';
import { ResponseCache } from './plugins/response-cache';
import { LandscapeTables } from './queries/landscape-table';
import { chainRoutes } from './routes/chains';
import { collaborationRoutes } from './routes/collaboration';
import { coreRoutes } from './routes/core';
import { gapRoutes } from './routes/gaps';
import { ingestRoutes } from './routes/ingest';
import { landscapeRoutes } from './routes/landscape';
import { patentsAnalyticsRoutes } from './routes/patents-analytics';
import { searchRoutes } from './routes/search';

export interface AppOptions {
  db: Database;
  /** Folder of the built web app (vite build output); not served when absent. */
  webRoot?: string;
  logLevel?: string;
  /** Runs an ingest for uploaded files; absent = no upload endpoints (e.g. read-only deployments). */
  ingestRunner?: IngestRunner;
  uploadDir?: string;
  uploadMaxBytes?: number;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: 10 * 1024 * 1024,
    // Explicit ids in logs make a request traceable from the browser's error panel.
    requestIdHeader: 'x-request-id',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'PatNav API',
        description:
          'Patent navigation (专利导航) knowledge-graph service: landscape, maps, core patents, gaps, risk screening.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  const responses = new ResponseCache(options.db);
  responses.register(app);
  const landscapeTables = new LandscapeTables(options.db);
  await app.register(coreRoutes(options.db, landscapeTables));
  await app.register(chainRoutes(options.db));
  await app.register(gapRoutes(options.db));
  await app.register(landscapeRoutes(options.db));
  await app.register(collaborationRoutes(options.db));
  await app.register(searchRoutes(options.db));
  const navigation = new NavigationService(options.db);
  app.decorate('navigation', navigation);
  navigation.onInvalidate(() => {
    responses.clear();
    landscapeTables.clear();
  });
  await app.register(patentsAnalyticsRoutes(navigation));
  if (options.ingestRunner) {
    // Cached snapshots and text indexes are stale once an uploaded file is loaded.
    const jobs = new IngestJobs(options.ingestRunner, () => navigation.invalidate());
    app.decorate('ingestJobs', jobs);
    await app.register(
      ingestRoutes({
        jobs,
        uploadDir: options.uploadDir ?? path.join(os.tmpdir(), 'patnav-uploads'),
        maxBytes: options.uploadMaxBytes ?? 512 * 1024 * 1024,
      }),
    );
  }
  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', wildcard: false });
  }
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Present when the app was built with an ingest runner (upload endpoints enabled). */
    ingestJobs?: IngestJobs;
    /** Cached whole-graph analytics (snapshots, FTO indexes); `invalidate()` after an ingest. */
    navigation: NavigationService;
  }
}
