/**
 * The bulk first load (issue 15): read every file into the graph a first incremental load would
 * write (read.ts, graph.ts) and write it as CSV (write-csv.ts), both in a process of their own with
 * a heap sized for the graph (node-steps-process.ts), stop the managed Neo4j, import with
 * neo4j-admin (admin-import.ts), start it again, apply the migrations (constraints and indexes),
 * then write tags, fields, datasets and the run as the incremental path does (finish.ts).
 * Only for the managed local instance with an empty database: the importer replaces the store.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { type LocalNeo4jConfig, localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows } from '@graph-schema/db/tx';
import { z } from 'zod';
import type { IngestRunOptions } from '../pipeline/ingest';
import type { IngestSummary } from '../pipeline/summary';
import { runAdminImport } from './admin-import';
import { recordDatasetsAndRun, writeOntology } from './finish';
import type { NodeStepsOutput, PortableRunOptions, StepUsage } from './node-steps';
import { runNodeStepsInProcess } from './node-steps-process';

export class BulkRefused extends Error {
  override name = 'BulkRefused';
}

/** Milliseconds per step, in order. */
export type BulkSteps = Record<
  'read' | 'csv' | 'stop' | 'import' | 'restart' | 'migrations' | 'ontology' | 'record',
  number
>;

export interface BulkOptions extends IngestRunOptions {
  env?: NodeJS.ProcessEnv;
  /** The managed instance's settings beyond the environment (tests and benchmarks: own home and port). */
  instance?: Partial<LocalNeo4jConfig>;
  /**
   * Called as each step starts and ends (benchmarks: CPU and GC time per step); at the end of `read`
   * and `csv` with the reading process's CPU and GC time for the step (this process's do not count it).
   */
  onStep?: (name: keyof BulkSteps, phase: 'start' | 'end', usage?: StepUsage) => void;
}

export interface BulkOutcome {
  summary: IngestSummary;
  steps: BulkSteps;
  nodes: number;
  relationships: number;
  /** The peak resident memory of the process that read the files and wrote the CSV files. */
  readPeakRssBytes: number;
}

/** The importer writes the store files, which only the managed instance on this machine exposes. */
export function refuseExternalNeo4j(env: NodeJS.ProcessEnv): void {
  if (!env.NEO4J_URI) return;
  throw new BulkRefused(
    `the bulk first load needs the managed local Neo4j, but NEO4J_URI=${env.NEO4J_URI} names another server: ` +
      "neo4j-admin's importer writes the database files directly and cannot load a server over the network. " +
      'Load without --bulk (the incremental path works with any server), or unset NEO4J_URI.',
  );
}

const CountRow = z.object({ n: z.number() });
/** Nodes a bulk import would lose: anything but the migrations' own bookkeeping (re-applied after). */
const OTHER_NODES = `
MATCH (n) WHERE NOT n:Migration AND NOT (n:Workspace AND n.id = 'default')
RETURN count(n) AS n`;

export async function isEmptyForBulk(db: Database): Promise<boolean> {
  const [row] = await readRows(db, CountRow, OTHER_NODES);
  return (row?.n ?? 0) === 0;
}

type StepHook = BulkOptions['onStep'];

async function step<T>(
  steps: BulkSteps,
  name: keyof BulkSteps,
  work: () => Promise<T>,
  hook?: StepHook,
): Promise<T> {
  hook?.(name, 'start');
  const started = performance.now();
  try {
    return await work();
  } finally {
    steps[name] = performance.now() - started;
    hook?.(name, 'end');
  }
}

/**
 * Refuses a store that holds data; otherwise returns the stop of the instance, already under way:
 * it shuts down (a checkpoint, ~10 s at 100k) while the files are read, and frees its memory for them.
 */
async function assertEmptyThenStop(config: LocalNeo4jConfig, log: (line: string) => void) {
  const db = createDatabase(await startLocalNeo4j(config, log));
  try {
    if (!(await isEmptyForBulk(db))) {
      throw new BulkRefused(
        `the bulk first load replaces the whole database, and the one in ${config.homeDir} already holds data ` +
          '(patents, projects, users or other records). Load without --bulk to add to it, or start from ' +
          'an empty store (`npm run db:reset`).',
      );
    }
  } finally {
    await db.driver.close();
  }
  const stopping = stopLocalNeo4j(config, log);
  // Awaited by the stop step; a failure before it still ends the stop (no unhandled rejection).
  stopping.catch(() => {});
  return { stopping };
}

/** The run options without the callbacks, which stay in this process. */
function portable(options: BulkOptions): PortableRunOptions {
  const {
    onProgress: _progress,
    log: _log,
    timings: _timings,
    env: _env,
    instance: _instance,
    onStep: _step,
    ...rest
  } = options;
  return rest;
}

/** The read and CSV steps in the reading process, each timed here from its start and end messages. */
function readAndWriteCsv(
  files: string[],
  options: BulkOptions,
  workDir: string,
  steps: BulkSteps,
): Promise<NodeStepsOutput> {
  const started: Partial<Record<keyof BulkSteps, number>> = {};
  return runNodeStepsInProcess(
    { files, options: portable(options), workDir, updatedAt: new Date().toISOString() },
    {
      onStep: (name, phase, usage) => {
        if (phase === 'start') started[name] = performance.now();
        else steps[name] = performance.now() - (started[name] ?? performance.now());
        options.onStep?.(name, phase, usage);
      },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.log ? { log: options.log } : {}),
    },
    options.env ?? process.env,
  );
}

export async function runBulkIngest(files: string[], options: BulkOptions): Promise<BulkOutcome> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  refuseExternalNeo4j(env);
  if (options.projectId)
    throw new BulkRefused(
      '--project cannot be used with --bulk: the database must be empty, so no project exists yet',
    );
  const config = localNeo4jConfigFromEnv(env, options.instance);
  const { stopping } = await assertEmptyThenStop(config, log);
  const steps = { read: 0, csv: 0, stop: 0, import: 0, restart: 0, migrations: 0, ontology: 0, record: 0 };
  const timed = <T>(name: keyof BulkSteps, work: () => Promise<T>) => step(steps, name, work, options.onStep);
  const workDir = path.join(config.homeDir, 'import', 'bulk');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const { read, csv, peakRssBytes } = await readAndWriteCsv(files, options, workDir, steps);
  log(`bulk: ${csv.nodeCount} nodes, ${csv.relationshipCount} relationships written as CSV`);
  // Only the part of the stop that outlasted the read and the CSV writing.
  await timed('stop', () => stopping);
  await timed('import', () => runAdminImport(config, csv, workDir));
  const db = await timed('restart', async () => createDatabase(await startLocalNeo4j(config, log)));
  try {
    await timed('migrations', () => applyMigrations(db));
    await timed('ontology', () => writeOntology(db, options));
    await timed('record', () => recordDatasetsAndRun(db, read, options));
  } finally {
    await db.driver.close();
  }
  return {
    summary: read.summary,
    steps,
    nodes: csv.nodeCount,
    relationships: csv.relationshipCount,
    readPeakRssBytes: peakRssBytes,
  };
}
