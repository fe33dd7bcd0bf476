import type { CorePatentItem, CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { componentBars, rawText } from './breakdown-model';
import { coreTable } from './csv-rows';
import { corePageQuery, coreParamsToView, readCoreParams } from './params';

const ITEM: CorePatentItem = {
  rank: 1,
  score: 71.5,
  core: true,
  highValue: null,
  familyId: 'P:CN202020010796',
  patentId: 'CN211667217U',
  memberIds: ['CN211667217U'],
  title: '一种双面光伏组件的边框',
  applicant: { key: 'chenguang', name: '辰光光伏科技股份有限公司' },
  priorityYear: 2020,
  jurisdictions: ['CN'],
  components: [
    {
      name: 'familySizePercentile',
      raw: 6,
      normalised: 0.5,
      weight: 0.3,
      contribution: 15,
      flat: false,
      source: 'both',
    },
    {
      name: 'forwardCitationsSetPercentile',
      raw: 2,
      normalised: 0.95,
      weight: 0.3,
      contribution: 28.5,
      flat: false,
      source: 'exporter',
    },
    {
      name: 'eventIndicator',
      raw: true,
      normalised: 1,
      weight: 0.2,
      contribution: 20,
      flat: false,
      source: null,
    },
    {
      name: 'topInventor',
      raw: false,
      normalised: 0.4,
      weight: 0.2,
      contribution: 8,
      flat: false,
      source: null,
    },
    {
      name: 'legalStatus',
      raw: 'active',
      normalised: 1,
      weight: 0,
      contribution: 0,
      flat: false,
      source: null,
    },
  ],
  signals: {
    forwardCitations: {
      value: 2,
      source: 'exporter',
      inCorpus: 1,
      exported: 2,
      exporter: 'incopat',
      loadedOn: '2026-11-29',
    },
    familySize: { value: 6, source: 'both', inCorpus: 6, exported: 6 },
  },
  cohort: { name: 'H01L · 2020', size: 40, meanCitations: 1.2, citationsToCohortMean: 1.7 },
};

const ANSWER: CorePatentsResponse = {
  unit: 'family',
  preset: 'patsnap',
  scale: 100,
  weights: {
    forwardCitationsSetPercentile: 0.3,
    familySizePercentile: 0.3,
    topInventor: 0.2,
    eventIndicator: 0.2,
  },
  coreShare: 0.1,
  flatComponents: [],
  totals: { families: 3000, publications: 4367, citationEdges: 9013, core: 300 },
  offset: 0,
  limit: 50,
  items: [ITEM],
  method: { code: 'note.corePatentsMethod', params: {}, text: 'weighted sum' },
  forwardCitationsBasis: {
    code: 'note.forwardCitationsInCorpus',
    params: { families: 3000 },
    text: 'Forward citations: no export in scope gave cited counts',
  },
  snapshot: { builtAt: '2026-11-29T10:00:00Z', buildMs: 1200 },
};

describe('core-patent URL parameters', () => {
  it('round-trips preset, core share and page and leaves defaults out', () => {
    const params = { preset: 'faw' as const, coreSharePct: 20, page: 3 };
    const url = coreParamsToView(params);
    expect(url).toEqual({ preset: 'faw', coreShare: '20', page: '3' });
    expect(readCoreParams(url as Record<string, string>)).toEqual(params);
    expect(coreParamsToView({ preset: 'default', coreSharePct: 10, page: 1 })).toEqual({
      preset: undefined,
      coreShare: undefined,
      page: undefined,
    });
  });

  it('drops unknown values', () => {
    expect(readCoreParams({ preset: 'x', coreShare: '7', page: '-1' })).toEqual({
      preset: 'default',
      coreSharePct: 10,
      page: 1,
    });
  });

  it('turns the page into the API offset and the share into a fraction', () => {
    expect(corePageQuery({ preset: 'patsnap', coreSharePct: 5, page: 3 })).toEqual({
      preset: 'patsnap',
      coreShare: 0.05,
      limit: 50,
      offset: 100,
    });
  });
});

describe('score breakdown bars', () => {
  it('orders weighted components by contribution; track = weight, fill = normalised', () => {
    const bars = componentBars(ITEM);
    expect(bars.map((bar) => [bar.name, bar.trackPct, bar.fillPct, bar.contribution])).toEqual([
      ['forwardCitationsSetPercentile', 100, 95, 28.5],
      ['eventIndicator', 66.7, 100, 20],
      ['familySizePercentile', 100, 50, 15],
      ['topInventor', 66.7, 40, 8],
    ]);
    expect(bars[0]?.labelKey).toBe('core.component.forwardCitationsSetPercentile');
    // The source of a count travels to the bar, so the raw value says where it came from.
    expect(bars.map((bar) => bar.source)).toEqual(['exporter', null, 'both', null]);
    // The contributions explain the whole score.
    expect(bars.reduce((sum, bar) => sum + bar.contribution, 0)).toBe(ITEM.score);
  });

  it('shows raw values as text', () => {
    expect([
      rawText(0.123456, 'yes', 'no'),
      rawText(true, 'yes', 'no'),
      rawText(null, 'yes', 'no'),
      rawText('active', 'y', 'n'),
    ]).toEqual(['0.123', 'yes', '—', 'active']);
  });
});

describe('core-patent CSV', () => {
  it('has one row per family with each weighted component’s contribution', () => {
    const table = coreTable(ANSWER, createTranslator('en'));
    expect(table.columns).toEqual([
      'Rank',
      'Patent',
      'Family',
      'Title',
      'Applicant',
      'Priority year',
      'Score',
      'Core',
      'Forward citations (set percentile) (Contribution)',
      'Family size (percentile) (Contribution)',
      'Inventor among the top 5 (Contribution)',
      'Any litigation, licence or transfer (Contribution)',
    ]);
    expect(table.rows).toEqual([
      [
        1,
        'CN211667217U',
        'P:CN202020010796',
        '一种双面光伏组件的边框',
        '辰光光伏科技股份有限公司',
        2020,
        71.5,
        'yes',
        28.5,
        15,
        8,
        20,
      ],
    ]);
  });
});
