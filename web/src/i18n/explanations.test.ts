import { EXPLANATION_CODES } from '@graph-schema/dto/explanation';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { explain, explainAll, explanationKey, formatParam } from './explain';
import { zh } from './zh';

const CJK = /[\u4e00-\u9fff]/;

describe('explanation messages', () => {
  // A code added to the contract without translations fails here (and so fails the build's tests).
  it('every explanation code of the API has an English and a Chinese message', () => {
    const catalogue = (messages: Record<string, string>) =>
      EXPLANATION_CODES.filter((code) => (messages[explanationKey(code)] ?? '').trim() === '');
    expect({ en: catalogue(en), zh: catalogue(zh) }).toEqual({ en: [], zh: [] });
  });

  it('the Chinese messages are Chinese', () => {
    const notChinese = EXPLANATION_CODES.filter((code) => !CJK.test(zh[explanationKey(code)]));
    expect(notChinese).toEqual([]);
  });
});

describe('explain', () => {
  const gap = {
    code: 'gap.officeGap',
    params: { fieldShare: 0.2, ownShare: 0.05 },
    text: 'the field files 20 % of its office filings here, the target 5 % 该局布局不足',
  };

  it('renders a code from its params in the UI language', () => {
    expect(explain(gap, 'zh')).toBe('该局布局不足：行业 20% 的受理局申请在此，目标仅 5%');
    expect(explain(gap, 'en')).toBe('the field files 20% of its office filings here, the target 5%');
  });

  it('formats numbers for the language: signed percentages, decimals, grouped integers, claim lists', () => {
    const zhExplain = (e: Parameters<typeof explain>[0]) => explain(e, 'zh');
    expect(zhExplain({ code: 'gap.fastGrowing', params: { growth: 0.834 }, text: '' })).toBe(
      '增长快：近三年增长 +83%',
    );
    expect(zhExplain({ code: 'gap.weakRta', params: { rta: 0.5 }, text: '' })).toBe(
      '自有 RTA 0.50 < 1，相对劣势',
    );
    expect(explain({ code: 'gap.large', params: { fieldFamilies: 12345, mean: 20 }, text: '' }, 'en')).toBe(
      'large: 12,345 families ≥ mean 20.0',
    );
    expect(zhExplain({ code: 'fto.literalMatch', params: { claims: [1, 7] }, text: '' })).toBe(
      '权利要求 1、7 的全部技术特征均相同对应',
    );
  });

  it('translates status words and growth from zero', () => {
    expect(formatParam('legalStatus', 'lapsed', 'zh')).toBe('失效');
    expect(formatParam('legalStatus', 'something-new', 'zh')).toBe('something-new');
    expect(formatParam('familyGrowth', null, 'zh')).toBe('从零起步');
    expect(formatParam('familyGrowth', -0.1, 'en')).toBe('-10%');
    expect(formatParam('firstYear', null, 'zh')).toBe('—');
    expect(formatParam('lastYear', 2023, 'en')).toBe('2023');
  });

  it('falls back to the English text for a code this bundle does not know', () => {
    const unknown = { code: 'gap.somethingNew', params: { n: 1 }, text: 'something new: 1' };
    expect(explain(unknown, 'zh')).toBe('something new: 1');
  });

  it('joins several explanations with the language’s separator', () => {
    const hot = { code: 'gap.hot', params: {}, text: 'hot branch 热点分支' };
    expect(explainAll([hot, gap], 'zh')).toBe('热点分支；该局布局不足：行业 20% 的受理局申请在此，目标仅 5%');
    expect(explainAll([hot], 'en')).toBe('hot branch');
  });
});
