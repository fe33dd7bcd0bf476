/**
 * Milliseconds spent per step of the loader, summed over batches. Optional everywhere: the
 * benchmark passes a map to see where an ingest spends its time (bench/ingest.ts); a normal run
 * passes none and pays nothing.
 */
export type StepTimings = Map<string, number>;

export async function timed<T>(
  timings: StepTimings | undefined,
  step: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings.set(step, (timings.get(step) ?? 0) + performance.now() - started);
  }
}

/** The synchronous variant, for Node-side steps (building the parameter rows). */
export function timedSync<T>(timings: StepTimings | undefined, step: string, work: () => T): T {
  if (!timings) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    timings.set(step, (timings.get(step) ?? 0) + performance.now() - started);
  }
}
