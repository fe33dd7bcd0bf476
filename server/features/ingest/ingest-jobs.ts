/**
 * Background ingest jobs for uploads. The server does not know how to ingest: the runner is
 * injected by the composition root (server/main.ts), so server/ never imports ingest/.
 * Jobs run one at a time (a second upload waits), since concurrent bulk MERGEs only contend.
 */
import { randomUUID } from 'node:crypto';
import type { IngestJob, IngestProgress, IngestSummary } from '@graph-schema/dto/ingest';

/** `projectId`: the project the uploaded files are loaded for (each becomes one of its datasets). */
export type IngestRunner = (
  files: string[],
  onProgress: (progress: IngestProgress) => void,
  projectId?: string,
) => Promise<IngestSummary>;

const KEEP_FINISHED = 50;

export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly runner: IngestRunner,
    private readonly onFinished: () => void = () => {},
  ) {}

  submit(files: string[], projectId?: string): IngestJob {
    const job: IngestJob = {
      id: randomUUID(),
      state: 'queued',
      files,
      ...(projectId ? { project: projectId } : {}),
      createdAt: new Date().toISOString(),
    };
    this.jobs.set(job.id, job);
    this.queue = this.queue.then(() => this.execute(job));
    this.prune();
    return job;
  }

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  list(): IngestJob[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when every submitted job has finished (used by tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async execute(job: IngestJob): Promise<void> {
    job.state = 'running';
    try {
      job.summary = await this.runner(
        job.files,
        (progress) => {
          job.progress = progress;
        },
        job.project,
      );
      job.state = 'succeeded';
      this.onFinished();
    } catch (error) {
      job.state = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state === 'succeeded' || j.state === 'failed');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.jobs.delete(job.id);
  }
}
