import { describe, expect, it } from 'vitest';
import { CORE_TEXT } from './core-patents.text';
import { GAPS_TEXT } from './gaps.text';
import { RISKS_TEXT } from './risks.text';
import { TECH_EFFECT_TEXT } from './tech-effect.text';
import { ROUTE_TEXT } from './tech-route.text';

const CJK = /[\u4e00-\u9fff]/;
const TEMPLATE_SETS = { GAPS_TEXT, CORE_TEXT, TECH_EFFECT_TEXT, ROUTE_TEXT, RISKS_TEXT };

describe('analysis chapter templates', () => {
  it('give every sentence in Chinese and English (zh has Chinese, en has none of its own)', () => {
    for (const [set, templates] of Object.entries(TEMPLATE_SETS)) {
      for (const [name, template] of Object.entries(templates)) {
        // One object parameter: every field 7; a plain parameter: "X" (the proxy also prints as "X").
        const arg = new Proxy({}, { get: (_, key) => (typeof key === 'symbol' ? () => 'X' : 7) });
        const args = Array.from({ length: template.length }, (_, i) =>
          i === 0 && template.length === 1 ? arg : 'X',
        );
        const { zh, en } = (template as (...a: unknown[]) => { zh: string; en: string })(...args);
        expect(zh, `${set}.${name}`).toMatch(CJK);
        expect(en, `${set}.${name}`).not.toMatch(CJK);
        expect(en.length, `${set}.${name}`).toBeGreaterThan(1);
      }
    }
  });

  it('put the numbers into the gap recommendation in both languages', () => {
    const text = GAPS_TEXT.recommendation({
      rank: 1,
      branch: '正极材料',
      verdict: '高优先级布局空白',
      reasons: '规模大',
      fieldFamilies: 40,
      ownFamilies: 1,
      rta: '0.25',
      growth: '+60%',
      leader: '甲（9 个同族）',
    });
    expect(text.zh).toBe(
      '建议 1：在「正极材料」加强专利布局（高优先级布局空白）。理由：规模大。该分支共 40 个同族，目标 1 个，RTA 0.25，近三年增长 +60%；竞争对手中布局最多的是甲（9 个同族）。',
    );
    expect(text.en).toBe(
      'Recommendation 1: strengthen the layout in "正极材料" (高优先级布局空白). Why: 规模大. The branch holds 40 families, the target 1, RTA 0.25, 3-year growth +60%; the competitor with most families there is 甲（9 个同族）.',
    );
  });

  it('never say there is no risk, in either language', () => {
    for (const text of [RISKS_TEXT.disclaimer(), RISKS_TEXT.noScreening(), RISKS_TEXT.noEvents()]) {
      expect(text.zh).toMatch(/不(表示|代表|能据此认为)/);
      expect(text.en).toMatch(/not|never/);
    }
  });
});
