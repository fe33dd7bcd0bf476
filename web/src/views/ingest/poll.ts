/** Follows one ingest job: asks for it every second until it has finished or the view goes away. */
import type { IngestJob } from '@graph-schema/dto/ingest';
import { fetchJob } from '@web/src/api/ingest';

export const POLL_INTERVAL_MS = 1000;

export const isFinished = (job: IngestJob): boolean => job.state === 'succeeded' || job.state === 'failed';

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Resolves with the finished job; `onUpdate` sees every state in between. Rejects when aborted. */
export async function followJob(
  first: IngestJob,
  signal: AbortSignal,
  onUpdate: (job: IngestJob) => void,
  intervalMs = POLL_INTERVAL_MS,
): Promise<IngestJob> {
  let job = first;
  onUpdate(job);
  while (!isFinished(job)) {
    await pause(intervalMs, signal);
    job = await fetchJob(job.id, signal);
    onUpdate(job);
  }
  return job;
}
