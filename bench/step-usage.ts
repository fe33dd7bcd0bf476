/**
 * CPU and garbage-collection seconds of this Node process per benchmark step (issue 15 "bulk"):
 * wall time alone cannot tell a slow step from one starved by a busy machine, nor show a step whose
 * cost grows with the heap (GC). CPU covers every thread of the process (worker threads included),
 * plus what a step reports from another process (onStep's `elsewhere`).
 */
import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

import type { StepUsage } from '@ingest/bulk/node-steps';

export type { StepUsage };

export class StepUsageMeter {
  readonly usage: Record<string, StepUsage> = {};
  private gcMs = 0;
  private readonly started = new Map<string, { cpu: NodeJS.CpuUsage; gcMs: number }>();
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEntry[]) this.gcMs += entry.duration;
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /**
   * `elsewhere`: what the step cost in another process (the bulk load's reading process,
   * ingest/bulk/node-steps-process.ts), added to this one's.
   */
  readonly onStep = (name: string, phase: 'start' | 'end', elsewhere?: StepUsage): void => {
    if (phase === 'start') {
      this.started.set(name, { cpu: process.cpuUsage(), gcMs: this.gcMs });
      return;
    }
    const from = this.started.get(name);
    if (!from) return;
    const cpu = process.cpuUsage(from.cpu);
    this.usage[name] = {
      cpuMs: (cpu.user + cpu.system) / 1000 + (elsewhere?.cpuMs ?? 0),
      gcMs: this.gcMs - from.gcMs + (elsewhere?.gcMs ?? 0),
    };
  };

  stop(): void {
    this.observer.disconnect();
  }
}

/** `read 30.1/2.0, csv …`: CPU / GC seconds per step that used any. */
export function formatStepUsage(usage: Record<string, StepUsage>): string {
  return Object.entries(usage)
    .filter(([, u]) => u.cpuMs >= 50)
    .map(([name, u]) => `${name} ${(u.cpuMs / 1000).toFixed(1)}/${(u.gcMs / 1000).toFixed(1)}`)
    .join(', ');
}
