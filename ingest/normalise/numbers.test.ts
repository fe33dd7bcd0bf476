import { describe, expect, it } from 'vitest';
import { parseDocNumber, parsePriorityNumber } from './numbers';

describe('parseDocNumber', () => {
  it.each([
    ['CN112345678A', { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' }],
    ['CN 112345678 A', { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' }],
    ['US 2019/0123456 A1', { id: 'US20190123456A1', office: 'US', number: '20190123456', kind: 'A1' }],
    ['US2019123456A1', { id: 'US20190123456A1', office: 'US', number: '20190123456', kind: 'A1' }],
    ['US-10123456-B2', { id: 'US10123456B2', office: 'US', number: '10123456', kind: 'B2' }],
    ['US06859910', { id: 'US6859910', office: 'US', number: '6859910' }],
    ['US D533981 S1', { id: 'USD533981S1', office: 'US', number: 'D533981', kind: 'S1' }],
    ['EP 2 400 812 A1', { id: 'EP2400812A1', office: 'EP', number: '2400812', kind: 'A1' }],
    ['WO 2019/123456 A1', { id: 'WO2019123456A1', office: 'WO', number: '2019123456', kind: 'A1' }],
    ['WO 01/12345 A1', { id: 'WO2001012345A1', office: 'WO', number: '2001012345', kind: 'A1' }],
    ['JP2019-123456A', { id: 'JP2019123456A', office: 'JP', number: '2019123456', kind: 'A' }],
    ['KR10-1234567-B1', { id: 'KR101234567B1', office: 'KR', number: '101234567', kind: 'B1' }],
    ['ＣＮ１１２３４５６７８Ａ', { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' }],
  ])('%s', (raw, expected) => {
    expect(parseDocNumber(raw)).toEqual(expected);
  });

  it('reads CN application numbers with check digit and ZL prefix, dropping the check digit', () => {
    const expected = { id: 'CN201910123456', office: 'CN', number: '201910123456' };
    expect(parseDocNumber('CN 201910123456.7')).toEqual(expected);
    expect(parseDocNumber('ZL201910123456.X')).toEqual(expected);
    expect(parseDocNumber('201910123456.7')).toEqual(expected);
  });

  it('reads PCT application numbers', () => {
    expect(parseDocNumber('PCT/EP2014/078449')).toEqual({
      id: 'PCT/EP2014/078449',
      office: 'WO',
      number: 'EP2014/078449',
    });
    expect(parseDocNumber('WOPCT/JP2016/066040')?.id).toBe('PCT/JP2016/066040');
  });

  it('uses office and kind hints for bare numbers, and refuses numbers without an office', () => {
    expect(parseDocNumber('112345678', { office: 'CN', kind: 'A' })?.id).toBe('CN112345678A');
    expect(parseDocNumber('112345678')).toBeUndefined();
    expect(parseDocNumber('not-a-number')).toBeUndefined();
  });

  it('keeps US application serials as filed', () => {
    expect(parseDocNumber('US 09123456', { role: 'application' })?.id).toBe('US09123456');
  });

  it('keys a DOCDB US application (filing year + series code + serial) like the USPTO serial', () => {
    expect(parseDocNumber('US 201462012345 P', { role: 'application' })).toEqual({
      id: 'US62012345',
      office: 'US',
      number: '62012345',
      kind: 'P',
    });
    expect(parseDocNumber('US 200109876376 A', { role: 'application' })?.id).toBe('US09876376');
    expect(parseDocNumber('US62012345', { role: 'application' })?.id).toBe('US62012345');
  });

  it('keys an EPODOC EP application (four-digit year + zero + serial) like the DOCDB one', () => {
    expect(parseDocNumber('EP20100167109', { role: 'application' })?.id).toBe('EP10167109');
    expect(parseDocNumber('EP 10167109 A', { role: 'application' })?.id).toBe('EP10167109');
    // A publication number of the same length is not an application.
    expect(parseDocNumber('EP20100167109')?.id).toBe('EP20100167109');
  });
});

describe('parsePriorityNumber', () => {
  it('splits the Lens priority form into number and date', () => {
    expect(parsePriorityNumber('US 201161550506 P 20111024')).toEqual({
      number: { id: 'US61550506', office: 'US', number: '61550506', kind: 'P' },
      date: '2011-10-24',
    });
  });
});

describe('parsePriorityNumber: dates checked like any other date, PATENTSCOPE spelling', () => {
  it('throws BAD_PRIORITY_DATE for an impossible date glued to a Lens priority number', () => {
    expect(() => parsePriorityNumber('US 201161550506 P 20111345')).toThrow(
      expect.objectContaining({ code: 'BAD_PRIORITY_DATE', field: 'priorityNumbers' }),
    );
  });

  it('reads PATENTSCOPE "number dd.mm.yyyy office" and rejects an impossible date in it', () => {
    expect(parsePriorityNumber('201911234567.8 09.10.2019 CN')).toEqual({
      number: { id: 'CN201911234567', office: 'CN', number: '201911234567' },
      date: '2019-10-09',
    });
    expect(parsePriorityNumber('2019-123456 31.01.2019 JP')).toEqual({
      number: { id: 'JP2019123456', office: 'JP', number: '2019123456' },
      date: '2019-01-31',
    });
    expect(() => parsePriorityNumber('201911234567.8 31.02.2019 CN')).toThrow(
      expect.objectContaining({ code: 'BAD_PRIORITY_DATE', field: 'priorityNumbers' }),
    );
  });
});

describe('parseDocNumber edge cases', () => {
  it('does not mistake a 9-digit CN publication for an application with check digit', () => {
    expect(parseDocNumber('CN112345678', { kind: 'A' })?.id).toBe('CN112345678A');
  });

  it('leaves the kind out of application ids', () => {
    expect(parseDocNumber('CN 202011234567 A', { role: 'application' })).toEqual({
      id: 'CN202011234567',
      office: 'CN',
      number: '202011234567',
      kind: 'A',
    });
  });
});
