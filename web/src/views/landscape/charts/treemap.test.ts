import { describe, expect, it } from 'vitest';
import { placePointLabels } from './point-labels';
import { cellTexts } from './treemap-chart';
import { squarify, worstRatio } from './treemap-layout';

const BOUNDS = { x: 0, y: 0, width: 600, height: 400 };
const VALUES = [561, 426, 422, 419, 414, 306, 306, 177, 177, 176, 162, 155, 151, 142, 142];

describe('squarified treemap layout', () => {
  const cells = squarify(
    VALUES.map((value, i) => ({ item: `g${i}`, value })),
    BOUNDS,
  );

  it('gives every positive value one cell whose area is its share of the rectangle', () => {
    const total = VALUES.reduce((sum, value) => sum + value, 0);
    expect(cells.map((cell) => cell.item)).toEqual(VALUES.map((_, i) => `g${i}`));
    for (const cell of cells)
      expect(cell.width * cell.height).toBeCloseTo((cell.value / total) * BOUNDS.width * BOUNDS.height, 6);
    const filled = cells.reduce((sum, cell) => sum + cell.width * cell.height, 0);
    expect(filled).toBeCloseTo(BOUNDS.width * BOUNDS.height, 6);
  });

  it('keeps cells inside the rectangle and apart from each other', () => {
    const eps = 1e-6;
    for (const cell of cells) {
      expect(cell.x).toBeGreaterThanOrEqual(-eps);
      expect(cell.y).toBeGreaterThanOrEqual(-eps);
      expect(cell.x + cell.width).toBeLessThanOrEqual(BOUNDS.width + eps);
      expect(cell.y + cell.height).toBeLessThanOrEqual(BOUNDS.height + eps);
    }
    for (const a of cells)
      for (const b of cells) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x + eps ||
          b.x + b.width <= a.x + eps ||
          a.y + a.height <= b.y + eps ||
          b.y + b.height <= a.y + eps;
        expect(apart, `${a.item} / ${b.item}`).toBe(true);
      }
  });

  it('keeps cells near square (what squarifying is for)', () => {
    const ratios = cells.map((cell) => Math.max(cell.width / cell.height, cell.height / cell.width));
    expect(Math.max(...ratios)).toBeLessThan(3);
  });

  it('leaves out zero and missing values and is empty for nothing to show', () => {
    expect(squarify([{ item: 'a', value: 0 }], BOUNDS)).toEqual([]);
    expect(squarify([], BOUNDS)).toEqual([]);
    const one = squarify(
      [
        { item: 'a', value: 5 },
        { item: 'z', value: 0 },
      ],
      BOUNDS,
    );
    expect(one).toEqual([{ ...BOUNDS, item: 'a', value: 5 }]);
  });

  it('measures the worst aspect ratio of a row', () => {
    expect(worstRatio([100], 10)).toBe(1);
    expect(worstRatio([50, 50], 10)).toBe(2);
    expect(worstRatio([], 10)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('treemap chart', () => {
  it('writes name and value where they fit, the name alone in a flat cell, nothing in a tiny one', () => {
    const row = { name: '电动汽车储能装置制造', value: 561, valueText: '561 (18.7%)' };
    expect(cellTexts({ width: 200, height: 60 }, row)).toEqual([row.name, row.valueText]);
    expect(cellTexts({ width: 200, height: 22 }, row)).toEqual([row.name]);
    expect(cellTexts({ width: 10, height: 60 }, row)).toEqual([]);
    expect(cellTexts({ width: 60, height: 60 }, row)[0]).toMatch(/…$/);
  });
});

describe('point labels', () => {
  const bounds = { x1: 0, y1: 0, x2: 300, y2: 200 };

  it('moves a label to another side instead of overlapping a placed one, and keeps clear of points', () => {
    const points = [
      { x: 100, y: 100, text: '2020' },
      { x: 112, y: 90, text: '2022' },
    ];
    const placed = placePointLabels(points, [0, 1], bounds);
    expect(placed).toHaveLength(2);
    const [a, b] = placed;
    expect(a).toMatchObject({ index: 0 });
    expect(b).toMatchObject({ index: 1 });
    expect(a!.x !== b!.x || a!.y !== b!.y).toBe(true);
  });

  it('leaves a label out when no place is free or inside the chart', () => {
    const crowded = [
      { x: 5, y: 5, text: '2008' },
      { x: 20, y: 5, text: '2009' },
    ];
    expect(placePointLabels(crowded, [0], { x1: 0, y1: 0, x2: 20, y2: 10 })).toEqual([]);
  });
});
