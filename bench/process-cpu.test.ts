import { describe, expect, it } from 'vitest';
import { parseProcStatCpu, processCpuSeconds } from './process-cpu';

describe('process CPU seconds from /proc', () => {
  it('adds utime and stime, counting fields after a command name with spaces and parentheses', () => {
    const stat = '4242 (java (neo4j) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 0 0 20 0 90 0 1 2 3';
    expect(parseProcStatCpu(stat)).toBeCloseTo(18.01, 5);
  });

  it('reads this process on Linux, and gives null for a process that does not exist', () => {
    if (process.platform === 'linux') expect(processCpuSeconds(process.pid)).toBeGreaterThanOrEqual(0);
    expect(processCpuSeconds(2 ** 30)).toBeNull();
  });
});
