import { describe, expect, it } from 'vitest';
import { snapshotCacheBytes } from './snapshot-service';

const MB = 1024 * 1024;

describe('snapshot cache bound', () => {
  it('takes PATNAV_SNAPSHOT_CACHE_MB, else an eighth of the memory, at least 768 MB', () => {
    expect(snapshotCacheBytes({ PATNAV_SNAPSHOT_CACHE_MB: '2048' }, 64 * 1024 * MB)).toBe(2048 * MB);
    expect(snapshotCacheBytes({}, 24 * 1024 * MB)).toBe(3 * 1024 * MB);
    expect(snapshotCacheBytes({}, 4 * 1024 * MB)).toBe(768 * MB);
    expect(snapshotCacheBytes({ PATNAV_SNAPSHOT_CACHE_MB: 'lots' }, 4 * 1024 * MB)).toBe(768 * MB);
  });
});
