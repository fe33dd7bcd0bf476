/**
 * A small pool of worker threads for CPU-heavy, whole-graph work (snapshot graph building, core
 * ranking): the event loop keeps answering other requests while one runs. Generic: any module's
 * exported function can be a task (worker-task.ts), so every feature can reuse the one pool.
 *
 * Workers are started on first use and kept; a worker is referenced only while it has work, so
 * an idle pool never keeps a CLI or test process alive. A crashed worker fails its tasks and is
 * replaced on the next run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tsWorkerBootstrap, workerExecArgv } from './ts-worker';
import { type TaskReply, type TaskRequest, transferablesOf, type WorkerTask } from './worker-task';

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

interface Queued {
  readonly request: TaskRequest;
  readonly transfer: ArrayBuffer[];
  readonly pending: Pending;
}

const ENTRY_URL = new URL('./worker-entry.ts', import.meta.url).href;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private closed = false;

  /** One worker by default: the machine's other core(s) keep serving requests and Neo4j. */
  constructor(readonly size = defaultPoolSize()) {}

  /**
   * Runs a task on a free worker (or queues it). The input's typed-array buffers are moved to
   * the worker: pass copies of arrays the caller still needs.
   */
  run<Input, Output>(task: WorkerTask<Input, Output>, input: Input): Promise<Output> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Output>((resolve, reject) => {
      const request = { id: this.nextId++, moduleUrl: task.moduleUrl, exportName: task.exportName, input };
      const pending = { resolve: resolve as (value: unknown) => void, reject };
      this.queue.push({ request, transfer: transferablesOf(input), pending });
      this.dispatch();
    });
  }

  /** Stops every worker; running and queued tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const queued of this.queue.splice(0)) queued.pending.reject(new Error('the worker pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) return;
      const queued = this.queue.shift()!;
      slot.pending.set(queued.request.id, queued.pending);
      slot.worker.ref();
      slot.worker.postMessage(queued.request, queued.transfer);
    }
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    return undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(tsWorkerBootstrap(ENTRY_URL), { eval: true, execArgv: workerExecArgv() });
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: TaskReply) => this.settle(slot, reply));
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', (code) => this.fail(slot, new Error(`a pool worker exited (code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, reply: TaskReply): void {
    const pending = slot.pending.get(reply.id);
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) slot.worker.unref();
    if (pending) {
      if (reply.ok) pending.resolve(reply.output);
      else pending.reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
    }
    this.dispatch();
  }

  /** A dead worker fails what it held and leaves the pool; the next run starts a fresh one. */
  private fail(slot: Slot, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
    this.dispatch();
  }
}

function defaultPoolSize(): number {
  const configured = Number(process.env.PATNAV_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

let shared: WorkerPool | undefined;

/** The process's one pool (features share it, so at most `size` whole-graph jobs run at once). */
export function sharedWorkerPool(): WorkerPool {
  shared ??= new WorkerPool();
  return shared;
}
