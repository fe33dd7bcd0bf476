import type { Precision } from '@graph-schema/dto/precision';
import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { flaggedBranchName, flaggedName, loadBranchPrecisions, lowPrecisionMark } from './branch-precision';

/** A precision as the API sends it (only the fields the mark reads matter). */
const precisionOf = (correct: number, judged: number): Precision => {
  const estimate = correct / judged;
  return {
    judged,
    correct,
    estimate,
    low: null,
    high: null,
    threshold: 0.8,
    precisionFlag: estimate < 0.8 ? 'low' : 'ok',
    method: 'Wilson',
  };
};

describe('branch precision mark (web)', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh');
  const precisions = new Map([
    ['c:low', precisionOf(3, 5)],
    ['c:ok', precisionOf(5, 5)],
  ]);

  it('marks only branches judged under 80 %, in the page language', () => {
    expect(lowPrecisionMark(precisions.get('c:low'), en)).toBe(' ⚠ precision 60 %');
    expect(lowPrecisionMark(precisions.get('c:low'), zh)).toBe(' ⚠ 查准率 60%');
    expect(lowPrecisionMark(precisions.get('c:ok'), en)).toBe('');
    expect(lowPrecisionMark(undefined, en)).toBe('');
    expect(flaggedBranchName('Carbon', 'c:low', precisions, en)).toBe('Carbon ⚠ precision 60 %');
    expect(flaggedBranchName('Carbon', 'c:other', precisions, en)).toBe('Carbon');
  });

  it('puts the mark on the shown language of a bilingual name only', () => {
    expect(flaggedName({ zh: '碳', en: 'Carbon' }, 'c:low', precisions, zh, 'zh')).toEqual({
      zh: '碳 ⚠ 查准率 60%',
      en: 'Carbon',
    });
    expect(flaggedName({ zh: '碳', en: null }, 'c:low', precisions, en, 'en').en).toBe('碳 ⚠ precision 60 %');
  });

  it('reads nothing without a project or a chain', async () => {
    expect((await loadBranchPrecisions(undefined, 'c')).size).toBe(0);
    expect((await loadBranchPrecisions('p', undefined)).size).toBe(0);
  });
});
