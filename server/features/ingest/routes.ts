/**
 * Upload an export (multipart, size-limited, streamed to disk) and follow its background job.
 * Formats are detected from content by the same readers the CLI uses.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import { IngestJob, JobIdParams } from '@graph-schema/dto/ingest';
import { ProjectId } from '@graph-schema/dto/project';
import { notFound, payloadTooLarge, validationFailed } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IngestJobs } from './ingest-jobs';

export interface IngestRouteOptions {
  jobs: IngestJobs;
  /** Whether an upload's `project` field names a project (features/projects). */
  projectExists: (id: string) => Promise<boolean>;
  uploadDir: string;
  maxBytes: number;
}

/** Keeps letters (any script), digits, dot, dash, underscore: no path separators survive. */
export const safeFileName = (name: string) =>
  name
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120) || 'upload';

export function ingestRoutes(options: IngestRouteOptions) {
  return async (instance: FastifyInstance) => {
    await instance.register(fastifyMultipart, { limits: { fileSize: options.maxBytes, files: 10 } });
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/ingest/uploads',
      {
        schema: {
          tags: ['ingest'],
          summary:
            'Upload export files (multipart field "file", repeatable; optional field "project": the project each file becomes a dataset of); returns the background job',
          consumes: ['multipart/form-data'],
          response: { 202: IngestJob },
        },
      },
      async (request, reply) => {
        const dir = path.join(options.uploadDir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
        await mkdir(dir, { recursive: true });
        const saved: string[] = [];
        let project: string | undefined;
        for await (const part of request.parts()) {
          if (part.type === 'field') {
            if (part.fieldname === 'project') project = String(part.value);
            continue;
          }
          const target = path.join(dir, safeFileName(part.filename));
          await pipeline(part.file, createWriteStream(target));
          if (part.file.truncated) {
            throw payloadTooLarge(
              `file: ${part.filename} exceeds the upload limit of ${options.maxBytes} bytes`,
            );
          }
          saved.push(target);
        }
        if (saved.length === 0)
          throw validationFailed('file', 'no file in the upload (multipart field "file")');
        if (project !== undefined && !ProjectId.safeParse(project).success)
          throw validationFailed('project', 'expected a project id');
        if (project !== undefined && !(await options.projectExists(project)))
          throw notFound('project', project);
        return reply.code(202).send(await options.jobs.submit(saved, project));
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
