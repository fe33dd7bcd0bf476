import { describe, expect, it } from 'vitest';
import { bulkHeapMib, bulkNodeFlags } from './heap-size';

const GIB = 1024 ** 3;

describe('the reading process heap (heap-size.ts)', () => {
  it('takes half the machine, between 4 and 32 GiB', () => {
    expect(bulkHeapMib(24 * GIB, {})).toBe(12 * 1024);
    expect(bulkHeapMib(4 * GIB, {})).toBe(4 * 1024);
    expect(bulkHeapMib(256 * GIB, {})).toBe(32 * 1024);
  });

  it('follows PATNAV_BULK_HEAP_MB, and refuses a value that is not a whole number of MiB', () => {
    expect(bulkHeapMib(24 * GIB, { PATNAV_BULK_HEAP_MB: '3000' })).toBe(3000);
    expect(bulkHeapMib(24 * GIB, { PATNAV_BULK_HEAP_MB: '' })).toBe(12 * 1024);
    expect(() => bulkHeapMib(24 * GIB, { PATNAV_BULK_HEAP_MB: '3g' })).toThrow(/PATNAV_BULK_HEAP_MB.*"3g"/);
    expect(() => bulkHeapMib(24 * GIB, { PATNAV_BULK_HEAP_MB: '100' })).toThrow(/at least 256/);
  });

  it('gives the old generation and a 64 MiB semi-space as Node flags', () => {
    expect(bulkNodeFlags(12288)).toEqual(['--max-old-space-size=12288', '--max-semi-space-size=64']);
  });
});
