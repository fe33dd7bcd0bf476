import { describe, expect, it } from 'vitest';
import { isQuiet, settle } from './server-settle';

describe('settle: waiting for the server to go idle before a scenario', () => {
  it('calls a sample quiet below the share of one core', () => {
    expect(isQuiet(19_000, 200, 0.1)).toBe(true);
    expect(isQuiet(21_000, 200, 0.1)).toBe(false);
  });

  it('returns after the quiet samples when idle, and gives up at the timeout while busy', async () => {
    const idle = await settle({ windowMs: 20, quietWindows: 2 });
    expect(idle.settled).toBe(true);
    expect(idle.waitedMs).toBeGreaterThanOrEqual(35);

    let spinning = true;
    const spin = () => {
      const until = performance.now() + 15;
      while (performance.now() < until) {}
      if (spinning) setImmediate(spin);
    };
    spin();
    const busy = await settle({ windowMs: 20, quietWindows: 2, timeoutMs: 150 });
    spinning = false;
    expect(busy.settled).toBe(false);
    expect(busy.waitedMs).toBeGreaterThanOrEqual(150);
  });
});
