import { describe, expect, it } from 'vitest';
import {
  type ClassTitleTable,
  lookupClassTitle,
  parseTitleTsv,
  shippedClassTitles,
  type TitledClass,
  titleKeys,
} from './class-titles';

function tableOf(tsv: string): ClassTitleTable {
  const bySymbol = new Map<string, TitledClass>();
  parseTitleTsv(tsv, 'test.tsv', bySymbol);
  return { bySymbol, counts: { section: 0, class: 0, subclass: 0, main_group: 0 } };
}

const SMALL = [
  'symbol\tlevel\ttitle_en',
  'H\tsection\tELECTRICITY',
  'H01\tclass\tBASIC ELECTRIC ELEMENTS',
  'H01M\tsubclass\tPROCESSES OR MEANS',
  'H01M4/00\tmain_group\tElectrodes',
  '',
].join('\n');

describe('titleKeys', () => {
  it('lists the titled levels a code falls in, most specific first', () => {
    expect(titleKeys('H01M 4/38')).toEqual(['H01M4/00', 'H01M', 'H01', 'H']);
    expect(titleKeys('h01m10/0525')).toEqual(['H01M10/00', 'H01M', 'H01', 'H']);
    expect(titleKeys('H01M2300/0068')).toEqual(['H01M2300/00', 'H01M', 'H01', 'H']);
    expect(titleKeys('H01M')).toEqual(['H01M', 'H01', 'H']);
    expect(titleKeys('H01')).toEqual(['H01', 'H']);
    expect(titleKeys('Y')).toEqual(['Y']);
  });

  it('gives nothing for text that is not a code', () => {
    expect(titleKeys('')).toEqual([]);
    expect(titleKeys('battery')).toEqual([]);
    expect(titleKeys('Z01M')).toEqual([]);
  });
});

describe('lookupClassTitle (longest prefix)', () => {
  const table = tableOf(SMALL);

  it('takes the main group when the table has it, else the subclass, class, section', () => {
    expect(lookupClassTitle('H01M 4/38', table)).toEqual({
      symbol: 'H01M4/00',
      level: 'main_group',
      title: 'Electrodes',
    });
    expect(lookupClassTitle('H01M10/0525', table)).toEqual({
      symbol: 'H01M',
      level: 'subclass',
      title: 'PROCESSES OR MEANS',
    });
    expect(lookupClassTitle('H01B', table)).toEqual({
      symbol: 'H01',
      level: 'class',
      title: 'BASIC ELECTRIC ELEMENTS',
    });
    expect(lookupClassTitle('H02J7/00', table)).toEqual({
      symbol: 'H',
      level: 'section',
      title: 'ELECTRICITY',
    });
    expect(lookupClassTitle('A01B', table)).toBeUndefined();
  });

  it('rejects a malformed line with its number', () => {
    expect(() => tableOf('symbol\tlevel\ttitle_en\nH01M\tgroup\tX\n')).toThrow(
      'test.tsv: line 2: expected symbol, level and title separated by tabs',
    );
  });
});

describe('the shipped table', () => {
  const table = shippedClassTitles();

  it('holds the IPC down to main groups and the CPC Y subclasses', () => {
    expect(table.counts).toEqual({ section: 9, class: 133, subclass: 654, main_group: 7483 });
    expect(lookupClassTitle('H01M 10/0525', table)).toEqual({
      symbol: 'H01M10/00',
      level: 'main_group',
      title: 'Secondary cells; Manufacture thereof',
    });
    expect(lookupClassTitle('H02S40/38', table)?.title).toBe(
      'Components or accessories in combination with PV modules, not provided for in groups H02S 10/00-H02S 30/00',
    );
    expect(lookupClassTitle('Y02E60/10', table)).toEqual({
      symbol: 'Y02E',
      level: 'subclass',
      title:
        'REDUCTION OF GREENHOUSE GAS [GHG] EMISSIONS, RELATED TO ENERGY GENERATION, TRANSMISSION OR DISTRIBUTION',
    });
  });

  it('keeps the title text without its cross-references', () => {
    // WIPO: "SOIL WORKING IN AGRICULTURE OR FORESTRY; … IN GENERAL (making or covering furrows … A01C 5/00; …)"
    expect(lookupClassTitle('A01B', table)?.title).toBe(
      'SOIL WORKING IN AGRICULTURE OR FORESTRY; PARTS, DETAILS, OR ACCESSORIES OF AGRICULTURAL MACHINES OR IMPLEMENTS, IN GENERAL',
    );
  });
});
