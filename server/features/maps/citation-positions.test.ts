import type { AnalysisSnapshot } from '@server/platform/snapshot/snapshot';
import { describe, expect, it } from 'vitest';
import { citationPositions } from './citation-positions';

const ids = ['a', 'b', 'c', 'd'];
const edges = [
  { id: 'a->b', source: 'a', target: 'b', weight: 1 },
  { id: 'c->a', source: 'c', target: 'a', weight: 1 },
];
// Only the object identity of a snapshot matters to the cache.
const snapshotStub = () => ({}) as AnalysisSnapshot;

describe('citation map positions', () => {
  it('are computed once per snapshot and map size, and equal a fresh seeded computation', () => {
    const snapshot = snapshotStub();
    const first = citationPositions(snapshot, ids, edges);
    expect(citationPositions(snapshot, ids, edges)).toBe(first);
    const other = citationPositions(snapshotStub(), ids, edges);
    expect(other).not.toBe(first);
    expect([...other.entries()]).toEqual([...first.entries()]);
    expect(citationPositions(snapshot, ids.slice(0, 3), edges.slice(0, 1))).not.toBe(first);
  });
});
