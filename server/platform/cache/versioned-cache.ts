/** An `LruCache` bound to the data version: every read first makes sure the data has not changed. */
import type { DataVersion } from '../data-version/data-version';
import { LruCache, type LruOptions } from './lru-cache';

export class VersionedCache<T> {
  private readonly lru: LruCache<T>;

  constructor(
    private readonly dataVersion: DataVersion,
    options: LruOptions<T>,
  ) {
    this.lru = new LruCache(options);
    dataVersion.onChange(() => this.lru.clear());
  }

  async get(key: string, build: () => Promise<T>): Promise<T> {
    await this.dataVersion.ensureFresh();
    return this.lru.getOrBuild(key, build);
  }

  async peek(key: string): Promise<T | undefined> {
    await this.dataVersion.ensureFresh();
    return this.lru.peek(key);
  }

  set(key: string, value: T): void {
    this.lru.set(key, value);
  }

  get size(): number {
    return this.lru.size;
  }
}
