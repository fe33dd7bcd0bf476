/**
 * Navigation reports (issue 11): request a report of a project (a background job, 202), follow the
 * job, list a project's jobs and download each finished file. The files are made by report-jobs.ts.
 */
import { createReadStream } from 'node:fs';
import { ProjectIdParams } from '@graph-schema/dto/project';
import { ReportFormat, ReportJob, ReportRequest } from '@graph-schema/dto/report';
import type { ServerContext } from '@server/platform/context';
import { AppError, notFound } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readProject } from '../projects/project-reads';
import { FORMAT_INFO } from './render/renderer';
import { contentDisposition } from './report-files';
import type { ReportJobs } from './report-jobs';

const tags = ['reports'];

/**
 * Report jobs live in the memory of the server that runs them: a job unknown here may run on
 * another server behind the same load balancer (docs/scaling.md: route report paths to one server).
 */
const reportJobNotHere = (id: string) =>
  new AppError(
    'NOT_FOUND',
    `report job ${JSON.stringify(id)} not found on this server: a report job and its files stay with the server that made it (with several servers, route /api/reports/ and /api/projects/:id/reports to one of them)`,
    { reason: 'reportJobNotOnThisServer' },
  );
const JobParams = z.object({ jobId: z.uuid() });
const FileParams = JobParams.extend({ format: ReportFormat });

export function reportRoutes(context: ServerContext, jobs: ReportJobs) {
  const mustExist = async (id: string) => {
    if (!(await readProject(context.db, id))) throw notFound('project', id);
  };
  // A job is found only through a project the request may see (platform/visibility). Jobs and
  // their files stay with the server that made them: with several servers, the 404 says so.
  const mustGetJob = async (id: string) => {
    const job = jobs.get(id);
    if (!job || !(await readProject(context.db, job.project))) throw reportJobNotHere(id);
    return job;
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/projects/:id/reports',
      {
        schema: {
          tags,
          summary:
            'Make the navigation report of a project in the chosen language and formats: a background job (202); poll GET /api/reports/jobs/:jobId',
          params: ProjectIdParams,
          body: ReportRequest,
          response: { 202: ReportJob },
        },
      },
      async (request, reply) => {
        await mustExist(request.params.id);
        return reply.code(202).send(jobs.submit(request.params.id, request.body));
      },
    );
    app.get(
      '/api/projects/:id/reports',
      {
        schema: {
          tags,
          summary: "The project's report jobs since the server started, newest first",
          params: ProjectIdParams,
          response: { 200: z.array(ReportJob) },
        },
      },
      async (request) => {
        await mustExist(request.params.id);
        return jobs.listFor(request.params.id);
      },
    );
    app.get(
      '/api/reports/jobs/:jobId',
      {
        schema: {
          tags,
          summary:
            'A report job: state, progress {step, fraction}, finished files with their download url, coded error',
          params: JobParams,
          response: { 200: ReportJob },
        },
      },
      async (request) => await mustGetJob(request.params.jobId),
    );
    app.get(
      '/api/reports/jobs/:jobId/files/:format',
      {
        schema: {
          tags,
          summary: 'Download one finished file of a report job (Content-Disposition: attachment)',
          params: FileParams,
        },
      },
      async (request, reply) => {
        const { jobId, format } = request.params;
        const job = await mustGetJob(jobId);
        const file = job.files.find((f) => f.format === format);
        const filePath = jobs.filePath(jobId, format);
        if (!file || !filePath) throw notFound('report file', `${jobId}/${format}`);
        reply.header('content-type', FORMAT_INFO[format].contentType);
        reply.header('content-disposition', contentDisposition(file.fileName));
        reply.header('content-length', file.bytes);
        return reply.send(createReadStream(filePath));
      },
    );
  };
}
