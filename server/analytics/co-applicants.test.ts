import { describe, expect, it } from 'vitest';
import { aggregateCoApplicants, rankCollaborators } from './co-applicants';

const catl = { key: 'catl', name: '宁德时代新能源科技股份有限公司', kind: 'organisation' };
const tsinghua = { key: 'tsinghua', name: '清华大学', kind: 'organisation' };
const cas = { key: 'cas', name: '中国科学院物理研究所', kind: 'organisation' };
const byd = { key: 'byd', name: '比亚迪股份有限公司', kind: 'organisation' };

describe('aggregateCoApplicants', () => {
  // Hand-counted: F1 has two members filed by CATL+Tsinghua (one family, not two); F2 is a
  // three-party family; F3 has a CN member by CATL and a US member by BYD (not a collaboration);
  // F4 lists CATL twice (one party).
  const result = aggregateCoApplicants([
    { familyId: 'F1', parties: [catl, tsinghua] },
    { familyId: 'F1', parties: [tsinghua, catl] },
    { familyId: 'F2', parties: [catl, tsinghua, cas] },
    { familyId: 'F3', parties: [catl] },
    { familyId: 'F3', parties: [byd] },
    { familyId: 'F4', parties: [catl, catl] },
  ]);

  it('counts pairs by distinct families filed on one patent', () => {
    expect(result.pairs.sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b))).toStrictEqual([
      { a: 'cas', b: 'catl', families: 1 },
      { a: 'cas', b: 'tsinghua', families: 1 },
      { a: 'catl', b: 'tsinghua', families: 2 },
    ]);
    expect(result.coFiledFamilies).toBe(2);
  });

  it('gives each collaborator its co-filed families, partners and sector', () => {
    const byKey = Object.fromEntries(result.applicants.map((a) => [a.key, a]));
    expect(byKey.catl).toMatchObject({ coFiledFamilies: 2, partners: 2, sector: 'enterprise' });
    expect(byKey.tsinghua).toMatchObject({ coFiledFamilies: 2, partners: 2, sector: 'university' });
    expect(byKey.cas).toMatchObject({ coFiledFamilies: 1, partners: 2, sector: 'research' });
    expect(byKey.byd).toBeUndefined();
  });

  it('counts a family once per sector pair it has', () => {
    expect(result.sectorPairs).toStrictEqual([
      { sectors: ['enterprise', 'university'], families: 2 },
      { sectors: ['enterprise', 'research'], families: 1 },
      { sectors: ['research', 'university'], families: 1 },
    ]);
  });

  it('ranks by co-filed families, then partners, then name (code units: 宁 U+5B81 before 清 U+6E05)', () => {
    expect(rankCollaborators(result.applicants).map((a) => a.key)).toStrictEqual(['catl', 'tsinghua', 'cas']);
  });
});
