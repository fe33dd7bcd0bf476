/**
 * Runs the bulk load's read and CSV steps (node-steps.ts) in a Node process of their own, started
 * with heap flags sized for a first-load graph (heap-size.ts): Node's default heap (~4 GB) is
 * what a million families' graph needs, so V8 would collect the whole heap every few seconds, and
 * a user's `npm run ingest` should not have to know about NODE_OPTIONS. The process exits once the
 * CSV files are written, so all of its memory is back before the importer starts.
 * Progress, log lines and step ends come back over IPC as they happen.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineMemoryBytes } from '@db/memory-defaults';
import type { IngestProgress } from '@graph-schema/dto/ingest';
import { bulkHeapMib, bulkNodeFlags } from './heap-size';
import type { NodeStepName, NodeStepsHooks, NodeStepsInput, NodeStepsOutput, StepUsage } from './node-steps';

export type ChildMessage =
  | { type: 'step'; name: NodeStepName; phase: 'start' | 'end'; usage?: StepUsage }
  | { type: 'progress'; progress: IngestProgress }
  | { type: 'log'; line: string }
  | { type: 'done'; output: NodeStepsOutput }
  | { type: 'failed'; name: string; message: string; stack: string };

const CHILD_ENTRY = fileURLToPath(new URL('./node-steps-child.ts', import.meta.url));
/** tsx's loader by absolute URL, so the child runs TypeScript whatever the working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function runNodeStepsInProcess(
  input: NodeStepsInput,
  hooks: NodeStepsHooks,
  env: NodeJS.ProcessEnv = process.env,
): Promise<NodeStepsOutput> {
  const heapMib = bulkHeapMib(machineMemoryBytes(), env);
  const child = fork(CHILD_ENTRY, [], {
    execArgv: ['--import', TSX_LOADER, ...bulkNodeFlags(heapMib)],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise<NodeStepsOutput>((resolve, reject) => {
    let outcome: { output: NodeStepsOutput } | { error: Error } | undefined;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'step') hooks.onStep?.(message.name, message.phase, message.usage);
      else if (message.type === 'progress') hooks.onProgress?.(message.progress);
      else if (message.type === 'log') hooks.log?.(message.line);
      else if (message.type === 'done') outcome = { output: message.output };
      else
        outcome = {
          error: Object.assign(new Error(message.message), { name: message.name, stack: message.stack }),
        };
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (outcome && 'output' in outcome) resolve(outcome.output);
      else if (outcome) reject(outcome.error);
      else
        reject(
          new Error(
            `the bulk load's reading process ended (${signal ?? `exit code ${code}`}) before its CSV files were ` +
              `written. If it ran out of memory (its heap: ${heapMib} MiB), set PATNAV_BULK_HEAP_MB higher, or ` +
              'load without --bulk (the incremental path holds one batch at a time).',
          ),
        );
    });
    child.send(input);
  });
}
