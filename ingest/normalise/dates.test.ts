import { describe, expect, it } from 'vitest';
import { addYears, excelSerialToIso, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2020-01-01', '2020-01-01'],
    ['2020.01.01', '2020-01-01'],
    ['2020/1/1', '2020-01-01'],
    ['20200101', '2020-01-01'],
    ['2020年1月1日', '2020-01-01'],
    ['25/04/13', '2013-04-25'],
    ['21/09/76', '1976-09-21'],
    ['43831', '2020-01-01'],
    ['19980800', '1998-08-01'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw, 'date')).toBe(iso);
  });

  it('reads Excel serial numbers and Date objects', () => {
    expect(parseDate(43831, 'date')).toBe('2020-01-01');
    expect(excelSerialToIso(44348)).toBe('2021-06-01');
    expect(parseDate(new Date(Date.UTC(2020, 0, 1)), 'date')).toBe('2020-01-01');
  });

  it('honours month-first order when asked', () => {
    expect(parseDate('04/25/2013', 'date', 'mdy')).toBe('2013-04-25');
  });

  it('gives undefined for blanks and placeholders and throws a field error for nonsense', () => {
    expect(parseDate('', 'date')).toBeUndefined();
    expect(parseDate('-', 'date')).toBeUndefined();
    expect(() => parseDate('31/02/09', 'applicationDate')).toThrow(
      expect.objectContaining({
        name: 'InvalidFieldError',
        code: 'BAD_APPLICATION_DATE',
        field: 'applicationDate',
        message: 'unreadable date "31/02/09"',
      }),
    );
  });

  it.each([
    ['publicationDate', 'BAD_PUBLICATION_DATE'],
    ['applicationDate', 'BAD_APPLICATION_DATE'],
    ['filing_date', 'BAD_APPLICATION_DATE'],
    ['earliestPriorityDate', 'BAD_PRIORITY_DATE'],
    ['priorityDates', 'BAD_PRIORITY_DATE'],
    ['grantDate', 'BAD_GRANT_DATE'],
    ['patent_date', 'BAD_GRANT_DATE'],
    ['date', 'BAD_DATE'],
    ['legal date', 'BAD_DATE'],
  ] as const)('rejects an unreadable %s with %s', (field, code) => {
    expect(() => parseDate('2020-13-45', field)).toThrow(
      expect.objectContaining({ code, field, message: 'unreadable date "2020-13-45"' }),
    );
  });

  it('adds years', () => {
    expect(addYears('2020-10-09', 20)).toBe('2040-10-09');
  });
});
