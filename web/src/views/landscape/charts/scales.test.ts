import { describe, expect, it } from 'vitest';
import { barLength, groupedBar, labelEvery, valueScale, yearBands } from './scales';

const plot = { left: 40, top: 10, width: 300, height: 100 };

describe('valueScale', () => {
  it('rounds the top up to whole 1-2-5 steps and maps 0 to the plot bottom', () => {
    const scale = valueScale(37, plot);
    expect(scale.top).toBe(40);
    expect(scale.ticks).toEqual([
      { value: 0, y: 110 },
      { value: 10, y: 85 },
      { value: 20, y: 60 },
      { value: 30, y: 35 },
      { value: 40, y: 10 },
    ]);
    expect(scale.y(20)).toBe(60);
  });

  it('keeps one step for an all-zero series', () => {
    expect(valueScale(0, plot).top).toBe(1);
  });
});

describe('yearBands and groupedBar', () => {
  it('gives every year of the range a band, gaps included', () => {
    expect(yearBands([2022, 2020], plot)).toEqual([
      { year: 2020, x: 40, width: 100 },
      { year: 2021, x: 140, width: 100 },
      { year: 2022, x: 240, width: 100 },
    ]);
    expect(yearBands([], plot)).toEqual([]);
  });

  it('places grouped bars side by side inside the band', () => {
    const band = { year: 2020, x: 40, width: 100 };
    expect([0, 1, 2].map((i) => groupedBar(band, i, 3))).toEqual([
      { x: 47.5, width: 85 / 3 },
      { x: 47.5 + 85 / 3, width: 85 / 3 },
      { x: 47.5 + (2 * 85) / 3, width: 85 / 3 },
    ]);
  });
});

describe('barLength and labelEvery', () => {
  it('scales to the maximum and never draws negative bars', () => {
    expect([barLength(5, 10, 200), barLength(-1, 10, 200), barLength(3, 0, 200)]).toEqual([100, 0, 0]);
  });

  it('prints every year label when bands are wide, every few when narrow', () => {
    expect([labelEvery(60), labelEvery(20), labelEvery(10)]).toEqual([1, 3, 5]);
  });
});
