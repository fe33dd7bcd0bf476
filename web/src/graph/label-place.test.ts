import { describe, expect, it } from 'vitest';
import { boxesMeet, type LabelToPlace, labelBoxAt, placeLabels } from './label-place';

/** A 20 px node centred at (x, y) with a 40 × 10 label, 2 px from it. */
function label(id: string, rank: number, x: number, y: number): LabelToPlace {
  return {
    id,
    rank,
    width: 40,
    height: 10,
    body: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
    sides: ['bottom', 'top', 'right', 'left'],
    gap: 2,
  };
}
const bodyOf = (entry: LabelToPlace) => ({ id: entry.id, ...entry.body });

describe('label placement on screen', () => {
  it('puts a label on each side of its node, the gap away', () => {
    const node = label('a', 1, 100, 100);
    expect(labelBoxAt(node, 'bottom')).toStrictEqual({ x1: 80, x2: 120, y1: 112, y2: 122 });
    expect(labelBoxAt(node, 'top')).toStrictEqual({ x1: 80, x2: 120, y1: 78, y2: 88 });
    expect(labelBoxAt(node, 'right')).toStrictEqual({ x1: 112, x2: 152, y1: 95, y2: 105 });
    expect(labelBoxAt(node, 'left')).toStrictEqual({ x1: 48, x2: 88, y1: 95, y2: 105 });
  });

  it('keeps a free label below, moves one whose spot covers another node, hides one with no free side', () => {
    const free = label('free', 5, 0, 0);
    // A node right under "moved": its label goes above instead.
    const moved = label('moved', 4, 200, 0);
    const under = label('under', 0, 200, 25);
    // Boxed in on every side by bigger nodes: hidden.
    const boxed = label('boxed', 1, 400, 0);
    const walls = [
      label('wall-top', 9, 400, -22),
      label('wall-bottom', 9, 400, 22),
      label('wall-left', 9, 370, 0),
      label('wall-right', 9, 430, 0),
    ].map((wall) => ({ ...wall, sides: [] as const }));
    const all = [free, moved, under, boxed, ...walls];
    const sides = placeLabels(all, all.map(bodyOf));
    expect(sides.get('free')).toBe('bottom');
    expect(sides.get('moved')).toBe('top');
    expect(sides.get('boxed')).toBeNull();
    // No placed label covers another label or any node but its own.
    const placed = all.flatMap((entry) => {
      const side = sides.get(entry.id);
      return side ? [{ id: entry.id, box: labelBoxAt(entry, side) }] : [];
    });
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(boxesMeet(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
      for (const body of all.map(bodyOf))
        if (body.id !== a.id) expect(boxesMeet(a.box, body), `${a.id} over ${body.id}`).toBe(false);
    }
  });

  it('lets the higher-ranked label take a contested spot (ties by id, so every draw is the same)', () => {
    const left = label('left', 1, 0, 0);
    const right = { ...label('right', 2, 30, 0), sides: ['bottom'] as const };
    const sides = placeLabels([left, right], [bodyOf(left), bodyOf(right)]);
    expect(sides.get('right')).toBe('bottom');
    expect(sides.get('left')).toBe('top');
    const tie = placeLabels([label('b', 1, 30, 0), label('a', 1, 0, 0)], []);
    expect([tie.get('a'), tie.get('b')]).toStrictEqual(['bottom', 'top']);
  });

  it('keeps labels inside the map, and over its own node when every side is taken', () => {
    const edge = label('edge', 1, 15, 100);
    // Left of the map's edge below and above are free, but the label would be cut off there.
    expect(placeLabels([edge], [], { x1: 0, y1: 0, x2: 500, y2: 500 }).get('edge')).toBe('right');
    const hub: LabelToPlace = {
      ...label('hub', 9, 100, 100),
      width: 16,
      sides: [
        'bottom',
        'top',
        'right',
        'left',
        'bottom-right',
        'top-right',
        'bottom-left',
        'top-left',
        'centre',
      ],
    };
    const ring = [
      [100, 70],
      [100, 130],
      [70, 100],
      [130, 100],
      [75, 75],
      [125, 75],
      [75, 125],
      [125, 125],
    ].map(([x, y], i) => ({ ...label(`n${i}`, 1, x!, y!), sides: [] as const }));
    expect(placeLabels([hub, ...ring], [hub, ...ring].map(bodyOf)).get('hub')).toBe('centre');
  });
});
