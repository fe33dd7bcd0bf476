/**
 * One ingest run over several files: prepares tagging (chains + WIPO fields), writes the chain
 * ontology, runs the pipeline per file, records an (:IngestRun) node and returns the summary.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { compileChains } from '@graph-schema/chains/compile';
import { formatChainError } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import { writeRows } from '@graph-schema/db/tx';
import type { IngestProgress } from '@graph-schema/dto/ingest';
import { IngestRunNode } from '@graph-schema/stored/bookkeeping';
import { loadBuiltInAndUserChains } from '../chains/load';
import type { TextEncoding } from '../encoding';
import { writeChainOntology } from '../load/chains';
import { BatchSizing } from '../load/loader';
import type { StepTimings } from '../load/step-timings';
import { checkNode } from '../load/stored-rows';
import { WrittenNodes } from '../load/written-nodes';
import { loadAliasTable } from '../normalise/aliases';
import type { FormatId } from '../read';
import { assertProjectExists, datasetOrigin, recordDataset } from './datasets';
import type { Tagging } from './enrich';
import { tagRunForProjects } from './project-rule-tags';
import { QuarantineWriter } from './quarantine';
import { ingestFile, TooManyErrors } from './run';
import { type IngestSummary, totalsOf } from './summary';
import { prepareWipoFields } from './wipo';

export interface IngestRunOptions {
  format?: FormatId;
  /** Decode every text file with this encoding instead of detecting it. */
  encoding?: TextEncoding;
  /** Restrict tagging to these chain ids (default: every chain). */
  chainIds?: string[];
  /** A user's alias table (variant spelling → canonical name), merged over the shipped one. */
  aliasFile?: string;
  /** Extra chain definition files or folders. */
  chainFiles?: string[];
  dryRun?: boolean;
  /** Link each file's (:Dataset) to this project; the run fails before loading when it does not exist. */
  projectId?: string;
  /** The client workspace each file's (:Dataset) belongs to (issue 14); absent: the default one. */
  workspace?: string;
  maxErrors?: number;
  batchSize?: number;
  quarantineDir: string;
  onProgress?: (progress: IngestProgress) => void;
  log?: (line: string) => void;
  /** Per-step milliseconds summed over the run's batches (bench/ingest.ts); absent in normal runs. */
  timings?: StepTimings;
}

export async function prepareTagging(db: Database | null, options: IngestRunOptions): Promise<Tagging> {
  const log = options.log ?? (() => {});
  const loaded = await loadBuiltInAndUserChains(options.chainFiles ?? []);
  if (loaded.errors.length > 0)
    throw new Error(`chain definitions invalid:\n${loaded.errors.map(formatChainError).join('\n')}`);
  const wanted = options.chainIds;
  const chains = loaded.chains.map((c) => c.chain).filter((chain) => !wanted || wanted.includes(chain.id));
  const unknown = (wanted ?? []).filter((id) => !chains.some((chain) => chain.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown chain ${unknown.join(', ')}; known: ${loaded.chains.map((c) => c.chain.id).join(', ')}`,
    );
  }
  if (db && !options.dryRun) for (const chain of chains) await writeChainOntology(db, chain);
  const fields = await prepareWipoFields(db && !options.dryRun ? db : null, log);
  return { chains: chains.length > 0 ? compileChains(chains) : null, fieldsOf: fields };
}

export async function runIngest(
  db: Database | null,
  files: string[],
  options: IngestRunOptions,
): Promise<IngestSummary> {
  const runId = randomUUID();
  const recording = db && !options.dryRun ? db : null;
  if (recording && options.projectId) await assertProjectExists(recording, options.projectId);
  const tagging = await prepareTagging(db, options);
  const aliases = loadAliasTable(options.aliasFile);
  const quarantine = new QuarantineWriter(path.join(options.quarantineDir, `quarantine-${runId}.jsonl`));
  const seen = new Set<string>();
  const summary: IngestSummary = { files: [], totals: totalsOf([]), quarantineFile: null };
  const loadedDatasets: string[] = [];
  const fileOptions = {
    ...(options.format ? { format: options.format } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    tagging,
    aliases,
    dryRun: options.dryRun ?? false,
    ...(options.maxErrors !== undefined ? { maxErrors: options.maxErrors } : {}),
    batchSize: options.batchSize ?? 5000,
    quarantine,
    seen,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.timings ? { timings: options.timings } : {}),
    ...(options.log ? { log: options.log } : {}),
    written: new WrittenNodes(),
    sizing: new BatchSizing(),
  };
  try {
    for (const file of files) {
      // Hashed first: every patent and link the file states records its dataset (the checksum).
      const origin = recording ? await datasetOrigin(file) : null;
      const fileSummary = await ingestFile(db, file, { ...fileOptions, dataset: origin?.checksum ?? null });
      summary.files.push(fileSummary);
      // Only a file read to its end is a dataset; a run stopped by --max-errors records none for it.
      if (recording && origin) {
        await recordDataset(recording, fileSummary, {
          runId,
          projectId: options.projectId ?? null,
          workspace: options.workspace ?? null,
          ...origin,
        });
        loadedDatasets.push(origin.checksum);
      }
    }
  } catch (error) {
    if (!(error instanceof TooManyErrors)) throw error;
    summary.files.push(error.summary);
    summary.aborted = error.message;
  } finally {
    await quarantine.close();
  }
  // The run's families join the projects' edited leaves now, not at their next re-tag.
  if (recording) await tagRunForProjects(recording, loadedDatasets);
  summary.totals = totalsOf(summary.files);
  summary.quarantineFile = quarantine.count > 0 ? quarantine.file : null;
  if (db && !options.dryRun) await recordRun(db, runId, summary);
  return summary;
}

const RECORD_RUN = `
MERGE (r:IngestRun {id: $id})
SET r.finishedAt = datetime(), r.files = $files, r.read = $read, r.loaded = $loaded, r.updated = $updated,
    r.duplicates = $duplicates, r.quarantined = $quarantined, r.quarantineFile = $quarantineFile`;

export async function recordRun(db: Database, id: string, summary: IngestSummary): Promise<void> {
  const t = summary.totals;
  const run = {
    id,
    files: summary.files.map((f) => f.file),
    read: t.read,
    loaded: t.loaded,
    updated: t.updated,
    duplicates: t.duplicates,
    quarantined: t.quarantined,
  };
  const quarantineFile = summary.quarantineFile ?? undefined;
  checkNode('IngestRun', IngestRunNode, id, { ...run, ...(quarantineFile ? { quarantineFile } : {}) });
  await writeRows(db, RECORD_RUN, { ...run, quarantineFile: summary.quarantineFile });
}
