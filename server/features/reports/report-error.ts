/**
 * Why a report job failed, as a closed list of codes (the job's `error.code`, graph-schema/dto/report.ts
 * `ReportJob`): a poller branches on the code and words it in its language; the message is English
 * detail for logs and any client. A failed job is a state, never an HTTP 500 to the poller.
 */
export const REPORT_ERROR_CODES = [
  /** The project was deleted between the request and the run. */
  'REPORT_PROJECT_NOT_FOUND',
  /** Building the document (reading the analyses for a chapter) failed. */
  'REPORT_BUILD_FAILED',
  /** A format's renderer failed (or is not built yet); the message names the format. */
  'REPORT_RENDER_FAILED',
  /** The rendered file could not be written to the reports folder. */
  'REPORT_WRITE_FAILED',
  /** The graph database could not be reached while the report was made. */
  'REPORT_DATABASE_UNAVAILABLE',
] as const;
export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
