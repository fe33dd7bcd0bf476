/**
 * Waits until the server under test (this process: its main thread and worker threads) has been
 * nearly idle for a while before a scenario starts, so a scenario is not measured while the
 * previous one's leftovers still run — a ranking job finishing, or the major GC its garbage brings.
 * A CPU profile of bench:api (5 Dec) showed ~0.5 s of core-ranking work and a ~280 ms collection
 * right before the FTO traffic; when they fall into its first seconds, eight screenings in flight
 * wait together and the p99 of 320 is theirs. The wait is reported, never measured.
 */

export interface SettleOptions {
  /** Length of one CPU sample. */
  readonly windowMs?: number;
  /** Consecutive quiet samples needed. */
  readonly quietWindows?: number;
  /** A sample is quiet below this share of one core. */
  readonly maxCoreShare?: number;
  /** Give up (and say so) after this long. */
  readonly timeoutMs?: number;
}

export interface Settled {
  readonly waitedMs: number;
  readonly settled: boolean;
}

/** Whether `cpuMicros` of CPU over `windowMs` of wall time is below `maxCoreShare` of one core. */
export function isQuiet(cpuMicros: number, windowMs: number, maxCoreShare: number): boolean {
  return cpuMicros / 1000 < windowMs * maxCoreShare;
}

export async function settle(options: SettleOptions = {}): Promise<Settled> {
  const { windowMs = 200, quietWindows = 3, maxCoreShare = 0.1, timeoutMs = 30_000 } = options;
  const started = performance.now();
  let quiet = 0;
  while (quiet < quietWindows) {
    if (performance.now() - started > timeoutMs)
      return { waitedMs: performance.now() - started, settled: false };
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const used = process.cpuUsage(before);
    quiet = isQuiet(used.user + used.system, windowMs, maxCoreShare) ? quiet + 1 : 0;
  }
  return { waitedMs: performance.now() - started, settled: true };
}
