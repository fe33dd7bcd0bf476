import { toCsv, UTF8_BOM } from '@web/src/export/csv';
import { createTranslator } from '@web/src/i18n';
import { DEFAULT_FILTERS } from '@web/src/scope/filters';
import { describe, expect, it } from 'vitest';
import { claimChartModels } from './claim-chart-model';
import { claimChartTable, resultsTable } from './csv-rows';
import { readRiskParams, riskParamsToView, todayIso } from './params';
import { buildFtoRequest, featureLines } from './request';
import { FTO_ANSWER } from './risk.fixture';
import { RISK_BADGES, riskBadge, riskCounts } from './risk-badge';

const TODAY = '2026-11-29';
const en = createTranslator('en');
const zh = createTranslator('zh');

describe('risk URL parameters', () => {
  it('round-trips jurisdictions, date and CPC, and never carries a description', () => {
    const params = { jurisdictions: ['CN', 'US'], asOf: '2025-06-30', cpc: 'H01M' };
    const url = riskParamsToView(params, TODAY);
    expect(url).toEqual({ jur: 'CN,US', asOf: '2025-06-30', riskCpc: 'H01M' });
    const back = readRiskParams(url as Record<string, string>, DEFAULT_FILTERS, TODAY);
    expect(back).toEqual(params);
    expect(Object.keys(url)).not.toContain('description');
  });

  it('leaves today and an empty CPC out of the URL', () => {
    expect(riskParamsToView({ jurisdictions: ['CN'], asOf: TODAY }, TODAY)).toEqual({
      jur: 'CN',
      asOf: undefined,
      riskCpc: undefined,
    });
  });

  it('falls back to the scope filters, then to CN and today; drops bad values', () => {
    const filters = { ...DEFAULT_FILTERS, jurisdiction: ['US', 'XX'], cpc: 'h01m 10' };
    expect(readRiskParams({ asOf: '2025-13-45', jur: 'ZZ' }, filters, TODAY)).toEqual({
      jurisdictions: ['US'],
      asOf: TODAY,
      cpc: 'H01M10',
    });
    expect(readRiskParams({}, DEFAULT_FILTERS, TODAY)).toEqual({ jurisdictions: ['CN'], asOf: TODAY });
  });

  it('gives today as a local calendar day', () => {
    expect(todayIso(new Date(2025, 0, 31, 23, 30))).toBe('2025-01-31');
  });
});

describe('the FTO request from the form', () => {
  const base = { description: '', featuresText: '', jurisdictions: ['CN'], asOf: '2025-06-30', cpc: '' };

  it('splits features one per line and drops blank or one-character lines', () => {
    expect(featureLines(' a\n\nsilicon substrate \r\n主栅\n')).toEqual(['silicon substrate', '主栅']);
  });

  it('sends a description and features with the normalised CPC prefix', () => {
    const check = buildFtoRequest({
      ...base,
      description: ' 一种边框，包括硅基底 ',
      featuresText: '主栅\n细栅',
      cpc: 'h01l ',
    });
    expect(check).toEqual({
      ok: true,
      body: {
        description: '一种边框，包括硅基底',
        features: ['主栅', '细栅'],
        jurisdictions: ['CN'],
        asOf: '2025-06-30',
        cpc: 'H01L',
        limit: 20,
        offset: 0,
      },
    });
  });

  it('asks for another page by offset, and sends the own applicants with the chosen mode', () => {
    const check = buildFtoRequest(
      {
        ...base,
        description: '一种无人机避障系统',
        ownApplicantsText: ' Skyward Robotics Ltd \n\n深圳翼境智能科技有限公司\n',
        ownMode: 'exclude',
      },
      40,
    );
    expect(check).toEqual({
      ok: true,
      body: {
        description: '一种无人机避障系统',
        jurisdictions: ['CN'],
        asOf: '2025-06-30',
        limit: 20,
        offset: 40,
        ownPortfolio: { applicants: ['Skyward Robotics Ltd', '深圳翼境智能科技有限公司'], mode: 'exclude' },
      },
    });
    const blank = buildFtoRequest({ ...base, description: '一种无人机避障系统', ownApplicantsText: ' \n' });
    expect(blank.ok && blank.body.ownPortfolio).toBe(undefined);
  });

  it('asks for inactive patents only when the box is ticked', () => {
    const ticked = buildFtoRequest({ ...base, featuresText: 'silicon substrate', includeInactive: true });
    expect(ticked).toEqual({
      ok: true,
      body: {
        features: ['silicon substrate'],
        jurisdictions: ['CN'],
        asOf: '2025-06-30',
        limit: 20,
        offset: 0,
        includeInactive: true,
      },
    });
    const unticked = buildFtoRequest({ ...base, featuresText: 'silicon substrate', includeInactive: false });
    expect(unticked.ok && 'includeInactive' in unticked.body).toBe(false);
  });

  it('names the problem instead of sending a request the API would reject', () => {
    expect(buildFtoRequest({ ...base, description: 'abc' })).toEqual({
      ok: false,
      problem: 'risk.needInput',
    });
    expect(buildFtoRequest({ ...base, featuresText: 'x1', jurisdictions: [] })).toEqual({
      ok: false,
      problem: 'risk.needJurisdiction',
    });
    expect(buildFtoRequest({ ...base, featuresText: 'x1', asOf: '30.06.2025' })).toEqual({
      ok: false,
      problem: 'risk.badDate',
    });
    expect(buildFtoRequest({ ...base, featuresText: 'x1', cpc: '12' })).toEqual({
      ok: false,
      problem: 'risk.badCpc',
    });
  });
});

describe('risk badges', () => {
  it('maps every level to its own label and colour, 待核查 apart from Low', () => {
    expect(
      Object.fromEntries(Object.entries(RISK_BADGES).map(([level, badge]) => [level, en(badge.labelKey)])),
    ).toEqual({
      High: 'High',
      Medium: 'Medium',
      Low: 'Low',
      待核查: 'Needs review',
    });
    expect(zh(riskBadge('待核查').labelKey)).toBe('待核查');
    expect(riskBadge('待核查').className).toBe('risk-badge risk-review');
    expect(riskBadge('Low').className).toBe('risk-badge risk-low');
  });

  it('counts results per level, most urgent first, leaving out absent levels', () => {
    expect(
      riskCounts([
        { riskLevel: 'Low' },
        { riskLevel: '待核查' },
        { riskLevel: 'High' },
        { riskLevel: 'Low' },
      ]),
    ).toEqual([
      ['High', 1],
      ['待核查', 1],
      ['Low', 2],
    ]);
  });
});

describe('claim chart rows', () => {
  it('gives one row per element with a rounded 0–100 score, and the claim verdict', () => {
    const [result] = FTO_ANSWER.results;
    expect(claimChartModels(result!)).toEqual([
      {
        claimNumber: 1,
        preamble: '一种边框',
        rows: [
          { position: 1, element: '硅基底', bestFeature: '硅基底', score: 100, kind: 'identical' },
          { position: 2, element: '主栅和细栅', bestFeature: null, score: 12, kind: 'missing' },
        ],
        missingElements: 1,
        allElementsIdentical: false,
        verdictKey: 'risk.verdict.missing',
      },
    ]);
    expect(claimChartModels(FTO_ANSWER.results[1]!)).toEqual([]);
  });
});

describe('risk CSV tables', () => {
  it('lists the results with translated levels and the disclaimer as the last row', () => {
    const table = resultsTable(FTO_ANSWER, en, 'en');
    expect(table.columns[0]).toBe('Rank');
    expect(table.rows).toEqual([
      [
        1,
        'CN211667217U',
        'CN',
        '一种边框',
        '辰光光伏科技股份有限公司',
        'High',
        'every element of claim(s) 1 found identically',
        4.5,
        '2030-01-02',
        'active',
        1,
        'US2023000002A1',
        'own patent',
      ],
      [
        2,
        'US2023000001A1',
        'US',
        null,
        null,
        'Needs review',
        'legal status missing: needs review',
        null,
        null,
        'unknown',
        2,
        'US2023000001A1',
        null,
      ],
      ['A screening, not a legal opinion.'],
    ]);
  });

  it('lists every claim element in Chinese, and writes a BOM CSV', () => {
    const table = claimChartTable(FTO_ANSWER, zh, 'zh');
    expect(table.rows).toEqual([
      ['CN211667217U', '高', 1, 1, '硅基底', '硅基底', 100, '相同'],
      ['CN211667217U', '高', 1, 2, '主栅和细栅', null, 12, '缺失'],
      ['初筛，不构成法律意见。'],
    ]);
    expect(toCsv(table.columns, table.rows).startsWith(`${UTF8_BOM}专利,风险,权利要求`)).toBe(true);
  });
});
