import { describe, expect, it } from 'vitest';
import { partyKey } from './parties';

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
