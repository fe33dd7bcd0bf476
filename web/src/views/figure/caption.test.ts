import { createTranslator } from '@web/src/i18n';
import { DEFAULT_FILTERS, type Filters } from '@web/src/scope/filters';
import { scopeText } from '@web/src/scope/scope-text';
import { describe, expect, it } from 'vitest';
import { type FigureWords, figureFrame } from './caption';

const PANORAMA_BASIS = {
  code: 'basis.panorama',
  params: { dateBasis: 'application' },
  text: 'Families per branch, by application date.',
};

function words(lang: 'en' | 'zh', filters: Filters = DEFAULT_FILTERS): FigureWords {
  return {
    viewTitle: lang === 'en' ? 'Chain panorama' : '产业链全景',
    subject: lang === 'en' ? 'Power battery' : '动力电池',
    filters,
    basis: PANORAMA_BASIS,
    legend: [{ text: 'Weak link' }],
    data: { version: '3|2026-12-01T08:30:00Z|1200|2', lastIngestAt: '2026-12-01T08:30:00Z' },
    today: '2026-12-04',
    t: createTranslator(lang),
    lang,
  };
}

describe('figureFrame', () => {
  it('titles the figure with the view and its subject and words the caption in English', () => {
    const frame = figureFrame(words('en'));
    expect(frame.title).toBe('Chain panorama — Power battery');
    expect(frame.legendTitle).toBe('Legend');
    expect(frame.legend).toEqual([{ text: 'Weak link' }]);
    expect(frame.caption.map((line) => line.label)).toEqual([
      'Scope',
      'Date basis',
      'Counts',
      'Source',
      'Data version',
      'Made',
    ]);
    expect(frame.caption[1]?.value).toBe('application date (a family counts in the year of this date)');
    expect(frame.caption[4]?.value).toBe(
      'data loaded 2026-12-01 08:30 UTC (1,200 patents, 2 curation changes since)',
    );
    expect(frame.caption[5]?.value).toBe('2026-12-04');
  });

  it('takes the date basis the API computed with, not the filter, and words it in Chinese', () => {
    const frame = figureFrame(words('zh', { ...DEFAULT_FILTERS, dateBasis: 'priority' }));
    expect(frame.title).toBe('产业链全景 — 动力电池');
    expect(frame.caption[1]).toEqual({ label: '日期口径', value: '申请日（同族按该日期所在年份计入）' });
    expect(frame.caption[3]).toEqual({ label: '数据来源', value: 'PatNav 图谱' });
    expect(frame.caption[4]).toEqual({
      label: '数据版本',
      value: '数据载入于 2026-12-01 08:30 UTC（1,200 件专利，其后 2 次整理变更）',
    });
    expect(frame.caption[5]).toEqual({ label: '制图日期', value: '2026-12-04' });
  });

  it('shows a hashed data version (a user limited to some workspaces) as it is', () => {
    const frame = figureFrame({ ...words('en'), data: { version: 'v-0123456789ab', lastIngestAt: null } });
    expect(frame.caption[4]).toEqual({ label: 'Data version', value: 'v-0123456789ab' });
  });

  it('falls back to the filter’s date basis without an API basis and says when the version is unknown', () => {
    const frame = figureFrame({
      ...words('en', { ...DEFAULT_FILTERS, dateBasis: 'publication' }),
      basis: undefined,
      data: undefined,
      subject: undefined,
    });
    expect(frame.title).toBe('Chain panorama');
    expect(frame.caption.map((line) => `${line.label}: ${line.value}`)).toEqual([
      'Scope: all offices; all years',
      'Date basis: publication date (a family counts in the year of this date)',
      'Source: PatNav graph',
      'Data version: unknown (the server did not answer /api/health)',
      'Made: 2026-12-04',
    ]);
  });
});

describe('scopeText', () => {
  it('lists offices, years and the other scope fields the URL carries', () => {
    const filters: Filters = {
      ...DEFAULT_FILTERS,
      from: 2015,
      to: 2024,
      jurisdiction: ['CN', 'US'],
      cpc: 'H01M',
      chain: 'lithium-battery',
      branch: 'lithium-battery:1.2',
      applicants: ['catl'],
    };
    expect(scopeText(filters, createTranslator('en'), 'en')).toBe(
      'offices CN, US; years 2015–2024; CPC prefix H01M; Industry chain lithium-battery; Technology branch lithium-battery:1.2; Applicants catl',
    );
    expect(scopeText({ ...DEFAULT_FILTERS, from: 2018 }, createTranslator('zh'), 'zh')).toBe(
      '全部受理局；年份 2018–…',
    );
  });
});
