import type { CompositionResponse, GeographyResponse } from '@graph-schema/dto/landscape-trends';
import { describe, expect, it } from 'vitest';
import { COMPOSITION_CHOICES, compositionLevelOf, compositionRows } from './composition-chart';
import { geographyLayout } from './geography-chart';
import { windowOf } from './lifecycle-chart';
import { wipoFieldName } from './wipo-field-names';

const basis = { code: 'basis.composition' as const, params: {}, text: '' };

describe('windowOf', () => {
  it('splits the compared years into the earlier and the recent 3-year windows', () => {
    expect([2015, 2016, 2018, 2019, 2020, 2021, 2022].map((year) => windowOf(year, [2016, 2021]))).toEqual([
      'other',
      'earlier',
      'earlier',
      'recent',
      'recent',
      'recent',
      'other',
    ]);
    expect(windowOf(2020, undefined)).toBe('other');
  });
});

describe('composition', () => {
  const data: CompositionResponse = {
    dateBasis: 'priority',
    basis,
    scheme: 'CPC',
    level: 'subclass',
    families: 10,
    classes: [{ code: 'H01M', families: 6, share: 0.6 }],
    chains: [
      {
        id: 'c',
        name: { zh: '链', en: 'Chain' },
        families: 8,
        segments: [
          {
            id: 's',
            name: { zh: '段', en: 'Segment' },
            families: 8,
            branches: [
              { id: 'c:b', name: { zh: '乙', en: null }, level: 1, families: 3 },
              { id: 'c:a', name: { zh: '甲', en: 'Alpha' }, level: 1, families: 3 },
              { id: 'c:z', name: { zh: null, en: null }, level: 1, families: 5 },
            ],
          },
        ],
      },
    ],
    wipoFields: [
      {
        id: 'wipo:1',
        name: 'Electrical machinery, apparatus, energy',
        sector: null,
        families: 4,
        share: 0.4,
      },
    ],
    truncated: { classes: false },
    notes: [],
  };

  it('offers branches, WIPO fields and every CPC and IPC level', () => {
    expect(COMPOSITION_CHOICES).toHaveLength(10);
    expect(compositionLevelOf('branch')).toEqual({ scheme: 'CPC', level: 'subclass' });
    expect(compositionLevelOf('IPC.main_group')).toEqual({ scheme: 'IPC', level: 'main_group' });
  });

  it('ranks leaf branches by families, ties by id, named in the UI language with fallbacks', () => {
    expect(compositionRows(data, 'branch', 'en')).toEqual([
      { name: 'c:z', families: 5, share: 0.5 },
      { name: 'Alpha', families: 3, share: 0.3 },
      { name: '乙', families: 3, share: 0.3 },
    ]);
    expect(compositionRows(data, 'wipo', 'zh')).toEqual([
      { name: '电气机械、设备、能源', families: 4, share: 0.4 },
    ]);
    expect(compositionRows(data, 'CPC.subclass', 'zh')).toEqual([{ name: 'H01M', families: 6, share: 0.6 }]);
  });

  it('keeps the stored WIPO name in English and for an unknown field number', () => {
    expect(wipoFieldName({ id: 'wipo:6', name: 'Computer technology' }, 'en')).toBe('Computer technology');
    expect(wipoFieldName({ id: 'wipo:99', name: 'New field' }, 'zh')).toBe('New field');
  });
});

describe('geographyLayout', () => {
  it('keeps the largest origins and offices, ties by code', () => {
    const data = {
      origins: [
        { origin: 'US', families: 2 },
        { origin: 'CN', families: 5 },
        { origin: 'DE', families: 2 },
      ],
      offices: [
        { office: 'WO', families: 1 },
        { office: 'CN', families: 6 },
      ],
    } as GeographyResponse;
    expect(geographyLayout(data)).toEqual({ origins: ['CN', 'DE', 'US'], offices: ['CN', 'WO'] });
  });
});
