/**
 * Background report jobs, one at a time (a second request waits: building reads every analysis and
 * the renderers are CPU-bound, so two at once only slow each other). A job reads the project and its
 * pins when it starts, makes the files through generateReport and writes each as it is rendered.
 * Any failure ends the job in state `failed` with a coded error (report-error.ts); the poller never
 * sees a 500. Finished jobs beyond the last KEEP_FINISHED are forgotten and their files removed.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { type ReportFormat, type ReportJob, ReportRequest } from '@graph-schema/dto/report';
import type { ServerContext } from '@server/platform/context';
import { isDatabaseUnavailable } from '@server/platform/errors';
import { listPins } from '../projects/pins-reads';
import { readProject } from '../projects/project-reads';
import { generateReport } from './generate-report';
import type { Renderer } from './render/renderer';
import { messageOf, ReportError } from './report-error';
import { reportFileName, writeReportFile } from './report-files';

const KEEP_FINISHED = 50;

export interface ReportJobsOptions {
  server: ServerContext;
  renderers: Readonly<Record<ReportFormat, Renderer>>;
  /** The reports folder (AppOptions.reportDir). */
  reportDir: string;
  /** The clock; the report day is its UTC date. */
  now?: () => Date;
}

export const reportFileUrl = (jobId: string, format: ReportFormat) =>
  `/api/reports/jobs/${jobId}/files/${format}`;

export class ReportJobs {
  private readonly jobs = new Map<string, ReportJob>();
  private readonly paths = new Map<string, Map<ReportFormat, string>>();
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: ReportJobsOptions) {
    this.now = options.now ?? (() => new Date());
  }

  submit(project: string, request: ReportRequest): ReportJob {
    const { language, formats } = ReportRequest.parse(request);
    const job: ReportJob = {
      id: randomUUID(),
      project,
      state: 'queued',
      progress: { step: 'queued', fraction: 0 },
      request: { language, formats: [...new Set(formats)] },
      createdAt: this.now().toISOString(),
      finishedAt: null,
      files: [],
      error: null,
    };
    this.jobs.set(job.id, job);
    this.paths.set(job.id, new Map());
    this.queue = this.queue.then(() => this.execute(job));
    return job;
  }

  get(id: string): ReportJob | undefined {
    return this.jobs.get(id);
  }

  /** A project's jobs, newest first (submission order, which createdAt follows). */
  listFor(project: string): ReportJob[] {
    return [...this.jobs.values()].filter((job) => job.project === project).reverse();
  }

  /** The file a finished format was written to; undefined when the job made no such file. */
  filePath(id: string, format: ReportFormat): string | undefined {
    return this.paths.get(id)?.get(format);
  }

  /** Resolves when every submitted job has finished (tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async execute(job: ReportJob): Promise<void> {
    job.state = 'running';
    job.progress = { step: 'start', fraction: 0 };
    try {
      await this.run(job);
      job.state = 'done';
      job.progress = { step: 'done', fraction: 1 };
    } catch (error) {
      job.state = 'failed';
      job.error = codedError(error);
    } finally {
      job.finishedAt = this.now().toISOString();
      await this.prune();
    }
  }

  private async run(job: ReportJob): Promise<void> {
    const { server } = this.options;
    const project = await readProject(server.db, job.project);
    if (!project)
      throw new ReportError('REPORT_PROJECT_NOT_FOUND', `project ${JSON.stringify(job.project)} not found`);
    const today = this.now().toISOString().slice(0, 10);
    await generateReport({
      server,
      project,
      pins: await listPins(server.db, project.id),
      language: job.request.language,
      today,
      formats: job.request.formats,
      renderers: this.options.renderers,
      onProgress: (step, fraction) => {
        job.progress = { step, fraction };
      },
      onFile: async ({ format, bytes }) => {
        const fileName = reportFileName(project.definition.name, today, format);
        const written = await writeReportFile(this.options.reportDir, job.id, fileName, bytes).catch(
          (error) => {
            throw new ReportError('REPORT_WRITE_FAILED', messageOf(error), { cause: error });
          },
        );
        this.paths.get(job.id)?.set(format, written);
        job.files.push({ format, fileName, bytes: bytes.byteLength, url: reportFileUrl(job.id, format) });
      },
    });
  }

  private async prune(): Promise<void> {
    const finished = [...this.jobs.values()].filter((job) => job.finishedAt !== null);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.id);
      this.paths.delete(job.id);
      await rm(path.join(this.options.reportDir, job.id), { recursive: true, force: true });
    }
  }
}

function codedError(error: unknown): NonNullable<ReportJob['error']> {
  if (error instanceof ReportError) return { code: error.code, message: error.message };
  if (isDatabaseUnavailable(error)) return { code: 'REPORT_DATABASE_UNAVAILABLE', message: messageOf(error) };
  return { code: 'REPORT_BUILD_FAILED', message: messageOf(error) };
}
