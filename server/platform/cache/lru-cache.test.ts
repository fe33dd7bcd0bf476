import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('LruCache', () => {
  it('shares one build between concurrent callers', async () => {
    const cache = new LruCache<number>({ maxEntries: 4, maxBytes: 1e9, sizeOf: () => 1 });
    let builds = 0;
    const build = async () => ++builds;
    const [a, b] = await Promise.all([cache.getOrBuild('k', build), cache.getOrBuild('k', build)]);
    expect([a, b, builds]).toEqual([1, 1, 1]);
  });

  it('evicts the least recently used entry over the entry or byte bound', async () => {
    const cache = new LruCache<number>({ maxEntries: 2, maxBytes: 25, sizeOf: (v) => v });
    await cache.getOrBuild('a', async () => 10);
    await cache.getOrBuild('b', async () => 10);
    await cache.getOrBuild('a', async () => -1); // touch a
    await cache.getOrBuild('c', async () => 10); // over 2 entries: b goes
    expect(await cache.getOrBuild('a', async () => -1)).toBe(10);
    expect(await cache.getOrBuild('b', async () => 99)).toBe(99); // rebuilt; 10 + 99 > 25 bytes
    expect(cache.size).toBe(1);
  });

  it('does not cache failures, nor builds that straddle a clear()', async () => {
    const cache = new LruCache<number>({ maxEntries: 4, maxBytes: 1e9, sizeOf: () => 1 });
    await expect(cache.getOrBuild('k', async () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect(await cache.getOrBuild('k', async () => 2)).toBe(2);
    const slow = deferred<number>();
    const pending = cache.getOrBuild('s', () => slow.promise);
    cache.clear();
    slow.resolve(3);
    expect(await pending).toBe(3);
    expect(await cache.getOrBuild('s', async () => 4)).toBe(4);
  });

  it('peeks only built values and skips a ready value larger than the byte bound', async () => {
    const cache = new LruCache<string>({ maxEntries: 4, maxBytes: 5, sizeOf: (v) => v.length });
    const slow = deferred<string>();
    const pending = cache.getOrBuild('k', () => slow.promise);
    expect(cache.peek('k')).toBeUndefined();
    slow.resolve('abc');
    await pending;
    expect(cache.peek('k')).toBe('abc');
    cache.set('big', 'abcdef');
    expect(cache.peek('big')).toBeUndefined();
    cache.set('small', 'ab');
    expect([cache.peek('small'), cache.peek('k')]).toEqual(['ab', 'abc']);
  });
});
