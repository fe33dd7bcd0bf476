import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement';

describe('peak label placement', () => {
  it('puts a label above its marker when free, and moves a clashing one to another side', () => {
    const spots = placeLabels(
      [
        { x: 300, y: 300, text: 'battery, cathode' },
        { x: 305, y: 302, text: 'solar, wafer' },
      ],
      640,
      12,
    );
    expect(spots[0]).toEqual({ x: 300, y: 291, anchor: 'middle' });
    expect(spots[1]!.y).toBeGreaterThan(302);
  });

  it('keeps a label near the edge inside the chart', () => {
    const [spot] = placeLabels([{ x: 630, y: 5, text: 'a long label of terms' }], 640, 12);
    const width = 21 * 0.6 * 12;
    expect(spot).toEqual({ x: 640 - width / 2, y: 5 + 9 + 11, anchor: 'middle' });
  });
});
