import { precisionOf } from '@server/analytics/branch-precision';
import { describe, expect, it } from 'vitest';
import { markedName, precisionMark } from './precision-mark';

describe('precision mark in report chapters', () => {
  it('marks a branch judged under 80 % in its own language, with the rounded estimate', () => {
    const low = precisionOf(2, 5);
    expect(low.precisionFlag).toBe('low');
    expect(precisionMark(low, 'zh')).toBe(' ⚠ 查准率 40%');
    expect(precisionMark(low, 'en')).toBe(' ⚠ precision 40 %');
    expect(markedName({ zh: '碳负极', en: 'Carbon anode' }, low)).toEqual({
      zh: '碳负极 ⚠ 查准率 40%',
      en: 'Carbon anode ⚠ precision 40 %',
    });
    expect(markedName({ zh: null, en: 'Carbon anode' }, low).zh).toBeNull();
  });

  it('leaves ok, unreviewed and unknown branches as they are', () => {
    const name = { zh: '碳负极', en: 'Carbon anode' };
    expect(markedName(name, precisionOf(4, 5))).toBe(name);
    expect(markedName(name, precisionOf(0, 0))).toBe(name);
    expect(markedName(name, undefined)).toBe(name);
    expect(precisionMark(precisionOf(4, 5), 'en')).toBe('');
  });
});
