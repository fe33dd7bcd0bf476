import type { CurationEntity } from '@graph-schema/dto/applicant-curation';
import { describe, expect, it } from 'vitest';
import { familyReasons } from './family-evidence';
import { abbreviatedWords, acronymReasons, keyWords, sameKeyReasons } from './name-evidence';
import { suggestMerges } from './suggester';

const entity = (key: string, name: string, families: number, aliases: string[] = [name]): CurationEntity => ({
  key,
  name,
  families,
  aliases,
});

describe('name evidence', () => {
  it('drops connectives and legal forms before comparing keys', () => {
    expect(keyWords('Hanyao University of Technology')).toEqual(['hanyao', 'univ', 'tech']);
    expect(keyWords('HANYAO UNIV TECH')).toEqual(['hanyao', 'univ', 'tech']);
    expect(keyWords('瀚曜理工大学')).toEqual([]);
  });

  it('finds spellings that meet on one key once spaces and connectives are gone', () => {
    const found = sameKeyReasons([
      entity('hanyao univ of tech', 'Hanyao University of Technology', 4),
      entity('hanyao univ tech', 'HANYAO UNIV TECH', 9),
      entity('hanyang univ', 'Hanyang University', 30),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: 'hanyao univ of tech', b: 'hanyao univ tech' });
    expect(found[0]!.reason).toEqual({
      kind: 'sameKey',
      detail: ['hanyaounivtech', 'Hanyao University of Technology', 'HANYAO UNIV TECH'],
      families: 0,
    });
  });

  it('accepts word abbreviations of at least three letters and nothing else', () => {
    expect(abbreviatedWords(['lanwan', 'auto'], ['lanwan', 'automobile'])).toEqual(['auto → automobile']);
    expect(abbreviatedWords(['lanwan', 'au'], ['lanwan', 'automobile'])).toBeUndefined();
    expect(abbreviatedWords(['lanwan', 'motor'], ['lanwan', 'automobile'])).toBeUndefined();
    expect(abbreviatedWords(['lanwan', 'auto'], ['lanwan', 'auto'])).toBeUndefined();
    expect(abbreviatedWords(['lanwan'], ['lanwan', 'auto'])).toBeUndefined();
  });

  it('finds an acronym spelling the initials of a longer name', () => {
    const found = acronymReasons([
      entity('nne', 'NNE', 3),
      entity('ningchuan new energy', 'Ningchuan New Energy Co., Ltd.', 20),
    ]);
    expect(found.map((f) => [f.a, f.b, f.reason.kind, f.reason.detail])).toEqual([
      ['ningchuan new energy', 'nne', 'acronym', ['NNE', 'Ningchuan New Energy Co., Ltd.']],
    ]);
  });
});

/** A publication filed by these entity keys. */
const filed = (id: string, ...keys: string[]) => ({ id, keys });

describe('family evidence', () => {
  const families = new Map([
    ['瀚曜理工大学', 3],
    ['hanyao univ tech', 3],
    ['宁川新能源科技', 10],
  ]);
  const names = new Map([
    ['瀚曜理工大学', '瀚曜理工大学'],
    ['hanyao univ tech', 'HANYAO UNIV TECH'],
    ['宁川新能源科技', '宁川新能源科技有限公司'],
  ]);

  it('pairs a Chinese and a Latin name filed on different members of the same families', () => {
    const filings = ['F1', 'F2', 'F3'].map((family) => ({
      family,
      publications: [filed(`CN${family}`, '瀚曜理工大学'), filed(`US${family}`, 'hanyao univ tech')],
    }));
    const found = familyReasons(filings, families, names);
    expect(found).toEqual([
      {
        a: 'hanyao univ tech',
        b: '瀚曜理工大学',
        // Examples name the two publications (the first key's first), never the internal family id.
        reason: { kind: 'translated', detail: ['USF1 / CNF1', 'USF2 / CNF2', 'USF3 / CNF3'], families: 3 },
      },
    ]);
  });

  it('never pairs co-applicants that share a publication', () => {
    const filings = ['F1', 'F2', 'F3'].map((family) => ({
      family,
      publications: [
        filed(`CN${family}`, '瀚曜理工大学', '宁川新能源科技'),
        filed(`US${family}`, '宁川新能源科技'),
      ],
    }));
    expect(familyReasons(filings, families, names)).toEqual([]);
  });

  it('needs two shared families making up half of the smaller entity', () => {
    const one = [
      { family: 'F1', publications: [filed('CNF1', '瀚曜理工大学'), filed('USF1', 'hanyao univ tech')] },
    ];
    expect(familyReasons(one, families, names)).toEqual([]);
    const big = new Map([...families, ['hanyao univ tech', 5], ['瀚曜理工大学', 5]]);
    const two = ['F1', 'F2'].map((family) => ({
      family,
      publications: [filed(`CN${family}`, '瀚曜理工大学'), filed(`US${family}`, 'hanyao univ tech')],
    }));
    expect(familyReasons(two, big, names)).toEqual([]);
  });
});

describe('suggestMerges', () => {
  it('combines the evidence per pair and proposes the entity with more families as target', () => {
    const entities = [
      entity('瀚曜理工大学', '瀚曜理工大学', 3),
      entity('hanyao univ tech', 'HANYAO UNIV TECH', 3),
      entity('hanyao univ of tech', 'Hanyao University of Technology', 2),
      entity('lanwan auto', 'LANWAN AUTO CO LTD', 5),
      entity('lanwan automobile', 'Lanwan Automobile Co., Ltd.', 8),
    ];
    const filings = ['F1', 'F2', 'F3'].map((family) => ({
      family,
      publications: [filed(`CN${family}`, '瀚曜理工大学'), filed(`US${family}`, 'hanyao univ tech')],
    }));
    const suggestions = suggestMerges(entities, filings);
    const summary = suggestions.map((s) => [s.into.key, s.member.key, s.reasons.map((r) => r.kind), s.score]);
    expect(summary).toEqual([
      ['hanyao univ tech', '瀚曜理工大学', ['translated'], 7],
      ['hanyao univ tech', 'hanyao univ of tech', ['sameKey'], 5],
      ['lanwan automobile', 'lanwan auto', ['abbreviation'], 3],
    ]);
  });

  it('suggests nothing for unrelated names', () => {
    const entities = [entity('alpha', 'Alpha Ltd', 3), entity('beta', 'Beta Ltd', 4)];
    expect(suggestMerges(entities, [])).toEqual([]);
  });
});
