/**
 * The bulk first load's two Node steps — read every file into the in-memory graph (read.ts), write
 * it as the importer's CSV files (write-csv.ts) — with the CPU and GC time each step took and the
 * process's peak RSS. The reading process (node-steps-child.ts) runs this; run.ts starts that
 * process (node-steps-process.ts) so the graph gets a heap sized for it (heap-size.ts) and its
 * memory goes back to the machine, whole, before the importer starts.
 */

import path from 'node:path';
import { GCProfiler } from 'node:v8';
import type { IngestProgress } from '@graph-schema/dto/ingest';
import type { IngestRunOptions } from '../pipeline/ingest';
import { type ReadOutcome, readIntoGraph } from './read';
import { type ImportFiles, writeImportFiles } from './write-csv';

/** The run options that cross to the reading process (everything but the callbacks). */
export type PortableRunOptions = Omit<IngestRunOptions, 'onProgress' | 'log' | 'timings'>;

export interface NodeStepsInput {
  files: string[];
  options: PortableRunOptions;
  /** The bulk work folder (the text spill file; the CSV files go to its `csv/`). */
  workDir: string;
  /** The `updatedAt` every patent row gets. */
  updatedAt: string;
}

export type NodeStepName = 'read' | 'csv';

/**
 * CPU milliseconds of the whole reading process and GC pause milliseconds of its main thread
 * (v8.GCProfiler: counted as they happen, unlike PerformanceObserver's entries, which a step that
 * never yields to the event loop — the CSV step — would not see until it has ended).
 */
export interface StepUsage {
  cpuMs: number;
  gcMs: number;
}

export interface NodeStepsOutput {
  read: Omit<ReadOutcome, 'graph'>;
  csv: ImportFiles;
  usage: Record<NodeStepName, StepUsage>;
  /** The reading process's peak resident memory. */
  peakRssBytes: number;
}

export interface NodeStepsHooks {
  /** At each step's start and end; at the end with the step's CPU and GC time. */
  onStep?: (name: NodeStepName, phase: 'start' | 'end', usage?: StepUsage) => void;
  onProgress?: (progress: IngestProgress) => void;
  log?: (line: string) => void;
}

export async function runNodeSteps(
  input: NodeStepsInput,
  hooks: NodeStepsHooks = {},
): Promise<NodeStepsOutput> {
  const usage = {} as Record<NodeStepName, StepUsage>;
  const step = async <T>(name: NodeStepName, work: () => Promise<T>): Promise<T> => {
    hooks.onStep?.(name, 'start');
    const cpu = process.cpuUsage();
    const gc = new GCProfiler();
    gc.start();
    const result = await work();
    const gcMicros = gc.stop().statistics.reduce((sum, event) => sum + event.cost, 0);
    const spent = process.cpuUsage(cpu);
    usage[name] = { cpuMs: (spent.user + spent.system) / 1000, gcMs: gcMicros / 1000 };
    hooks.onStep?.(name, 'end', usage[name]);
    return result;
  };
  const options: IngestRunOptions = {
    ...input.options,
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
    ...(hooks.log ? { log: hooks.log } : {}),
  };
  const { graph, ...read } = await step('read', () => readIntoGraph(input.files, options, input.workDir));
  const csv = await step('csv', async () => {
    try {
      return await writeImportFiles(graph, path.join(input.workDir, 'csv'), input.updatedAt);
    } finally {
      graph.texts.close();
      graph.release();
    }
  });
  return { read, csv, usage, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}
