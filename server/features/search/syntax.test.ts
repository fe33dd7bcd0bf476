import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_TERMS, parseSearch, printSearch } from './syntax';
import { SearchSyntaxError } from './syntax-tokens';

function problemOf(q: string) {
  try {
    parseSearch(q);
  } catch (error) {
    if (error instanceof SearchSyntaxError)
      return { code: error.code, position: error.position, field: error.field };
    throw error;
  }
  throw new Error(`parsed without a problem: ${q}`);
}

describe('parseSearch', () => {
  it('reads fields, phrases, ranges and the implicit AND', () => {
    expect(parseSearch('ti:anode pa:"BYD Co" ad:[2018 TO 2020]')).toEqual({
      kind: 'and',
      children: [
        { kind: 'text', field: 'ti', value: 'anode', position: 0 },
        { kind: 'applicant', value: 'BYD Co', position: 9 },
        { kind: 'date', field: 'ad', from: '2018-01-01', to: '2020-12-31', position: 21 },
      ],
    });
  });

  it('binds NOT tighter than AND and AND tighter than OR', () => {
    expect(printSearch(parseSearch('a OR b AND NOT c'))).toBe('"a" OR "b" AND NOT "c"');
    expect(parseSearch('a OR b AND NOT c')).toEqual({
      kind: 'or',
      children: [
        { kind: 'text', field: 'any', value: 'a', position: 0 },
        {
          kind: 'and',
          children: [
            { kind: 'text', field: 'any', value: 'b', position: 5 },
            { kind: 'not', child: { kind: 'text', field: 'any', value: 'c', position: 15 } },
          ],
        },
      ],
    });
  });

  it('keeps parentheses and writes the reading back with explicit operators', () => {
    expect(printSearch(parseSearch('(ti:silicon OR ab:硅) cpc:h01m4 NOT pd:2021..'))).toBe(
      '(ti:"silicon" OR ab:"硅") AND cpc:H01M4 AND NOT pd:[2021-01-01 TO *]',
    );
  });

  it('reads every date form', () => {
    expect(parseSearch('pd:2019')).toEqual({
      kind: 'date',
      field: 'pd',
      from: '2019-01-01',
      to: '2019-12-31',
      position: 0,
    });
    expect(parseSearch('ad:2018..2020-06')).toEqual({
      kind: 'date',
      field: 'ad',
      from: '2018-01-01',
      to: '2020-06-30',
      position: 0,
    });
    expect(parseSearch('ad:[20200229 TO *]')).toEqual({
      kind: 'date',
      field: 'ad',
      from: '2020-02-29',
      to: null,
      position: 0,
    });
  });

  it('treats lower-case operators and colons inside words as words', () => {
    expect(parseSearch('cell and 10:1')).toEqual({
      kind: 'and',
      children: [
        { kind: 'text', field: 'any', value: 'cell', position: 0 },
        { kind: 'text', field: 'any', value: 'and', position: 5 },
        { kind: 'text', field: 'any', value: '10:1', position: 9 },
      ],
    });
  });

  it('names the code, position and field of each problem', () => {
    expect(problemOf('ti:anode AND xx:1')).toEqual({ code: 'unknownField', position: 13, field: 'xx' });
    expect(problemOf('ad:[2020 TO 2018]')).toEqual({ code: 'badDateRange', position: 0, field: 'ad' });
    expect(problemOf('ti:a ad:[2020 TO 2018')).toEqual({ code: 'badDateRange', position: 8, field: 'ad' });
    expect(problemOf('pd:2020-13-01')).toEqual({ code: 'badDate', position: 0, field: 'pd' });
    expect(problemOf('pd:2021-02-29')).toEqual({ code: 'badDate', position: 0, field: 'pd' });
    expect(problemOf('cpc:12')).toEqual({ code: 'badClass', position: 0, field: 'cpc' });
    expect(problemOf('ti:"open phrase')).toEqual({ code: 'unclosedQuote', position: 3, field: 'ti' });
    expect(problemOf('(a OR b')).toEqual({ code: 'unclosedParenthesis', position: 0, field: null });
    expect(problemOf('a OR b)')).toEqual({ code: 'unexpectedParenthesis', position: 6, field: null });
    expect(problemOf('a AND OR b')).toEqual({ code: 'missingOperand', position: 6, field: null });
    expect(problemOf('a AND')).toEqual({ code: 'missingOperand', position: 5, field: null });
    expect(problemOf('ti: x')).toEqual({ code: 'emptyValue', position: 0, field: 'ti' });
    expect(problemOf('cl:text')).toEqual({ code: 'reservedClaimWord', position: 0, field: 'cl' });
    expect(problemOf('x'.repeat(501))).toEqual({ code: 'tooLong', position: 500, field: null });
  });

  it('bounds terms and nesting without recursion limits', () => {
    const terms = Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(problemOf(terms).code).toBe('tooManyTerms');
    expect(problemOf(`${'('.repeat(MAX_DEPTH + 1)}a${')'.repeat(MAX_DEPTH + 1)}`)).toEqual({
      code: 'tooDeep',
      position: MAX_DEPTH,
      field: null,
    });
    expect(printSearch(parseSearch(`${'('.repeat(MAX_DEPTH)}a${')'.repeat(MAX_DEPTH)}`))).toBe('"a"');
  });
});
