/** The upload API: multipart POST of export files, then the job's progress and summary. */
import { DatasetDeleteResult, DatasetEntry } from '@graph-schema/dto/datasets';
import { IngestJob, IngestJobList } from '@graph-schema/dto/ingest';
import { z } from 'zod';
import { requestJson } from './request';

/**
 * Sends every file under the field name "file" (the server accepts it repeated), and the client
 * workspace when one was chosen; answers 202 + the job.
 */
export function uploadExports(
  files: readonly File[],
  workspace: string | undefined,
  signal?: AbortSignal,
): Promise<IngestJob> {
  const form = new FormData();
  if (workspace !== undefined) form.append('workspace', workspace);
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

/** The loaded datasets, newest first (analysts and admins). */
export function fetchDatasets(signal?: AbortSignal): Promise<DatasetEntry[]> {
  return requestJson('/api/ingest/datasets', z.array(DatasetEntry), { signal });
}

/** Deletes a dataset and what only it brought; `confirm` is its file name as the user typed it. */
export function deleteDataset(checksum: string, confirm: string): Promise<DatasetDeleteResult> {
  return requestJson(`/api/ingest/datasets/${encodeURIComponent(checksum)}`, DatasetDeleteResult, {
    method: 'DELETE',
    body: { confirm },
  });
}
