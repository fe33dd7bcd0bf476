/**
 * Report pins and report jobs (graph-schema/dto/report.ts): the pins of a project, editing them,
 * starting a report job and polling it. The server parts may be missing on an older server: callers
 * word a NOT_FOUND (404) as "not available on this server".
 */
import { Pin, type PinInput, PinPatch, ReportJob, type ReportRequest } from '@graph-schema/dto/report';
import { z } from 'zod';
import { requestJson } from './request';
import { RequestError } from './request-error';

/**
 * A route this server does not have: its not-found handler (server/platform/http/error-handler.ts)
 * answers 404 NOT_FOUND "no route …", unlike a missing pin or job, which names what is missing.
 */
export function isMissingApi(error: unknown): boolean {
  return error instanceof RequestError && error.status === 404 && error.message.startsWith('no route');
}

export type PinEdit = z.input<typeof PinPatch>;

const pinsPath = (project: string) => `/api/projects/${encodeURIComponent(project)}/pins`;

export function fetchPins(project: string, signal?: AbortSignal): Promise<Pin[]> {
  return requestJson(pinsPath(project), z.array(Pin), { signal });
}

export function createPin(project: string, pin: PinInput): Promise<Pin> {
  return requestJson(pinsPath(project), Pin, { body: pin });
}

export function editPin(project: string, pinId: string, patch: PinEdit): Promise<Pin> {
  return requestJson(`${pinsPath(project)}/${encodeURIComponent(pinId)}`, Pin, {
    body: PinPatch.parse(patch),
    method: 'PATCH',
  });
}

/** The answer body is not used: any 2xx (200 with JSON or 204 without) means removed. */
export function removePin(project: string, pinId: string): Promise<unknown> {
  return requestJson(`${pinsPath(project)}/${encodeURIComponent(pinId)}`, z.unknown(), {
    method: 'DELETE',
  });
}

export function startReport(project: string, request: ReportRequest): Promise<ReportJob> {
  return requestJson(`/api/projects/${encodeURIComponent(project)}/reports`, ReportJob, { body: request });
}

export function fetchReportJobs(project: string, signal?: AbortSignal): Promise<ReportJob[]> {
  return requestJson(`/api/projects/${encodeURIComponent(project)}/reports`, z.array(ReportJob), { signal });
}

export function fetchReportJob(jobId: string, signal?: AbortSignal): Promise<ReportJob> {
  return requestJson(`/api/reports/jobs/${encodeURIComponent(jobId)}`, ReportJob, { signal });
}
