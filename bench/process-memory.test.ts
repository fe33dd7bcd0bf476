import { describe, expect, it } from 'vitest';
import { memoryLine, parseProcStatus, processMemory } from './process-memory';

const STATUS = `Name:\tnode
VmPeak:\t 1234567 kB
VmHWM:\t  2097152 kB
VmRSS:\t  1048576 kB
Threads:\t11
`;

describe('process memory for the benchmarks', () => {
  it('reads the current and peak RSS from a /proc status text, in MiB', () => {
    expect(parseProcStatus(STATUS)).toEqual({ rssMiB: 1024, peakRssMiB: 2048 });
    expect(parseProcStatus('Name:\tkthread\n')).toEqual({ rssMiB: null, peakRssMiB: null });
  });

  it('reads this process on Linux, and says n/a for a process that is gone', () => {
    const own = processMemory(process.pid);
    if (process.platform === 'linux') {
      expect(own.rssMiB).toBeGreaterThan(10);
      expect(own.peakRssMiB).toBeGreaterThanOrEqual(own.rssMiB!);
    }
    expect(memoryLine('gone', 2 ** 30)).toBe(`gone (pid ${2 ** 30}): RSS n/a, peak n/a`);
  });
});
