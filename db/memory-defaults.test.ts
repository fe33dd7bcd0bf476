import { describe, expect, it } from 'vitest';
import { machineMemoryBytes, neo4jMemoryFor } from './memory-defaults';

const GIB = 1024 ** 3;

describe('neo4jMemoryFor', () => {
  it('gives a quarter of memory each to heap and page cache on a mid-size machine', () => {
    expect(neo4jMemoryFor(24 * GIB)).toEqual({ heap: '6144m', pageCache: '6144m' });
    expect(neo4jMemoryFor(23.4 * GIB)).toEqual({ heap: '5990m', pageCache: '5990m' }); // floor(23.4·256) MiB
  });

  it('caps the heap at 8 GiB and the page cache at 16 GiB on a large machine', () => {
    expect(neo4jMemoryFor(64 * GIB)).toEqual({ heap: '8192m', pageCache: '16384m' });
    expect(neo4jMemoryFor(256 * GIB)).toEqual({ heap: '8192m', pageCache: '16384m' });
  });

  it('never goes under 512 MiB on a small machine', () => {
    expect(neo4jMemoryFor(1 * GIB)).toEqual({ heap: '512m', pageCache: '512m' });
  });

  it('reads a positive memory size from this machine', () => {
    expect(machineMemoryBytes()).toBeGreaterThan(0);
  });
});
