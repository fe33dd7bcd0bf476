/** The landscape chapters' sentence templates: both languages, the numbers inserted, no placeholder left. */
import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../report-context';
import { APPLICANTS_TEXT } from './applicants.text';
import { PANORAMA_TEXT } from './chain-panorama.text';
import { COMPOSITION_TEXT } from './composition.text';
import { GEOGRAPHY_TEXT } from './geography.text';
import { TALENT_TEXT } from './talent.text';
import { TRENDS_TEXT } from './trends.text';

/** Every template called with sample values (functions with parameters get them below). */
const SAMPLES: Record<string, Bilingual> = {
  trendsSummary: TRENDS_TEXT.summary({
    families: 412,
    applications: 530,
    firstYear: 2004,
    lastYear: 2024,
    peakYear: 2020,
    peakFamilies: 61,
    withoutYear: 3,
  }),
  trendsIncomplete: TRENDS_TEXT.incomplete(2023, 2024, 40),
  lifecycle: TRENDS_TEXT.lifecycle('growth', '成长期', 'because', [2017, 2022]),
  panoramaSummary: PANORAMA_TEXT.summary({
    chain: 'LIB',
    families: 300,
    segmentsZh: '上游 120 个（40%）',
    segmentsEn: 'upstream 120 (40%)',
    leaves: 14,
    weakLinks: 2,
  }),
  noWeakLinks: PANORAMA_TEXT.noWeakLinks(5),
  classSummary: COMPOSITION_TEXT.classSummary('CPC', 300, 'H01M', 15),
  geographySummary: GEOGRAPHY_TEXT.summary({
    families: 300,
    origins: 6,
    offices: 8,
    topOrigin: 'CN',
    topOriginFamilies: 150,
    topOffice: 'CN',
    topOfficeFamilies: 170,
  }),
  concentration: APPLICANTS_TEXT.concentration('35.2%', 640, 'unconcentrated'),
  partyRanked: APPLICANTS_TEXT.partyRanked(APPLICANTS_TEXT.target(), 'ACME', 3, 21, 1),
  talentSummary: TALENT_TEXT.summary(88, 'Li Wei', 9, 'ACME'),
};

describe('landscape chapter templates', () => {
  it.each(Object.entries(SAMPLES))('%s has both languages with no placeholder left', (_name, text) => {
    for (const sentence of [text.zh, text.en]) {
      expect(sentence.length).toBeGreaterThan(10);
      expect(sentence).not.toMatch(/\$\{|undefined|null|NaN/);
    }
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(text.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('inserts the numbers in both languages', () => {
    expect(SAMPLES.trendsSummary).toEqual({
      zh: '本项目范围内共有 412 个专利同族、530 件申请（按申请号去重），年份跨度 2004–2024 年；完整年份中同族数最多的是 2020 年（61 个）。另有 3 个同族缺少日期，未计入年度统计。',
      en: "The project's scope holds 412 patent families and 530 applications (distinct application numbers) from 2004 to 2024; among complete years, 2020 has the most families (61). 3 families have no date and are left out of the yearly counts.",
    });
    expect(TRENDS_TEXT.incomplete(2023, 2024, 40).en).toBe(
      '2023–2024 are incomplete years (40 families): publication lags filing by about 18 months, so these counts are low and do not mean filing fell; the figure shades them grey.',
    );
    expect(SAMPLES.partyRanked).toEqual({
      zh: '目标申请人 ACME 排名第 3（21 个同族，第1梯队）。',
      en: 'The target ACME ranks 3 (21 families, tier 1).',
    });
  });

  it('never claims the absence of weak links means no risk', () => {
    expect(PANORAMA_TEXT.noWeakLinks(5).zh).toContain('不代表');
    expect(PANORAMA_TEXT.noWeakLinks(5).en).toContain('does not mean the chain carries no other risk');
  });

  it('leaves out the missing-date sentence when every family has a year', () => {
    const text = TRENDS_TEXT.summary({
      families: 1,
      applications: 1,
      firstYear: 2020,
      lastYear: 2020,
      peakYear: 2020,
      peakFamilies: 1,
      withoutYear: 0,
    });
    expect(text.zh).not.toContain('缺少日期');
    expect(text.en).not.toContain('no date');
  });

  it('gives every table column in both languages', () => {
    const columns = [
      PANORAMA_TEXT.columns(),
      TRENDS_TEXT.columns(),
      COMPOSITION_TEXT.classColumns(),
      COMPOSITION_TEXT.branchColumns(),
      COMPOSITION_TEXT.wipoColumns(),
      GEOGRAPHY_TEXT.pctColumns(),
      APPLICANTS_TEXT.rankingColumns(),
      TALENT_TEXT.rankingColumns(),
      TALENT_TEXT.teamsColumns(),
    ].flat();
    for (const column of columns) {
      expect(column.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(column.en).toMatch(/^[A-Z0-9]/);
    }
  });
});
