/**
 * One background warm-up: a task that precomputes something data-derived (the FTO index, the
 * citation map positions, the topic map) when the server is ready and after every data change, so
 * no request pays for it. Shared by the features' warm-ups so the start/on-change/close logic is
 * written once. Each warm-up runs its task one at a time, one macrotask after the trigger (the hook
 * or request that caused it is not held up); a failure (database down, app closing) only means the
 * first request builds it itself.
 */
import type { FastifyInstance } from 'fastify';

/** The task gets `isClosed` so a long precomputation can stop early when the app shuts down. */
export type WarmUpTask = (isClosed: () => boolean) => Promise<unknown> | unknown;

interface DataChanges {
  onChange(listener: () => void): void;
}

/**
 * Whether a warm-up runs: the variable `1`/`0` decides anywhere; unset, it runs except under Vitest
 * (tests build many short-lived apps, where background graph reads would only slow them).
 */
export function warmUpEnabled(variable: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env[variable];
  return setting === undefined ? env.VITEST === undefined : setting === '1';
}

/** Every warm-up of this process (each feature module creates its one instance at import). */
const everyWarmUp = new Set<WarmUp>();

/**
 * Settles when every warm-up of the process has finished the runs started so far, including runs a
 * finishing run triggered (the API benchmark waits on it before its quiet scenarios, so they do not
 * share the CPU with the start-up precomputation).
 */
export async function allWarmUpsDone(): Promise<void> {
  for (;;) {
    const pending = [...everyWarmUp].map((warmUp) => warmUp.done());
    await Promise.all(pending);
    if ([...everyWarmUp].every((warmUp, k) => warmUp.done() === pending[k])) return;
  }
}

/**
 * The runs of one kind of warm-up in this process. Each app registers its own task (several apps can
 * share a process: tests, benchmarks); they share one queue, so `done` covers all of them.
 */
export class WarmUp {
  private pending: Promise<void> = Promise.resolve();

  constructor() {
    everyWarmUp.add(this);
  }

  /** Settles when the runs started so far have finished (benchmarks and tests wait on it). */
  done(): Promise<void> {
    return this.pending;
  }

  /** Runs the task on the app's ready hook and on every data change until the app closes. */
  register(app: FastifyInstance, dataChanges: DataChanges, task: WarmUpTask): void {
    let closed = false;
    const isClosed = (): boolean => closed;
    app.addHook('onReady', async () => {
      this.start(task, isClosed);
    });
    app.addHook('onClose', async () => {
      closed = true;
    });
    dataChanges.onChange(() => {
      if (!closed) this.start(task, isClosed);
    });
  }

  /** Chained at once (so `done` covers it from here on), run one macrotask later. */
  start(task: WarmUpTask, isClosed: () => boolean): void {
    this.pending = this.pending
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        if (!isClosed()) await task(isClosed);
      })
      .catch(() => undefined);
  }
}
