import { describe, expect, it } from 'vitest';
import {
  countColor,
  DIVERGING_STOPS,
  growthColor,
  interpolateStops,
  MISSING_COLOR,
  rtaColor,
  SEQUENTIAL_STOPS,
  shareColor,
  textColorOn,
} from './color-scale';

describe('colour scales', () => {
  it('interpolates between stops and clamps outside [0, 1]', () => {
    expect(interpolateStops(['#000000', '#ffffff'], 0.5)).toBe('#808080');
    expect(interpolateStops(['#000000', '#ffffff'], -1)).toBe('#000000');
    expect(interpolateStops(['#000000', '#ffffff'], 2)).toBe('#ffffff');
    expect(interpolateStops(SEQUENTIAL_STOPS, 0.25)).toBe(SEQUENTIAL_STOPS[1]);
  });

  it('maps counts by the square root of value/max, zero to the lightest stop', () => {
    expect(countColor(0, 100)).toBe(SEQUENTIAL_STOPS[0]);
    expect(countColor(100, 100)).toBe(SEQUENTIAL_STOPS[4]);
    expect(countColor(25, 100)).toBe(interpolateStops(SEQUENTIAL_STOPS, 0.5));
    expect(countColor(5, 0)).toBe(SEQUENTIAL_STOPS[0]);
  });

  it('shows missing values in grey, not as zero', () => {
    expect([countColor(null, 10), shareColor(undefined, 1), growthColor(null), rtaColor(Number.NaN)]).toEqual(
      [MISSING_COLOR, MISSING_COLOR, MISSING_COLOR, MISSING_COLOR],
    );
  });

  it('centres growth on no change and caps it at ±100 %', () => {
    expect(growthColor(0)).toBe(DIVERGING_STOPS[2]);
    expect(growthColor(-1)).toBe(DIVERGING_STOPS[0]);
    expect(growthColor(3)).toBe(DIVERGING_STOPS[4]);
  });

  it('puts RTA on a log scale: 1 neutral, ½ and 2 symmetric, ¼ and 4 at the ends', () => {
    expect(rtaColor(1)).toBe(DIVERGING_STOPS[2]);
    expect(rtaColor(2)).toBe(DIVERGING_STOPS[3]);
    expect(rtaColor(0.5)).toBe(DIVERGING_STOPS[1]);
    expect(rtaColor(0)).toBe(DIVERGING_STOPS[0]);
    expect(rtaColor(10)).toBe(DIVERGING_STOPS[4]);
  });

  it('scales shares relative to the largest share shown', () => {
    expect(shareColor(0.2, 0.4)).toBe(interpolateStops(SEQUENTIAL_STOPS, 0.5));
  });

  it('picks readable text on light and dark cells', () => {
    expect(textColorOn(SEQUENTIAL_STOPS[0])).toBe('#1f2933');
    expect(textColorOn(SEQUENTIAL_STOPS[4])).toBe('#ffffff');
  });
});
