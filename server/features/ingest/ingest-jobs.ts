/**
 * Background ingest jobs for uploads. The server does not know how to ingest: the runner is
 * injected by the composition root (server/main.ts), so server/ never imports ingest/.
 * Jobs run one at a time (a second upload waits), since concurrent bulk MERGEs only contend.
 * Every state change is stored (job-store.ts), so a restart loses no job: the first use after a
 * start marks jobs this server left queued or running as `interrupted` (never another server's:
 * each job names the server that runs it), and such a job can be re-run on the same upload files
 * (the load is idempotent, so nothing is doubled).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IngestJob, IngestProgress, IngestSummary } from '@graph-schema/dto/ingest';
import { conflict } from '@server/platform/errors';
import { DEFAULT_WORKSPACE } from '@server/platform/visibility/visibility';
import type { IngestJobStore, StoredJob } from './job-store';

/**
 * `projectId`: the project the uploaded files are loaded for (each becomes one of its datasets);
 * `workspace`: the client workspace their datasets belong to (platform/visibility).
 */
export type IngestRunner = (
  files: string[],
  onProgress: (progress: IngestProgress) => void,
  projectId?: string,
  workspace?: string,
) => Promise<IngestSummary>;

/** A user knows an upload by its own file name; the server folder it lies in is never shown. */
const nameOf = (file: string) => path.basename(file);

/** The summary with file names in place of server paths. */
function withNames(summary: IngestSummary): IngestSummary {
  return {
    ...summary,
    files: summary.files.map((file) => ({ ...file, file: nameOf(file.file) })),
    quarantineFile: summary.quarantineFile === null ? null : nameOf(summary.quarantineFile),
  };
}

export class IngestJobs {
  private queue: Promise<void> = Promise.resolve();
  /** Live progress of the job running in this process (not stored: it changes every few records). */
  private readonly progress = new Map<string, IngestProgress>();
  private recovery: Promise<unknown> | null = null;

  constructor(
    private readonly runner: IngestRunner,
    private readonly store: IngestJobStore,
    private readonly onFinished: () => void = () => {},
  ) {}

  /** Marks the jobs a stopped server left unfinished as interrupted; runs once, before any other use. */
  recover(): Promise<unknown> {
    // A failed attempt (database down at start) is tried again at the next use, not cached.
    this.recovery ??= this.store.interruptUnfinished().catch((error: unknown) => {
      this.recovery = null;
      throw error;
    });
    return this.recovery;
  }

  async submit(
    paths: string[],
    projectId?: string,
    workspace: string = DEFAULT_WORKSPACE,
  ): Promise<IngestJob> {
    await this.recover();
    const job: StoredJob = {
      id: randomUUID(),
      state: 'queued',
      fileNames: paths.map(nameOf),
      paths,
      ...(projectId ? { project: projectId } : {}),
      workspace,
      server: this.store.server,
      createdAt: new Date().toISOString(),
    };
    await this.store.save(job);
    this.enqueue(job);
    return this.view(job);
  }

  async get(id: string): Promise<IngestJob | undefined> {
    await this.recover();
    const job = await this.store.get(id);
    return job && this.view(job);
  }

  async list(): Promise<IngestJob[]> {
    await this.recover();
    return (await this.store.list()).map((job) => this.view(job));
  }

  /**
   * Runs an interrupted job again on its upload files; undefined when there is no such job. A job
   * in another state, or whose files are gone, is refused with the reason.
   */
  async rerun(id: string): Promise<IngestJob | undefined> {
    await this.recover();
    const job = await this.store.get(id);
    if (!job) return undefined;
    if (job.state !== 'interrupted')
      throw conflict('notInterrupted', `job ${id} is ${job.state}; only an interrupted job can be re-run`);
    if (!job.paths.every((file) => existsSync(file)))
      throw conflict(
        'uploadGone',
        `the uploaded files of job ${id} are no longer on the server; upload them again`,
      );
    const { summary: _summary, error: _error, startedAt: _started, finishedAt: _finished, ...kept } = job;
    // The re-run runs in this server's queue, so this server answers for it after a restart.
    const queued: StoredJob = { ...kept, state: 'queued', server: this.store.server };
    await this.store.save(queued);
    this.enqueue(queued);
    return this.view(queued);
  }

  /**
   * Upload files the start-up sweep must keep: those of interrupted jobs, which can be re-run, and
   * of jobs another server on the same database still runs (when the upload folder is shared).
   */
  async uploadsToKeep(): Promise<string[]> {
    await this.recover();
    return this.store.unfinishedPaths();
  }

  /**
   * Runs `work` in the job queue: after the jobs submitted so far, before any submitted later — a
   * dataset delete never interleaves with an ingest that writes the same patents.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves when every submitted job has finished (used by tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private enqueue(job: StoredJob): void {
    this.queue = this.queue.then(() => this.execute(job));
  }

  private view(job: StoredJob): IngestJob {
    const progress = this.progress.get(job.id);
    return {
      id: job.id,
      state: job.state,
      files: job.fileNames,
      ...(job.project ? { project: job.project } : {}),
      workspace: job.workspace ?? DEFAULT_WORKSPACE,
      createdAt: job.createdAt,
      ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
      ...(progress ? { progress: { ...progress, file: nameOf(progress.file) } } : {}),
      ...(job.summary ? { summary: job.summary } : {}),
      ...(job.error ? { error: job.error } : {}),
      ...(job.state === 'interrupted' ? { canRerun: job.paths.every((file) => existsSync(file)) } : {}),
    };
  }

  private async execute(job: StoredJob): Promise<void> {
    let current: StoredJob = { ...job, state: 'running', startedAt: new Date().toISOString() };
    try {
      await this.store.save(current);
      const summary = await this.runner(
        current.paths,
        (p) => this.progress.set(job.id, p),
        current.project,
        current.workspace ?? DEFAULT_WORKSPACE,
      );
      current = { ...current, state: 'succeeded', summary: withNames(summary) };
      this.onFinished();
    } catch (error) {
      current = {
        ...current,
        state: 'failed',
        error: error instanceof Error ? error.message : String(error),
      };
    } finally {
      this.progress.delete(job.id);
    }
    // A store failure here leaves the job `running`; the next start marks it interrupted.
    await this.store.save({ ...current, finishedAt: new Date().toISOString() }).catch(() => {});
  }
}
