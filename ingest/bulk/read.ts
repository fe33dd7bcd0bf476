/**
 * The bulk path's reading half: the same per-file pipeline as the incremental run
 * (pipeline/run.ts ingestFile: validation, tagging, duplicates, quarantine with file, line and
 * reason), with each batch applied to the in-memory graph instead of Neo4j.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { dedupeByPublication } from '../load/loader';
import { toBatchRows } from '../load/rows';
import { loadAliasTable } from '../normalise/aliases';
import { datasetOrigin } from '../pipeline/datasets';
import { type IngestRunOptions, prepareTagging } from '../pipeline/ingest';
import { QuarantineWriter } from '../pipeline/quarantine';
import { ingestFile, TooManyErrors } from '../pipeline/run';
import { type IngestSummary, totalsOf } from '../pipeline/summary';
import { BulkGraph } from './graph';
import { TextSpill } from './text-spill';

export interface ReadOutcome {
  graph: BulkGraph;
  summary: IngestSummary;
  runId: string;
  /** Each file read to its end, with its checksum and size, for its (:Dataset). */
  origins: Array<{ file: string; checksum: string; sizeBytes: number }>;
}

/** `workDir`: an existing folder on disk for the text spill file (the bulk import's work folder). */
export async function readIntoGraph(
  files: string[],
  options: IngestRunOptions,
  workDir: string,
): Promise<ReadOutcome> {
  const runId = randomUUID();
  const graph = new BulkGraph(new TextSpill(path.join(workDir, `texts-${runId}.tmp`)));
  const tagging = await prepareTagging(null, options);
  const quarantine = new QuarantineWriter(path.join(options.quarantineDir, `quarantine-${runId}.jsonl`));
  const summary: IngestSummary = { files: [], totals: totalsOf([]), quarantineFile: null };
  const origins: ReadOutcome['origins'] = [];
  const fileOptions = {
    ...(options.format ? { format: options.format } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    tagging,
    aliases: loadAliasTable(options.aliasFile),
    dryRun: false,
    ...(options.maxErrors !== undefined ? { maxErrors: options.maxErrors } : {}),
    batchSize: options.batchSize ?? 5000,
    quarantine,
    seen: new Set<string>(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    sink: (items: Parameters<typeof dedupeByPublication>[0], dataset: string | null) =>
      graph.applyBatch(toBatchRows(dedupeByPublication(items)), dataset),
  };
  try {
    for (const file of files) {
      const origin = await datasetOrigin(file);
      summary.files.push(await ingestFile(null, file, { ...fileOptions, dataset: origin.checksum }));
      origins.push({ file, ...origin });
    }
  } catch (error) {
    if (!(error instanceof TooManyErrors)) {
      graph.texts.close();
      throw error;
    }
    summary.files.push(error.summary);
    summary.aborted = error.message;
  } finally {
    await quarantine.close();
  }
  summary.totals = totalsOf(summary.files);
  summary.quarantineFile = quarantine.count > 0 ? quarantine.file : null;
  return { graph, summary, runId, origins };
}
