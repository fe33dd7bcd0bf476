import { describe, expect, it } from 'vitest';
import { partySector } from './party-sector';

describe('partySector', () => {
  it.each([
    ['宁德时代新能源科技股份有限公司', 'organisation', 'enterprise'],
    ['国网智能电网研究院有限公司', 'organisation', 'enterprise'],
    ['CONTEMPORARY AMPEREX TECHNOLOGY CO LTD', 'organisation', 'enterprise'],
    ['Robert Bosch GmbH', 'organisation', 'enterprise'],
    ['SONY ELECTRONICS', 'organisation', 'enterprise'],
    ['清华大学', 'organisation', 'university'],
    ['中国科学院大学', 'organisation', 'university'],
    ['北京理工大学', 'organisation', 'university'],
    ['UNIV TSINGHUA', 'organisation', 'university'],
    ['Massachusetts Institute of Technology', 'organisation', 'university'],
    ['Technische Universität München', 'organisation', 'university'],
    ['中国科学院物理研究所', 'organisation', 'research'],
    ['FRAUNHOFER GES FORSCHUNG', 'organisation', 'research'],
    ['Korea Institute of Energy Research', 'organisation', 'research'],
    ['张伟', 'person', 'individual'],
    ['John Smith', 'person', 'individual'],
    ['某某协会', 'organisation', 'other'],
  ] as const)('%s (%s) → %s', (name, kind, sector) => {
    expect(partySector({ name, kind })).toBe(sector);
  });

  it('does not need the kind', () => {
    expect(partySector({ name: '浙江大学' })).toBe('university');
    expect(partySector({ name: 'ACME' })).toBe('other');
  });
});
