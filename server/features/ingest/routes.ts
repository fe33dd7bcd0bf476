/**
 * Upload an export (multipart, size-limited, streamed to disk) and follow its background job.
 * Formats are detected from content by the same readers the CLI uses.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import {
  DatasetDeleteConfirmation,
  DatasetDeleteResult,
  DatasetEntry,
  DatasetParams,
} from '@graph-schema/dto/datasets';
import { IngestJob, JobIdParams } from '@graph-schema/dto/ingest';
import { ProjectId } from '@graph-schema/dto/project';
import { AppError, badRequest, notFound, payloadTooLarge, validationFailed } from '@server/platform/errors';
import { uploadRateLimit } from '@server/platform/http/security';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type DatasetRouteOptions, listDatasets, requireFileName } from './datasets';
import type { IngestJobs } from './ingest-jobs';
import { FILE_MODE, newUploadFolder } from './upload-files';

export interface IngestRouteOptions {
  jobs: IngestJobs;
  /** Whether an upload's `project` field names a project (features/projects). */
  /** The workspace of a project the request may see; null when it sees no such project. */
  projectWorkspace: (id: string) => Promise<string | null>;
  /** The workspace an upload without a project goes to (platform/visibility/workspace-choice.ts). */
  chooseWorkspace: (requested: string | undefined) => Promise<string>;
  uploadDir: string;
  maxBytes: number;
}

/** Keeps letters (any script), digits, dot, dash, underscore: no path separators survive. */
export const safeFileName = (name: string) =>
  name
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120) || 'upload';

/** Errors of the multipart parser that mean a malformed body (not a server fault). */
function isMalformedMultipart(error: unknown): boolean {
  if (error instanceof AppError) return false;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status !== 'number' || status < 500;
}

/** Streams each file part to the folder (0600); the `project` field is returned as given. */
async function saveParts(request: FastifyRequest, folder: string, maxBytes: number) {
  const saved: string[] = [];
  let project: string | undefined;
  let workspace: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'project') project = String(part.value);
        if (part.fieldname === 'workspace') workspace = String(part.value);
        continue;
      }
      const name = safeFileName(part.filename);
      // Two parts of the same name: the second is numbered, not written over the first.
      const target = path.join(
        folder,
        saved.some((file) => path.basename(file) === name) ? `${saved.length + 1}-${name}` : name,
      );
      await pipeline(part.file, createWriteStream(target, { flags: 'wx', mode: FILE_MODE }));
      if (part.file.truncated)
        throw payloadTooLarge(`file: ${part.filename} exceeds the upload limit of ${maxBytes} bytes`);
      saved.push(target);
    }
  } catch (error) {
    if (!isMalformedMultipart(error)) throw error;
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) throw payloadTooLarge(`file: exceeds the upload limit of ${maxBytes} bytes`);
    throw badRequest(`malformed multipart body: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { saved, project, workspace };
}

export function ingestRoutes(options: IngestRouteOptions) {
  return async (instance: FastifyInstance) => {
    await instance.register(fastifyMultipart, { limits: { fileSize: options.maxBytes, files: 10 } });
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/ingest/uploads',
      {
        config: uploadRateLimit,
        schema: {
          tags: ['ingest'],
          summary:
            'Upload export files (multipart field "file", repeatable; optional field "project": the project each file becomes a dataset of; optional field "workspace": the client workspace, default the project\'s, else "default" when yours, else your first); returns the background job',
          consumes: ['multipart/form-data'],
          response: { 202: IngestJob },
        },
      },
      async (request, reply) => {
        const folder = await newUploadFolder(options.uploadDir);
        try {
          const { saved, project, workspace } = await saveParts(request, folder, options.maxBytes);
          if (saved.length === 0)
            throw validationFailed('file', 'no file in the upload (multipart field "file")');
          if (project !== undefined && !ProjectId.safeParse(project).success)
            throw validationFailed('project', 'expected a project id');
          const target = await uploadWorkspace(options, project, workspace);
          return reply.code(202).send(await options.jobs.submit(saved, project, target));
        } catch (error) {
          // A refused upload (too large, malformed, bad project) keeps nothing, not even its first bytes.
          await rm(folder, { recursive: true, force: true });
          throw error;
        }
      },
    );
    app.get(
      '/api/ingest/jobs',
      { schema: { tags: ['ingest'], summary: 'Recent ingest jobs', response: { 200: z.array(IngestJob) } } },
      async () => options.jobs.list(),
    );
    app.get(
      '/api/ingest/jobs/:id',
      {
        schema: {
          tags: ['ingest'],
          summary: 'One ingest job with progress and summary',
          params: JobIdParams,
          response: { 200: IngestJob },
        },
      },
      async (request) => {
        const job = await options.jobs.get(request.params.id);
        if (!job) throw notFound('ingest job', request.params.id);
        return job;
      },
    );
    app.post(
      '/api/ingest/jobs/:id/rerun',
      {
        schema: {
          tags: ['ingest'],
          summary:
            'Re-run an interrupted ingest job on its uploaded files (idempotent: nothing is loaded twice); 409 when the job is not interrupted or its files are gone',
          params: JobIdParams,
          response: { 202: IngestJob },
        },
      },
      async (request, reply) => {
        const job = await options.jobs.rerun(request.params.id);
        if (!job) throw notFound('ingest job', request.params.id);
        return reply.code(202).send(job);
      },
    );
  };
}

/**
 * Datasets (issue 14): list every loaded file; delete one with what only it brought. Analysts and
 * admins only; the delete is audit-logged as `dataset.delete` (datasets.ts has the rules).
 */
export function datasetRoutes(options: DatasetRouteOptions) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['ingest'];
    app.get(
      '/api/ingest/datasets',
      {
        config: { access: 'analyst' },
        schema: {
          tags,
          summary: 'Every loaded dataset (file), newest first, with the projects using it',
          response: { 200: z.array(DatasetEntry) },
        },
      },
      () => listDatasets(options.db),
    );
    app.delete(
      '/api/ingest/datasets/:checksum',
      {
        config: { access: 'analyst', audit: 'dataset.delete' },
        schema: {
          tags,
          summary:
            'Delete a dataset and what only it brought (patents and links no other dataset states); confirm with {"confirm": "<file name>"} or ?confirm=, else 409',
          params: DatasetParams,
          querystring: DatasetDeleteConfirmation,
          body: DatasetDeleteConfirmation.nullish(),
          response: { 200: DatasetDeleteResult },
        },
      },
      async (request) => {
        const { checksum } = request.params;
        const dataset = (await listDatasets(options.db)).find((entry) => entry.checksum === checksum);
        if (!dataset) throw notFound('dataset', checksum);
        requireFileName(dataset, request.query.confirm ?? request.body?.confirm);
        const removed = await options.exclusive(() => options.remove(checksum));
        await options.onRemoved();
        return { removed: { checksum, ...removed } };
      },
    );
  };
}

/** A project's files go to its workspace (another one named is refused); else the chosen workspace. */
async function uploadWorkspace(
  options: Pick<IngestRouteOptions, 'projectWorkspace' | 'chooseWorkspace'>,
  project: string | undefined,
  workspace: string | undefined,
): Promise<string> {
  if (project === undefined) return options.chooseWorkspace(workspace);
  const projectWorkspace = await options.projectWorkspace(project);
  if (projectWorkspace === null) throw notFound('project', project);
  if (workspace !== undefined && workspace !== projectWorkspace)
    throw validationFailed('workspace', `the project belongs to workspace ${projectWorkspace}`);
  return projectWorkspace;
}
