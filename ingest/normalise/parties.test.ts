import { describe, expect, it } from 'vitest';
import { aliasTableFrom, loadAliasTable } from './aliases';
import { guessPartyKind, makeParty, partyKey } from './parties';

describe('partyKey', () => {
  it('folds case, width, punctuation and legal suffixes', () => {
    expect(partyKey('SZ DJI Technology Co., Ltd.')).toBe('sz dji tech');
    expect(partyKey('SZ DJI TECHNOLOGY CO LTD')).toBe('sz dji tech');
    expect(partyKey('Siemens AG')).toBe('siemens');
    expect(partyKey('Robert Bosch GmbH')).toBe('robert bosch');
    expect(partyKey('华为技术有限公司')).toBe('华为技术');
    expect(partyKey('宁德时代新能源科技股份有限公司')).toBe('宁德时代新能源科技');
    expect(partyKey('ＡＢＣ（中国）有限责任公司')).toBe('abc中国');
  });

  it('folds dotted initials and the abbreviations DOCDB uses', () => {
    expect(partyKey('Hoshino Storage Battery K.K.')).toBe('hoshino storage battery');
    expect(partyKey('HOSHINO STORAGE BATTERY KK')).toBe('hoshino storage battery');
    expect(partyKey('NINGCHUAN NEW ENERGY TECH CO LTD')).toBe(
      partyKey('Ningchuan New Energy Technology Co., Ltd.'),
    );
    expect(partyKey('TSINGHUA UNIV')).toBe(partyKey('Tsinghua University'));
    expect(partyKey('Acme S.A.')).toBe('acme');
  });
});

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
