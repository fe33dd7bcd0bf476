/** The upload API: multipart POST of export files, then the job's progress and summary. */

import { IngestJob } from '@graph-schema/dto/ingest';
import { z } from 'zod';
import { ApiError, apiErrorFromBody, CLIENT_ERROR_CODES } from './api-error';
import { getJson } from './client';

const JobList = z.array(IngestJob);

/** Sends every file under the field name "file" (the server accepts it repeated); answers 202 + the job. */
export async function uploadExports(files: readonly File[], signal?: AbortSignal): Promise<IngestJob> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/ingest/uploads', { method: 'POST', body: form, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(CLIENT_ERROR_CODES.network, String(error), undefined);
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (e.g. a proxy's HTML page): the status line becomes the message.
  }
  if (!response.ok) throw apiErrorFromBody(response.status, response.statusText, body);
  const parsed = IngestJob.safeParse(body);
  if (!parsed.success)
    throw new ApiError(CLIENT_ERROR_CODES.badResponse, parsed.error.message, response.status);
  return parsed.data;
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<IngestJob> {
  return getJson(`/api/ingest/jobs/${encodeURIComponent(id)}`, IngestJob, { signal });
}

export function fetchJobs(signal?: AbortSignal): Promise<IngestJob[]> {
  return getJson('/api/ingest/jobs', JobList, { signal });
}
