import { stat } from 'node:fs/promises';
/**
 * The ingest pipeline: read (streaming) → validate → tag → batch → load. The same function runs
 * behind the CLI and the upload endpoint. Memory stays bounded: one batch in flight at a time.
 */
import type { Database } from '@graph-schema/db/driver';
import type { IngestProgress } from '@graph-schema/dto/ingest';
import type { EncodingChoice } from '../detect-encoding';
import type { TextEncoding } from '../encoding';
import type { BatchSizing } from '../load/loader';
import type { StepTimings } from '../load/step-timings';
import type { WrittenNodes } from '../load/written-nodes';
import type { AliasTable } from '../normalise/aliases';
import { type FileWarning, type FormatId, readPatentFile } from '../read';
import { PatentRecord, type RejectedRecord } from '../record';
import { type BatchSink, BatchWriter } from './batch-writer';
import { enrich, type Tagging } from './enrich';
import type { QuarantineWriter } from './quarantine';
import { countCode, emptyFileSummary, type FileSummary } from './summary';

export interface IngestFileOptions {
  format?: FormatId;
  encoding?: TextEncoding;
  tagging: Tagging;
  aliases: AliasTable;
  dryRun: boolean;
  /** Stop the run once more records than this were rejected (undefined = never). */
  maxErrors?: number;
  batchSize: number;
  quarantine: QuarantineWriter;
  /** Publication ids seen earlier in this run, to count duplicate rows across files. */
  seen: Set<string>;
  /** The dataset (file checksum) recorded on what the file states; null for a dry run. */
  dataset?: string | null;
  onProgress?: (progress: IngestProgress) => void;
  /** Batches go here instead of the database (ingest/bulk/). */
  sink?: BatchSink;
  /** Nodes the run already wrote (one per run, shared by its files): not MERGEd again. */
  written?: WrittenNodes;
  /** The run's batch size after a memory refusal (load/loader.ts), shared by its files. */
  sizing?: BatchSizing;
  /** Per-step milliseconds (bench/ingest.ts); absent in normal runs. */
  timings?: StepTimings;
  /** Progress lines for the person running the ingest (a batch split to fit Neo4j's memory). */
  log?: (line: string) => void;
}

/** Records between progress reports while reading (batches report when written too). */
const PROGRESS_EVERY = 1000;

export class TooManyErrors extends Error {
  constructor(readonly summary: FileSummary) {
    super(`stopped after ${summary.quarantined} rejected records (--max-errors)`);
  }
}

/** Counts a rejection by code (message, line and field go to the quarantine file). */
function reject(summary: FileSummary, rejected: RejectedRecord): RejectedRecord {
  summary.quarantined += 1;
  countCode(summary.reasons, rejected.code);
  return rejected;
}

export async function ingestFile(
  db: Database | null,
  file: string,
  options: IngestFileOptions,
): Promise<FileSummary> {
  const started = Date.now();
  const summary = emptyFileSummary(file, options.format ?? 'auto', options.dryRun);
  const bytesTotal = (await stat(file)).size;
  let bytesRead = 0;
  // File warnings arrive from inside the reader; they are written between records.
  const fileWarnings: FileWarning[] = [];
  const readOptions = {
    aliases: options.aliases,
    onBytes: (n: number) => {
      bytesRead = n;
    },
    onEncoding: (choice: EncodingChoice) => {
      summary.encoding = choice;
    },
    onFileWarning: (warning: FileWarning) => fileWarnings.push(warning),
    ...(options.format ? { format: options.format } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
  const writeFileWarnings = async () => {
    for (const { line, format, ...warning } of fileWarnings.splice(0)) {
      summary.warnings += 1;
      countCode(summary.warningReasons, warning.code);
      await options.quarantine.writeWarning({ file, line, format }, warning);
    }
  };
  const report = () =>
    options.onProgress?.({
      file,
      read: summary.read,
      loaded: summary.loaded + summary.updated,
      quarantined: summary.quarantined,
      ...(bytesRead > 0 ? { bytesRead, bytesTotal } : {}),
    });
  const writer = new BatchWriter(
    options.dryRun ? null : db,
    options.batchSize,
    summary,
    report,
    {
      dataset: options.dataset ?? null,
      ...(options.written ? { written: options.written } : {}),
      ...(options.sizing ? { sizing: options.sizing } : {}),
      ...(options.timings ? { timings: options.timings } : {}),
      onSplit: (records: number) =>
        options.log?.(
          `${file}: a batch of ${records} records needed more transaction memory than Neo4j allows; loading it in two halves`,
        ),
    },
    options.sink,
  );
  for await (const result of readPatentFile(file, readOptions)) {
    await writeFileWarnings();
    summary.read += 1;
    if (summary.read % PROGRESS_EVERY === 0) report();
    if (!result.ok) {
      await options.quarantine.writeRejection(reject(summary, result.rejected));
    } else {
      const checked = PatentRecord.safeParse(result.record);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        await options.quarantine.writeRejection(
          reject(summary, {
            source: result.record.source,
            code: 'INVALID_RECORD',
            field: issue.path.join('.'),
            message: issue.message,
          }),
        );
      } else {
        if (summary.format === 'auto') summary.format = checked.data.source.format;
        if (result.warnings?.length) {
          summary.warnings += 1;
          for (const warning of result.warnings) {
            countCode(summary.warningReasons, warning.code);
            await options.quarantine.writeWarning(checked.data.source, warning);
          }
        }
        const id = checked.data.publication.id;
        const firstOccurrence = !options.seen.has(id);
        if (firstOccurrence) options.seen.add(id);
        else summary.duplicates += 1;
        const item = enrich(checked.data, options.tagging);
        if (item.branches.length > 0) summary.tagged += 1;
        await writer.add(item, firstOccurrence);
      }
    }
    if (options.maxErrors !== undefined && summary.quarantined > options.maxErrors) {
      await writer.drain();
      summary.durationMs = Date.now() - started;
      throw new TooManyErrors(summary);
    }
  }
  await writeFileWarnings();
  await writer.drain();
  summary.durationMs = Date.now() - started;
  return summary;
}
