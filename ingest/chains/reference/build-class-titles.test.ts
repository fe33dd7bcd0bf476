import { describe, expect, it } from 'vitest';
import { parseTitleList, readableSymbol, toTsv, withoutReferences } from './build-class-titles';

describe('readableSymbol', () => {
  it('writes WIPO 14-character symbols the usual way', () => {
    expect(readableSymbol('H01M0010052500')).toBe('H01M 10/0525');
    expect(readableSymbol('H01M0010000000')).toBe('H01M 10/00');
    expect(readableSymbol('A01C0005060000')).toBe('A01C 5/06');
    expect(readableSymbol('H01M')).toBe('H01M');
  });
});

describe('withoutReferences', () => {
  it('drops parenthesised cross-references and keeps other parentheses', () => {
    expect(withoutReferences('Hand tools (edge trimmers for lawns A01G0003060000)')).toBe('Hand tools');
    expect(withoutReferences('Combined machines (see the relevant groups)')).toBe(
      'Combined machines (see the relevant groups)',
    );
    expect(withoutReferences('THRESHING (combines A01D0041000000 (parts A01D0041120000)); BALING')).toBe(
      'THRESHING; BALING',
    );
    expect(withoutReferences('groups H02S0010000000-H02S0030000000')).toBe('groups H02S 10/00-H02S 30/00');
  });
});

describe('parseTitleList', () => {
  const source = [
    'H\tELECTRICITY',
    'H01\tBASIC ELECTRIC ELEMENTS',
    'H01M\tPROCESSES OR MEANS (see H01L0031000000)',
    'F16B0002000000\tFastenings in general',
    'F16B0002000000\tFriction-grip releasable fastenings',
    'C01B0004000000\tHydrogen isotopes, e.g. NH3 + D2',
    '      → NH2D + HD',
    'H01M0004020000\tElectrodes composed of active material',
    '',
  ].join('\n');

  it('keeps sections to main groups, joins wrapped titles, and lets the last of a repeated symbol win', () => {
    const rows = parseTitleList(source);
    expect(rows).toEqual([
      { symbol: 'H', level: 'section', title: 'ELECTRICITY' },
      { symbol: 'H01', level: 'class', title: 'BASIC ELECTRIC ELEMENTS' },
      { symbol: 'H01M', level: 'subclass', title: 'PROCESSES OR MEANS' },
      { symbol: 'F16B2/00', level: 'main_group', title: 'Friction-grip releasable fastenings' },
      { symbol: 'C01B4/00', level: 'main_group', title: 'Hydrogen isotopes, e.g. NH3 + D2 → NH2D + HD' },
    ]);
    expect(toTsv(rows.slice(0, 2))).toBe(
      'symbol\tlevel\ttitle_en\nH\tsection\tELECTRICITY\nH01\tclass\tBASIC ELECTRIC ELEMENTS\n',
    );
  });
});
