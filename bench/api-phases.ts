/**
 * bench:api's lines under a scenario whose answers carry a `Server-Timing` header (the FTO
 * screening: server/features/fto/screening-timing.ts): the count and p50/p95/p99 of the client's
 * latency, then of each server phase, so a p99 says where it went (waiting for a chart worker, or
 * the event loop's own work) and is not the single slowest request; and the server's CPU per request.
 */
import type { ScenarioResult } from './api-client';

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => percentile(sorted, p).toFixed(1);
  return `p50 ${at(0.5)} / p95 ${at(0.95)} / p99 ${at(0.99)} ms`;
}

/** `serverCpu`: process.cpuUsage() over the scenario (the server's threads, workers included). */
export function phaseLines(result: ScenarioResult, serverCpu: NodeJS.CpuUsage): string[] {
  const phases = Object.entries(result.serverTimings);
  if (phases.length === 0) return [];
  const n = result.latenciesMs.length;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const server = phases.map(([name, values]) => `${name.padEnd(10)} ${spread(values)}`);
  const mean = phases.map(([name, values]) => `${name} ${(sum(values) / values.length).toFixed(1)}`);
  return [
    `  ${n} requests, client latency ${spread(result.latenciesMs)}`,
    ...server.map((line) => `  server ${line}`),
    `  server means (ms): ${mean.join(', ')}`,
    ...result.slowest.map(
      (slow) =>
        `  slow: ${slow.ms.toFixed(1)} ms at +${(slow.atMs / 1000).toFixed(2)} s: ${slow.serverTiming ?? '-'}`,
    ),
    // CPU time is what a loaded, shared machine disturbs least: compare runs by it.
    `  server CPU ${((serverCpu.user + serverCpu.system) / 1000 / n).toFixed(1)} ms per request (all its threads), ${((n / result.wallMs) * 1000).toFixed(1)} requests/s`,
  ];
}
