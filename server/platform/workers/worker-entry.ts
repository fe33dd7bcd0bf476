/**
 * The code every pool worker runs: imports the task's module (once; Node caches it), calls the
 * named export and posts the result back, moving its typed arrays' buffers.
 */
import { parentPort } from 'node:worker_threads';
import { type TaskReply, type TaskRequest, transferablesOf } from './worker-task';

if (!parentPort) throw new Error('worker-entry.ts runs only as a worker thread');
const port = parentPort;

async function run(request: TaskRequest): Promise<TaskReply> {
  const started = performance.now();
  try {
    const module = (await import(request.moduleUrl)) as Record<string, unknown>;
    const task = module[request.exportName];
    if (typeof task !== 'function') throw new Error(`${request.exportName} is not a function of its module`);
    const output: unknown = await task(request.input);
    return { id: request.id, ok: true, output, ms: performance.now() - started };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return {
      id: request.id,
      ok: false,
      message: failure.message,
      ...(failure.stack ? { stack: failure.stack } : {}),
    };
  }
}

port.on('message', (request: TaskRequest) => {
  void run(request).then((reply) => port.postMessage(reply, reply.ok ? transferablesOf(reply.output) : []));
});
