import { describe, expect, it } from 'vitest';
import { parseClassification } from './classification';

const H01M10_0525 = {
  scheme: 'IPC',
  symbol: 'H01M10/0525',
  section: 'H',
  class: 'H01',
  subclass: 'H01M',
  mainGroup: 'H01M10/00',
  subgroup: 'H01M10/0525',
};

describe('parseClassification', () => {
  it.each([
    'H01M 10/0525',
    'H01M10/0525(2013.01)',
    'H01M0010052500',
    'Ｈ０１Ｍ１０／０５２５',
    'H01M 10/05250',
  ])('%s', (raw) => {
    expect(parseClassification(raw, 'IPC')).toEqual(H01M10_0525);
  });

  it('keeps significant subgroup digits and reads the inventive flag', () => {
    expect(parseClassification('H01M  10/052', 'IPC')?.symbol).toBe('H01M10/052');
    expect(parseClassification('B64C39/02 I', 'IPC')).toMatchObject({ symbol: 'B64C39/02', inventive: true });
    expect(parseClassification('H04W  84/    20            A I', 'IPC')).toMatchObject({
      symbol: 'H04W84/20',
      inventive: true,
    });
    expect(parseClassification('H01M   4/525       20100101AFI20210105BHEP', 'IPC')).toMatchObject({
      symbol: 'H01M4/525',
      inventive: true,
    });
  });

  it('reads CPC Y section, 4-digit main groups and bare subclasses', () => {
    expect(parseClassification('Y02E 60/10', 'CPC')?.mainGroup).toBe('Y02E60/00');
    expect(parseClassification('G06F2111/10', 'CPC')?.symbol).toBe('G06F2111/10');
    expect(parseClassification('G06F', 'CPC')).toEqual({
      scheme: 'CPC',
      symbol: 'G06F',
      section: 'G',
      class: 'G06',
      subclass: 'G06F',
    });
    expect(parseClassification('426/231', 'IPC')).toBeUndefined();
  });
});
