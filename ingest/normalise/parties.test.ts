import { describe, expect, it } from 'vitest';
import { aliasTableFrom, loadAliasTable } from './aliases';
import { guessPartyKind, makeParty } from './parties';

describe('guessPartyKind', () => {
  it.each([
    ['PIZZA HUT INC', 'organisation'],
    ['清华大学', 'organisation'],
    ['VENTIMEGLIA JAMIE JOSEPH', 'person'],
    ['张三', 'person'],
    ['DJI', 'organisation'],
    ['9SOLUTIONS OY', 'organisation'],
  ])('%s → %s', (name, kind) => {
    expect(guessPartyKind(name)).toBe(kind);
  });
});

describe('makeParty', () => {
  it('keeps the raw name, reads a DOCDB country suffix and maps aliases', () => {
    const aliases = aliasTableFrom({ 'Fictional Battery Co., Ltd.': '虚构电池科技股份有限公司' });
    expect(makeParty('FICTIONAL BATTERY CO LTD [CN]', 'applicant', aliases)).toEqual({
      raw: 'FICTIONAL BATTERY CO LTD [CN]',
      key: '虚构电池科技',
      name: '虚构电池科技股份有限公司',
      kind: 'organisation',
      country: 'CN',
    });
    expect(makeParty('  ', 'applicant')).toBeUndefined();
    expect(makeParty('Acme Holdings', 'inventor')?.kind).toBe('person');
  });

  it('loads the shipped alias table, which merges DJI spellings', () => {
    const table = loadAliasTable();
    expect(makeParty('Sz Dji Technology Co., Ltd.', 'applicant', table)?.name).toBe(
      '深圳市大疆创新科技有限公司',
    );
  });
});
