import { describe, expect, it } from 'vitest';
import { barChartModel, fillYears, niceStep } from './bar-chart-model';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect([0, 4, 9, 47, 120, 980, 12345].map((max) => niceStep(max))).toEqual([1, 1, 2, 10, 50, 200, 5000]);
  });
});

describe('fillYears', () => {
  it('fills gaps inside the range with zero and sorts by year', () => {
    expect(
      fillYears([
        { year: 2021, families: 3 },
        { year: 2018, families: 1 },
      ]),
    ).toEqual([
      { year: 2018, value: 1 },
      { year: 2019, value: 0 },
      { year: 2020, value: 0 },
      { year: 2021, value: 3 },
    ]);
  });
});

describe('barChartModel', () => {
  const size = { width: 240, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 30 } };

  it('scales bars to a nice axis maximum and marks incomplete years', () => {
    const model = barChartModel(
      [
        { year: 2022, families: 8 },
        { year: 2023, families: 3 },
      ],
      size,
      2023,
    );
    expect(model.plot).toEqual({ left: 30, top: 10, width: 200, height: 100 });
    expect(model.ticks.map((t) => [t.value, t.y])).toEqual([
      [0, 110],
      [2, 85],
      [4, 60],
      [6, 35],
      [8, 10],
    ]);
    expect(model.bars).toEqual([
      { year: 2022, value: 8, x: 40, y: 10, width: 80, height: 100, incomplete: false },
      { year: 2023, value: 3, x: 140, y: 72.5, width: 80, height: 37.5, incomplete: true },
    ]);
    expect(model.labelEvery).toBe(1);
  });

  it('gives an empty chart for an empty series', () => {
    expect(barChartModel([], size).bars).toEqual([]);
  });
});
