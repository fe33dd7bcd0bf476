/**
 * The reliability suite's counts. Each test adds what it tried to a JSON-lines file (test files run
 * in separate workers; the file is named by the global setup); the global teardown sums the lines
 * into the table. `peakRssMb` is the highest RSS a test saw in its own process.
 */
import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

export interface Tally {
  badInputs?: number;
  hostileFiles?: number;
  faultsInjected?: number;
  requestsSent?: number;
  /** Answers that broke a rule (a 5xx where a 4xx/503 was due, a wrong body, a crash). */
  errors?: number;
  peakRssMb?: number;
  recordsLost?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityTally: string;
  }
}

export function tally(counts: Tally): void {
  appendFileSync(inject('reliabilityTally'), `${JSON.stringify(counts)}\n`);
}

/** Samples this process's RSS every 25 ms until stopped; returns the peak in MB. */
export function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return Math.round(peak / 1024 / 1024);
    },
  };
}
