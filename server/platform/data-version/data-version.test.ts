import { describe, expect, it } from 'vitest';
import { DataVersion } from './data-version';

describe('DataVersion', () => {
  it('reads the version at most once per interval and reports a change', async () => {
    let now = 0;
    let version = 'v1';
    let reads = 0;
    let changes = 0;
    const gate = new DataVersion(
      async () => {
        reads++;
        return version;
      },
      5000,
      () => now,
    );
    gate.onChange(() => changes++);
    await Promise.all([gate.ensureFresh(), gate.ensureFresh()]);
    now = 1000;
    version = 'v2';
    await gate.ensureFresh();
    expect([reads, changes]).toEqual([1, 0]);
    now = 6000;
    await gate.ensureFresh();
    expect([reads, changes]).toEqual([2, 1]);
    gate.invalidate();
    expect([reads, changes]).toEqual([2, 2]);
    await gate.ensureFresh();
    expect([reads, changes]).toEqual([3, 2]);
  });

  it('changed() records the change for the other servers first, then clears this one’s caches', async () => {
    const steps: string[] = [];
    let fail = false;
    const gate = new DataVersion(
      async () => 'v1',
      1000,
      () => 0,
      async () => {
        steps.push('recorded');
        if (fail) throw new Error('database down');
      },
    );
    gate.onChange(() => steps.push('cleared'));
    await gate.changed();
    expect(steps).toEqual(['recorded', 'cleared']);
    fail = true;
    await expect(gate.changed()).rejects.toThrow('database down');
    // Even when the record fails, this server serves nothing from before its own write.
    expect(steps).toEqual(['recorded', 'cleared', 'recorded', 'cleared']);
  });
});
