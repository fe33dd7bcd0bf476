/** Tasks for worker-pool.test.ts; the alias import proves the worker resolves @server paths. */
import { threadId } from 'node:worker_threads';
import { compareIds } from '@server/analytics/citation-graph';

export function sumTask(input: { values: Float64Array; label: string }) {
  let total = 0;
  for (const value of input.values) total += value;
  void compareIds;
  return { total, label: input.label, threadId, doubled: input.values.map((value) => value * 2) };
}

export function failTask(): never {
  throw new Error('task failed on purpose');
}
