/**
 * The bulk load's reading process (started by node-steps-process.ts with its own heap flags): takes
 * one NodeStepsInput over IPC, runs the read and CSV steps (node-steps.ts), reports each step,
 * the progress and log lines as they happen, then its outcome or its error, and exits.
 */
import type { NodeStepsInput } from './node-steps';
import { runNodeSteps } from './node-steps';
import type { ChildMessage } from './node-steps-process';

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, {}, () => resolve()));
}

process.once('message', async (input: NodeStepsInput) => {
  try {
    const output = await runNodeSteps(input, {
      onStep: (name, phase, usage) => void send({ type: 'step', name, phase, ...(usage ? { usage } : {}) }),
      onProgress: (progress) => void send({ type: 'progress', progress }),
      log: (line) => void send({ type: 'log', line }),
    });
    await send({ type: 'done', output });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    await send({ type: 'failed', name: failure.name, message: failure.message, stack: failure.stack ?? '' });
    process.exitCode = 1;
  } finally {
    process.disconnect();
  }
});
