import { describe, expect, it } from 'vitest';
import { compactSymbol, patternKey, patternProblem, symbolPrefixKeys } from './classification-patterns';

describe('classification patterns', () => {
  it('turns each pattern form into an exact or prefix key', () => {
    expect(patternKey('H01M4/58')).toEqual({ kind: 'exact', key: 'H01M4/58' });
    expect(patternKey('B60L*')).toEqual({ kind: 'prefix', key: 'B60L' });
    // The slash keeps main group 1 away from main group 11.
    expect(patternKey('B60K1*')).toEqual({ kind: 'prefix', key: 'B60K1/' });
    expect(patternKey('H01M10/0525*')).toEqual({ kind: 'prefix', key: 'H01M10/0525' });
    expect(patternKey('Y02W30/84*')).toEqual({ kind: 'prefix', key: 'Y02W30/84' });
  });

  it('lists every prefix key of a symbol, shortest first', () => {
    expect(symbolPrefixKeys('H01M10/0525')).toEqual([
      'H',
      'H01',
      'H01M',
      'H01M10/',
      'H01M10/0',
      'H01M10/05',
      'H01M10/052',
      'H01M10/0525',
    ]);
    expect(symbolPrefixKeys('H01M')).toEqual(['H', 'H01', 'H01M']);
    expect(symbolPrefixKeys('not a symbol')).toEqual([]);
  });

  it('explains malformed patterns', () => {
    expect(patternProblem('H01M 10/0525*')).toBe(
      'expected an IPC/CPC pattern without spaces such as "H01M10/0525*", "B60L*" or "H01M4/58"',
    );
    expect(patternProblem('B60L')).toBe(
      '"B60L" names a section, class or subclass: add "*" to cover everything below it',
    );
    expect(patternProblem('B60K1')).toBe('"B60K1" has no subgroup: write "B60K1*" or "B60K1/00"');
    expect(patternProblem('G05B19/00')).toBeUndefined();
  });

  it('compacts spaced symbols', () => {
    expect(compactSymbol('H04N   3/00')).toBe('H04N3/00');
    expect(compactSymbol('h01m 10/0525')).toBe('H01M10/0525');
  });
});
