/**
 * The main thread's garbage-collection pauses while a scenario runs (perf_hooks `gc` entries: one
 * per pause, with its kind), so a latency tail can be told apart from the work itself: one long
 * major collection stalls every request in flight at once — with 8 clients, 8 of 320 screenings,
 * which is the whole p99. `--trace-gc` is no help here: worker threads refuse it in execArgv.
 */
import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

interface Pause {
  readonly kind: number;
  readonly ms: number;
}

const KIND_NAMES: ReadonlyArray<[number, string]> = [
  [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weak callbacks'],
];

export interface GcWatch {
  /** `  main-thread GC pauses: minor 120 (max 12.1, total 210.4 ms), major 2 (…)`, then stops watching. */
  stop(): Promise<string>;
}

export function watchGcPauses(): GcWatch {
  const pauses: Pause[] = [];
  const record = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) {
      const detail = entry.detail as { kind?: number } | undefined;
      pauses.push({ kind: detail?.kind ?? 0, ms: entry.duration });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      // A pause's entry is queued after the collection and delivered on a later turn of the event
      // loop: let the last ones arrive, and take any still buffered, before disconnecting.
      await new Promise((resolve) => setTimeout(resolve, 10));
      record(observer.takeRecords());
      observer.disconnect();
      const parts = KIND_NAMES.flatMap(([kind, name]) => {
        const of = pauses.filter((pause) => pause.kind === kind).map((pause) => pause.ms);
        if (of.length === 0) return [];
        const total = of.reduce((sum, ms) => sum + ms, 0);
        return [`${name} ${of.length} (max ${Math.max(...of).toFixed(1)}, total ${total.toFixed(1)} ms)`];
      });
      return `  main-thread GC pauses: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
    },
  };
}
