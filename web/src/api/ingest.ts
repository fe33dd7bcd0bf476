/** The upload API: multipart POST of export files, then the job's progress and summary. */
import { IngestJob, IngestJobList } from '@graph-schema/dto/ingest';
import { requestJson } from './request';

/** Sends every file under the field name "file" (the server accepts it repeated); answers 202 + the job. */
export function uploadExports(files: readonly File[], signal?: AbortSignal): Promise<IngestJob> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return requestJson('/api/ingest/uploads', IngestJob, { body: form, signal });
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<IngestJob> {
  return requestJson(`/api/ingest/jobs/${encodeURIComponent(id)}`, IngestJob, { signal });
}

/** Re-runs an interrupted job on its uploaded files; answers 202 + the queued job (409 when it cannot). */
export function rerunJob(id: string, signal?: AbortSignal): Promise<IngestJob> {
  return requestJson(`/api/ingest/jobs/${encodeURIComponent(id)}/rerun`, IngestJob, {
    method: 'POST',
    signal,
  });
}

export function fetchJobs(signal?: AbortSignal): Promise<IngestJob[]> {
  return requestJson('/api/ingest/jobs', IngestJobList, { signal });
}
