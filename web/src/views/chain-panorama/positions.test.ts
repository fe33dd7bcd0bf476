import { describe, expect, it } from 'vitest';
import {
  chooseRowsPerColumn,
  levelOneBlocks,
  PANORAMA_GRID,
  packColumns,
  panoramaPositions,
} from './positions';

const { columnWidth, segmentGap, rowHeight, indent, chainAbove } = PANORAMA_GRID;

const b = (id: string, level: number) => ({ id, level });

describe('panorama positions', () => {
  const panorama = {
    chain: { id: 'lib' },
    // Given out of order: columns follow `order`, not the array.
    segments: [
      { id: 'lib:down', order: 3, branches: [b('lib:3.1', 1)] },
      { id: 'lib:up', order: 1, branches: [b('lib:1.1', 1), b('lib:1.1.1', 2), b('lib:1.2', 1)] },
      { id: 'lib:mid', order: 2, branches: [] },
    ],
  };
  const step = columnWidth + segmentGap;

  it('puts segments in columns by chain order and the chain centred above them', () => {
    const positions = panoramaPositions(panorama);
    expect(positions.get('segment:lib:up')).toEqual({ x: 0, y: 0 });
    expect(positions.get('segment:lib:mid')).toEqual({ x: step, y: 0 });
    expect(positions.get('segment:lib:down')).toEqual({ x: 2 * step, y: 0 });
    expect(positions.get('chain:lib')).toEqual({ x: step, y: -chainAbove });
  });

  it('stacks branches under their segment depth-first, indented by level', () => {
    const positions = panoramaPositions(panorama);
    expect(positions.get('branch:lib:1.1')).toEqual({ x: indent, y: rowHeight });
    expect(positions.get('branch:lib:1.1.1')).toEqual({ x: 2 * indent, y: 2 * rowHeight });
    expect(positions.get('branch:lib:1.2')).toEqual({ x: indent, y: 3 * rowHeight });
    expect(positions.get('branch:lib:3.1')).toEqual({ x: 2 * step + indent, y: rowHeight });
  });

  it('places every node exactly once, none on top of another', () => {
    const positions = panoramaPositions(panorama);
    expect(positions.size).toBe(1 + 3 + 4);
    const spots = [...positions.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('wraps a long segment into sub-columns between level-1 subtrees', () => {
    const long = Array.from({ length: 6 }, (_, i) => [
      b(`u${i}`, 1),
      b(`u${i}.1`, 2),
      b(`u${i}.2`, 2),
    ]).flat();
    const positions = panoramaPositions({
      chain: { id: 'c' },
      segments: [
        { id: 'up', order: 1, branches: long },
        { id: 'down', order: 2, branches: [b('d1', 1)] },
      ],
    });
    const xs = new Set(
      long.map((branch) => positions.get(`branch:${branch.id}`)!.x - (branch.level - 1) * indent),
    );
    expect(xs.size).toBeGreaterThan(1);
    // A subtree stays in one column: children share their parent's column.
    for (let i = 0; i < 6; i++) {
      expect(positions.get(`branch:u${i}.1`)!.x).toBe(positions.get(`branch:u${i}`)!.x + indent);
    }
    expect(positions.get('segment:down')!.x).toBe(xs.size * columnWidth + segmentGap);
  });

  it('centres the chain at 0 when there are no segments', () => {
    expect(panoramaPositions({ chain: { id: 'x' }, segments: [] }).get('chain:x')).toEqual({
      x: 0,
      y: -chainAbove,
    });
  });
});

describe('column packing', () => {
  const branches = [b('a', 1), b('a1', 2), b('a2', 2), b('b', 1), b('c', 1), b('c1', 2)];

  it('cuts the tree into level-1 subtrees', () => {
    expect(levelOneBlocks(branches).map((block) => block.map((x) => x.id))).toEqual([
      ['a', 'a1', 'a2'],
      ['b'],
      ['c', 'c1'],
    ]);
  });

  it('fills columns up to the row limit without splitting a subtree', () => {
    const columns = packColumns(levelOneBlocks(branches), 4);
    expect(columns.map((column) => column.map((x) => x.id))).toEqual([
      ['a', 'a1', 'a2', 'b'],
      ['c', 'c1'],
    ]);
    expect(packColumns(levelOneBlocks(branches), 2).map((c) => c.length)).toEqual([3, 1, 2]);
  });

  it('keeps one column per segment when the map is already wide', () => {
    const short = [[[b('a', 1)]], [[b('b', 1)]], [[b('c', 1), b('c1', 2)]]];
    expect(chooseRowsPerColumn(short)).toBe(2);
  });
});
