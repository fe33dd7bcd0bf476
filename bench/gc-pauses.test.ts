import { describe, expect, it } from 'vitest';
import { watchGcPauses } from './gc-pauses';

describe('watchGcPauses', () => {
  it('counts the minor collections that short-lived garbage causes while it watches', async () => {
    const watch = watchGcPauses();
    let kept = 0;
    // ~400 MB of arrays that die at once: far more than a young generation holds, so V8 scavenges.
    for (let round = 0; round < 400; round++) kept += new Array(125_000).fill(round).length;
    const line = await watch.stop();
    expect(kept).toBe(50_000_000);
    expect(line).toMatch(/^ {2}main-thread GC pauses: .*minor [1-9]\d* \(max \d+\.\d, total \d+\.\d ms\)/);
  });

  it('says none when nothing was collected', async () => {
    expect(await watchGcPauses().stop()).toBe('  main-thread GC pauses: none');
  });
});
