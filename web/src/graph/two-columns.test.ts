import { describe, expect, it } from 'vitest';
import { type ColumnNode, TWO_COLUMNS, twoColumnLayout } from './two-columns';

const applicant = (id: string, size: number, neighbours: string[]): ColumnNode => ({
  id,
  left: true,
  size,
  neighbours,
});
const cls = (id: string, size: number, neighbours: string[]): ColumnNode => ({
  id,
  left: false,
  size,
  neighbours,
});

const NODES = [
  applicant('a-small', 20, ['c-low']),
  applicant('a-big', 60, ['c-top', 'c-mid']),
  applicant('a-mid', 40, ['c-mid', 'c-low']),
  cls('c-low', 30, ['a-small', 'a-mid']),
  cls('c-top', 50, ['a-big']),
  cls('c-mid', 30, ['a-big', 'a-mid']),
  cls('c-alone', 18, []),
];

describe('twoColumnLayout', () => {
  const { positions, columns } = twoColumnLayout(NODES);
  const at = (id: string) => positions.get(id)!;

  it('puts applicants left by size and the other kind right, at the mean row of their applicants', () => {
    expect(['a-big', 'a-mid', 'a-small'].map((id) => at(id).x)).toEqual([0, 0, 0]);
    expect(at('a-big').y).toBeLessThan(at('a-mid').y);
    expect(at('a-mid').y).toBeLessThan(at('a-small').y);
    // Barycentres: c-top 0, c-mid 0.5, c-low 1.5, unlinked last.
    const right = ['c-top', 'c-mid', 'c-low', 'c-alone'].map((id) => at(id));
    expect(right.every((p) => p.x === columns.right)).toBe(true);
    expect(right.map((p) => p.y)).toEqual([...right.map((p) => p.y)].sort((a, b) => a - b));
    expect(columns.right).toBeGreaterThanOrEqual(TWO_COLUMNS.minGap);
  });

  it('keeps every row at least the biggest node plus the gap apart, both columns the same height', () => {
    const pitch = 60 + TWO_COLUMNS.rowGap;
    for (const side of [0, columns.right]) {
      const ys = NODES.map((node) => at(node.id))
        .filter((p) => p.x === side)
        .map((p) => p.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(pitch - 1e-9);
      expect(ys[0]).toBe(0);
      expect(ys[ys.length - 1]).toBeCloseTo(3 * pitch);
    }
  });

  it('is deterministic: the same nodes in another order give the same positions', () => {
    const again = twoColumnLayout([...NODES].reverse());
    expect(Object.fromEntries(again.positions)).toEqual(Object.fromEntries(positions));
  });

  it('centres a column of one node', () => {
    const single = twoColumnLayout([applicant('a', 20, ['b']), cls('b', 20, ['a']), cls('c', 20, ['a'])]);
    expect(single.positions.get('a')!.y).toBeCloseTo(single.positions.get('c')!.y / 2);
  });
});
