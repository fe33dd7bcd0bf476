/**
 * Builds the Fastify app: plugins → error handling → routes → the built web app. Used by
 * server/main.ts and by tests through `app.inject` (no port needed).
 */
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@db/config';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Database } from '@graph-schema/db/driver';
import type { ReportFormat } from '@graph-schema/dto/report';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { type AccountSettings, registerAuth } from './features/accounts/auth-plugin';
import { accountRoutes, workspaceRoutes } from './features/accounts/routes';
import { applicantCurationRoutes } from './features/applicant-curation/routes';
import { applicantLookupRoutes } from './features/applicant-lookup/routes';
import { branchReviewRoutes } from './features/branch-review/routes';
import { chainRoutes } from './features/chains/routes';
import { classRoutes } from './features/classes/routes';
import { corePatentRoutes } from './features/core-patents/routes';
import { effectDictionaryRoutes } from './features/effect-dictionary/routes';
import { fenceRoutes } from './features/fence/routes';
import { ftoRoutes } from './features/fto/routes';
import { gapRoutes } from './features/gaps/routes';
import { healthRoutes } from './features/health/routes';
import type { DatasetRemover } from './features/ingest/datasets';
import { IngestJobs, type IngestRunner } from './features/ingest/ingest-jobs';
import { IngestJobStore } from './features/ingest/job-store';
import { datasetRoutes, ingestRoutes } from './features/ingest/routes';
import { deletingUploadsAfter, sweepLeftUploads } from './features/ingest/upload-files';
import { landscapeRoutes } from './features/landscape/routes';
import { mainPathRoutes } from './features/main-path/routes';
import { mapRoutes } from './features/maps/routes';
import { patentRoutes } from './features/patents/routes';
import { registerProjectGuard } from './features/projects/project-guard';
import { readProject } from './features/projects/project-reads';
import { projectRoutes } from './features/projects/routes';
import { RENDERERS } from './features/reports/render';
import type { Renderer } from './features/reports/render/renderer';
import { ReportJobs } from './features/reports/report-jobs';
import { reportRoutes } from './features/reports/routes';
import { ruleVersionRoutes } from './features/rule-versions/routes';
import { searchRoutes } from './features/search/routes';
import { techEffectRoutes } from './features/tech-effect/routes';
import { createServerContext } from './platform/context';
import type { DataVersion } from './platform/data-version/data-version';
import { DatabaseAvailability } from './platform/db/availability';
import { databaseUnavailable } from './platform/errors';
import { COUNTING_BASIS } from './platform/explanations/counting-basis';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerResponseCache } from './platform/http/response-cache';
import { clientErrorHandler, registerSecurity, type SecurityOptions } from './platform/http/security';
import { strictValidatorCompiler } from './platform/http/strict-numbers';
import { registerVisibilityContext } from './platform/visibility/request-context';
import { DEFAULT_WORKSPACE } from './platform/visibility/visibility';
import { chooseWorkspace } from './platform/visibility/workspace-choice';

/** The project's data folder: uploads and reports, never the shared system temp folder. */
const DATA_DIR = path.join(REPO_ROOT, '.patnav', 'data');

export interface AppOptions {
  db: Database;
  /** Folder of the built web app (vite build output); not served when absent. */
  webRoot?: string;
  logLevel?: string;
  /** Where log lines go instead of stdout (main.ts: a RotatingLogFile when PATNAV_LOG_FILE=on). */
  logStream?: { write(line: string): unknown };
  /** Runs an ingest for uploaded files; absent = no upload endpoints (e.g. read-only deployments). */
  ingestRunner?: IngestRunner;
  /** Deletes a dataset and what only it brought (main.ts: ingest's removeDataset); absent = no dataset routes. */
  datasetRemover?: DatasetRemover;
  /** Where uploads are stored while their ingest runs; default `.patnav/data/uploads` in the repository. */
  uploadDir?: string;
  uploadMaxBytes?: number;
  /** Keep uploaded files after their ingest (default: deleted once the job ends, whatever its outcome). */
  retainUploads?: boolean;
  /** Folder of the report files (one sub-folder per job); default `.patnav/data/reports` in the repository. */
  reportDir?: string;
  /** Renderers replacing those of render/index.ts (tests, or a format not built yet). */
  reportRenderers?: Partial<Record<ReportFormat, Renderer>>;
  /** Host names besides the loopback ones that the server answers to, and its rate limit. */
  security?: SecurityOptions;
  /** Accounts (features/accounts): main.ts passes the configured mode (on by default); absent = off, the in-process test setting. */
  auth?: AccountSettings;
  /**
   * This server's name among several on one database (PATNAV_SERVER_ID; default the host name):
   * its ingest jobs carry it, and a start marks only its own unfinished jobs interrupted.
   */
  serverId?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // Two info lines per request grew a log to 888 MB: requests are logged at debug level only
    // (LOG_LEVEL=debug), errors and outages always.
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(options.logLevel ?? 'info'),
    }),
    bodyLimit: 10 * 1024 * 1024,
    // Explicit ids in logs make a request traceable from the browser's error panel.
    requestIdHeader: 'x-request-id',
    // Errors of Node's HTTP parser (a 100 kB query string) get the API's JSON error body too.
    clientErrorHandler,
  });
  // First of all hooks: every later hook, handler and query runs in the request's visibility context.
  registerVisibilityContext(app);
  app.setValidatorCompiler(strictValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const availability = new DatabaseAvailability(options.db);
  registerErrorHandler(app, () => availability.markDown());
  await registerSecurity(app, options.security ?? {});
  // Before the response cache (which reads the data version): during an outage, 503 at once.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/health')) return;
    if (!(await availability.reachable())) throw databaseUnavailable();
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'PatNav API',
        description: `Patent navigation (专利导航) knowledge-graph service: landscape, maps, core patents, gaps, risk screening.\n\n${COUNTING_BASIS}`,
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  const context = createServerContext(options.db);
  const { dataVersion } = context;
  app.decorate('dataVersion', dataVersion);
  registerResponseCache(app, dataVersion);
  const auth = options.auth ?? { mode: 'off' };
  registerAuth(app, options.db, auth);
  // After sign-in is known: another client's project is not found under /api/projects/:project/….
  registerProjectGuard(app, options.db);
  await app.register(accountRoutes(options.db, auth));
  await app.register(workspaceRoutes(options.db));
  // Registration order is the order of the OpenAPI document.
  for (const routes of [
    healthRoutes,
    landscapeRoutes,
    mapRoutes,
    patentRoutes,
    chainRoutes,
    gapRoutes,
    techEffectRoutes,
    searchRoutes,
    applicantLookupRoutes,
    corePatentRoutes,
    mainPathRoutes,
    fenceRoutes,
    ftoRoutes,
    projectRoutes,
    branchReviewRoutes,
    ruleVersionRoutes,
    effectDictionaryRoutes,
    classRoutes,
    applicantCurationRoutes,
  ]) {
    await app.register(routes(context));
  }
  const reportJobs = new ReportJobs({
    server: context,
    renderers: { ...RENDERERS, ...options.reportRenderers },
    reportDir: options.reportDir ?? path.join(DATA_DIR, 'reports'),
  });
  app.decorate('reportJobs', reportJobs);
  // A job still running reads the database: let it finish before the caller closes the driver.
  app.addHook('onClose', () => reportJobs.idle());
  await app.register(reportRoutes(context, reportJobs));
  if (options.ingestRunner) {
    const uploadDir = options.uploadDir ?? path.join(DATA_DIR, 'uploads');
    const runner = options.retainUploads
      ? options.ingestRunner
      : deletingUploadsAfter(options.ingestRunner, uploadDir);
    // Cached snapshots, tables and text indexes are stale once an uploaded file is loaded.
    const store = new IngestJobStore(options.db, options.serverId ?? hostname());
    const jobs = new IngestJobs(runner, store, () => dataVersion.invalidate());
    // What a crash left behind goes at start, except the uploads of interrupted jobs (they can be
    // re-run); each upload's files go when its job ends.
    if (!options.retainUploads) await sweepLeftUploads(uploadDir, jobs, app.log);
    app.decorate('ingestJobs', jobs);
    await app.register(
      ingestRoutes({
        jobs,
        projectWorkspace: async (id) => {
          const project = await readProject(options.db, id);
          return project ? (project.workspace ?? DEFAULT_WORKSPACE) : null;
        },
        chooseWorkspace: (requested) => chooseWorkspace(options.db, requested),
        uploadDir,
        maxBytes: options.uploadMaxBytes ?? 512 * 1024 * 1024,
      }),
    );
  }
  if (options.datasetRemover) {
    const jobs = app.ingestJobs;
    await app.register(
      datasetRoutes({
        db: options.db,
        remove: options.datasetRemover,
        exclusive: (work) => (jobs ? jobs.exclusive(work) : work()),
        onRemoved: () => dataVersion.changed(),
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
    /** Background report jobs (features/reports). */
    reportJobs: ReportJobs;
    /** Owns every cache of data-derived answers; `changed()` after a write clears them on every server. */
    dataVersion: DataVersion;
  }
}
