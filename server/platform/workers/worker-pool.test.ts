import { afterAll, describe, expect, it } from 'vitest';
import { workerExecArgv } from './ts-worker';
import { WorkerPool } from './worker-pool';
import type { sumTask } from './worker-pool.test-tasks';
import { defineTask, transferablesOf } from './worker-task';

const sum = defineTask<Parameters<typeof sumTask>[0], ReturnType<typeof sumTask>>(
  new URL('./worker-pool.test-tasks.ts', import.meta.url).href,
  'sumTask',
);
const failing = defineTask<void, never>(
  new URL('./worker-pool.test-tasks.ts', import.meta.url).href,
  'failTask',
);
const missing = defineTask<void, never>(
  new URL('./worker-pool.test-tasks.ts', import.meta.url).href,
  'noSuchTask',
);

// A worker's first task compiles its modules (tsx): seconds on a busy machine.
describe('WorkerPool', { timeout: 120_000 }, () => {
  const pool = new WorkerPool(2);
  afterAll(() => pool.close());

  it('runs a TypeScript task (with @server aliases) in a worker under Vitest and moves typed arrays', async () => {
    const values = Float64Array.from([1, 2, 3.5]);
    const result = await pool.run(sum, { values, label: 'x' });
    expect(result.total).toBe(6.5);
    expect(result.label).toBe('x');
    expect(result.threadId).toBeGreaterThan(0);
    expect(Array.from(result.doubled)).toEqual([2, 4, 7]);
    // The input's buffer moved to the worker rather than being copied.
    expect(values.byteLength).toBe(0);
  });

  it('queues more tasks than workers and answers each', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        pool.run(sum, { values: Float64Array.from([i]), label: String(i) }),
      ),
    );
    expect(results.map((result) => result.total)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(results.map((result) => result.threadId)).size).toBeLessThanOrEqual(2);
  });

  it("rejects with the task's error message and keeps working", async () => {
    await expect(pool.run(failing, undefined)).rejects.toThrow('task failed on purpose');
    await expect(pool.run(missing, undefined)).rejects.toThrow('noSuchTask is not a function');
    await expect(pool.run(sum, { values: Float64Array.from([2]), label: '' })).resolves.toMatchObject({
      total: 2,
    });
  });

  it('refuses work after close', async () => {
    const closing = new WorkerPool(1);
    await closing.close();
    await expect(closing.run(sum, { values: new Float64Array(0), label: '' })).rejects.toThrow('closed');
  });
});

describe('workerExecArgv', () => {
  it("drops the parent's tsx flags (the bootstrap registers tsx) and keeps the others", () => {
    const underTsx = [
      '--require',
      '/x/node_modules/tsx/dist/preflight.cjs',
      '--import',
      'file:///x/tsx/loader.mjs',
    ];
    expect(workerExecArgv([...underTsx, '--conditions', 'node'])).toEqual(['--conditions', 'node']);
  });
});

describe('transferablesOf', () => {
  it('lists each buffer once, in fields and small arrays, not inside large data arrays', () => {
    const shared = new Float64Array(4);
    const view = new Int32Array(shared.buffer);
    const big = Array.from({ length: 100 }, () => new Int8Array(1));
    expect(transferablesOf({ a: shared, b: view, c: [new Uint8Array(2)], big })).toHaveLength(2);
  });
});
