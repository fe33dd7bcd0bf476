/** Ingest run summaries and upload jobs: what the CLI prints with --json and the upload API returns. */
import { z } from 'zod';
import { RejectionCounts, WarningCounts } from './ingest-problems';

/** How a text export's encoding was chosen (ingest/detect-encoding.ts gives the order). */
export const ENCODING_RULES = [
  'override',
  'bom',
  'utf16-nul-bytes',
  'utf8-valid',
  'detector',
  'fallback',
] as const;
export const EncodingRule = z.enum(ENCODING_RULES);
export type EncodingRule = z.infer<typeof EncodingRule>;

export const FileEncoding = z.object({
  /** iconv-lite's name: utf8, utf16le, gb18030, big5, shift_jis, windows-1252, macintosh … */
  encoding: z.string(),
  chosenBy: EncodingRule,
  /** The detector's confidence, 0–100 (`chosenBy: detector` only). */
  confidence: z.number().optional(),
});
export type FileEncoding = z.infer<typeof FileEncoding>;

export const FileSummary = z.object({
  file: z.string(),
  format: z.string(),
  /** The text encoding read and how it was chosen; absent for XLSX and directories. */
  encoding: FileEncoding.optional(),
  /** Records the reader produced (good and rejected). */
  read: z.number().int(),
  /** Patents new to the graph. */
  loaded: z.number().int(),
  /** Patents already in the graph whose properties this run updated. */
  updated: z.number().int(),
  /** Rows repeating a publication already seen earlier in this run (merged, not double-counted). */
  duplicates: z.number().int(),
  quarantined: z.number().int(),
  /**
   * Loaded records with a value the reader could not use, plus warnings about the file as a whole
   * (encoding guessed, replacement characters, unread columns); all listed in the quarantine file.
   */
  warnings: z.number().int(),
  /** Rejections counted by code (ingest-problems.ts; message, line and field per record are in the quarantine file). */
  reasons: RejectionCounts,
  /** Warnings counted by code: one record may carry several, so these can add up to more than `warnings`. */
  warningReasons: WarningCounts,
  /** Records tagged with at least one chain branch. */
  tagged: z.number().int(),
  durationMs: z.number(),
  dryRun: z.boolean(),
});
export type FileSummary = z.infer<typeof FileSummary>;

export const IngestTotals = FileSummary.omit({ file: true, format: true, encoding: true, dryRun: true });
export type IngestTotals = z.infer<typeof IngestTotals>;

export const IngestSummary = z.object({
  files: z.array(FileSummary),
  totals: IngestTotals,
  quarantineFile: z.string().nullable(),
  aborted: z.string().optional(),
});
export type IngestSummary = z.infer<typeof IngestSummary>;

export const IngestProgress = z.object({
  file: z.string(),
  read: z.number().int(),
  loaded: z.number().int(),
  quarantined: z.number().int(),
  bytesRead: z.number().optional(),
  bytesTotal: z.number().optional(),
});
export type IngestProgress = z.infer<typeof IngestProgress>;

/** `interrupted`: the server stopped while the job was queued or running; it can be re-run. */
export const JobState = z.enum(['queued', 'running', 'succeeded', 'failed', 'interrupted']);
export const IngestJob = z.object({
  id: z.string(),
  state: JobState,
  /** The uploaded files' names (never where the server keeps them). */
  files: z.array(z.string()),
  /** The project the files are loaded for (graph-schema/dto/project.ts), when the upload named one. */
  project: z.string().optional(),
  /** The client workspace the files' datasets belong to (issue 14). */
  workspace: z.string().optional(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  progress: IngestProgress.optional(),
  summary: IngestSummary.optional(),
  error: z.string().optional(),
  /** An interrupted job only: whether its uploaded files are still there, so it can be re-run. */
  canRerun: z.boolean().optional(),
});
export type IngestJob = z.infer<typeof IngestJob>;

/** `GET /api/ingest/jobs`: the recent jobs. */
export const IngestJobList = z.array(IngestJob);

export const JobIdParams = z.object({ id: z.string().uuid() });
