import { describe, expect, it } from 'vitest';
import { DataVersionGate, PromiseLru } from './cache';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('PromiseLru', () => {
  it('shares one build between concurrent callers', async () => {
    const cache = new PromiseLru<number>({ maxEntries: 4, maxBytes: 1e9, sizeOf: () => 1 });
    let builds = 0;
    const build = async () => ++builds;
    const [a, b] = await Promise.all([cache.get('k', build), cache.get('k', build)]);
    expect([a, b, builds]).toEqual([1, 1, 1]);
  });

  it('evicts the least recently used entry over the entry or byte bound', async () => {
    const cache = new PromiseLru<number>({ maxEntries: 2, maxBytes: 25, sizeOf: (v) => v });
    await cache.get('a', async () => 10);
    await cache.get('b', async () => 10);
    await cache.get('a', async () => -1); // touch a
    await cache.get('c', async () => 10); // over 2 entries: b goes
    expect(await cache.get('a', async () => -1)).toBe(10);
    expect(await cache.get('b', async () => 99)).toBe(99); // rebuilt; 10 + 99 > 25 bytes
    expect(cache.size).toBe(1);
  });

  it('does not cache failures, nor builds that straddle a clear()', async () => {
    const cache = new PromiseLru<number>({ maxEntries: 4, maxBytes: 1e9, sizeOf: () => 1 });
    await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => 2)).toBe(2);
    const slow = deferred<number>();
    const pending = cache.get('s', () => slow.promise);
    cache.clear();
    slow.resolve(3);
    expect(await pending).toBe(3);
    expect(await cache.get('s', async () => 4)).toBe(4);
  });
});

describe('DataVersionGate', () => {
  it('reads the version at most once per interval and reports a change', async () => {
    let now = 0;
    let version = 'v1';
    let reads = 0;
    let changes = 0;
    const gate = new DataVersionGate(
      async () => {
        reads++;
        return version;
      },
      () => changes++,
      5000,
      () => now,
    );
    await Promise.all([gate.ensureFresh(), gate.ensureFresh()]);
    now = 1000;
    version = 'v2';
    await gate.ensureFresh();
    expect([reads, changes]).toEqual([1, 0]);
    now = 6000;
    await gate.ensureFresh();
    expect([reads, changes]).toEqual([2, 1]);
    gate.reset();
    await gate.ensureFresh();
    expect([reads, changes]).toEqual([3, 1]);
  });
});
