import { describe, expect, it } from 'vitest';
import { markWidth, visibleMarks } from './map-axis';

const years = (count: number, spacing: number) =>
  Array.from({ length: count }, (_, i) => ({ x: i * spacing, text: String(2008 + i) }));

describe('map axis marks', () => {
  it('estimates wider glyphs for CJK text', () => {
    expect(markWidth('申请人')).toBeGreaterThan(markWidth('abc'));
  });

  it('shows every mark when they fit side by side', () => {
    expect(visibleMarks(years(5, 60))).toEqual([0, 1, 2, 3, 4]);
  });

  it('thins crowded marks to every n-th, keeping the first and the last', () => {
    const shown = visibleMarks(years(17, 30));
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(16);
    expect(shown.length).toBeLessThan(17);
    const screen = years(17, 30);
    for (let k = 1; k < shown.length; k++) {
      const gap = screen[shown[k]!]!.x - screen[shown[k - 1]!]!.x;
      expect(gap).toBeGreaterThanOrEqual(markWidth('2008'));
    }
  });

  it('shows nothing for no marks', () => {
    expect(visibleMarks([])).toEqual([]);
  });
});
