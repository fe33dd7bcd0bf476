import { describe, expect, it } from 'vitest';
import { nodesBox, type SizedNode } from './fit-box';

const node = (x: number, y: number, size: unknown): SizedNode => ({
  position: () => ({ x, y }),
  data: () => size,
});

describe('nodesBox', () => {
  it('spans the nodes from their positions and data(size), half a size round each centre', () => {
    expect(nodesBox([node(0, 0, 10), node(100, 40, 20), node(-30, 5, 4)])).toEqual({
      x1: -32,
      y1: -5,
      x2: 110,
      y2: 50,
      w: 142,
      h: 55,
    });
  });

  it('counts a node without a size as a point, and no nodes as an empty box', () => {
    expect(nodesBox([node(3, 4, undefined)])).toEqual({ x1: 3, y1: 4, x2: 3, y2: 4, w: 0, h: 0 });
    expect(nodesBox([])).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 });
  });
});
