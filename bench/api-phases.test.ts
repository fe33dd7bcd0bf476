import { describe, expect, it } from 'vitest';
import { phaseLines } from './api-phases';

describe('phaseLines', () => {
  const result = {
    name: 'fto',
    latenciesMs: [100, 120, 400],
    wallMs: 1000,
    failures: 0,
    serverTimings: { retrieve: [10, 12, 30], chartQueue: [50, 60, 300] },
    slowest: [
      { ms: 400, atMs: 510, serverTiming: 'retrieve;dur=30.0, chartQueue;dur=300.0' },
      { ms: 120, atMs: 0, serverTiming: null },
    ],
  };

  it('prints the spread of each phase, then each slow request with its start and phases', () => {
    const lines = phaseLines(result, { user: 30_000, system: 0 });
    expect(lines).toContain('  3 requests, client latency p50 120.0 / p95 400.0 / p99 400.0 ms');
    expect(lines).toContain('  server retrieve   p50 12.0 / p95 30.0 / p99 30.0 ms');
    expect(lines).toContain('  slow: 400.0 ms at +0.51 s: retrieve;dur=30.0, chartQueue;dur=300.0');
    expect(lines).toContain('  slow: 120.0 ms at +0.00 s: -');
    expect(lines.at(-1)).toBe('  server CPU 10.0 ms per request (all its threads), 3.0 requests/s');
  });

  it('prints nothing for a scenario without Server-Timing', () => {
    expect(phaseLines({ ...result, serverTimings: {} }, { user: 0, system: 0 })).toEqual([]);
  });
});
