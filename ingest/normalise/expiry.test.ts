import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../record';
import { estimateExpiry } from './expiry';

function input(
  office: string,
  type: PatentRecord['type'],
  dates: { applicationDate?: string; grantDate?: string },
) {
  return { publication: { id: `${office}1`, office, number: '1' }, type, ...dates };
}

describe('estimateExpiry', () => {
  it('applies the CN terms', () => {
    expect(estimateExpiry(input('CN', 'invention', { applicationDate: '2020-10-09' }))).toEqual({
      date: '2040-10-09',
      basis: 'CN invention: 20 years from filing 2020-10-09',
    });
    expect(estimateExpiry(input('CN', 'utility_model', { applicationDate: '2020-09-01' })).date).toBe(
      '2030-09-01',
    );
    expect(estimateExpiry(input('CN', 'design', { applicationDate: '2021-05-31' })).date).toBe('2031-05-31');
    expect(estimateExpiry(input('CN', 'design', { applicationDate: '2021-06-01' })).date).toBe('2036-06-01');
  });

  it('applies the US design terms from grant, and 20 years from filing for inventions elsewhere', () => {
    expect(
      estimateExpiry(input('US', 'design', { applicationDate: '2015-05-12', grantDate: '2016-01-05' })).date,
    ).toBe('2030-01-05');
    expect(
      estimateExpiry(input('US', 'design', { applicationDate: '2016-03-01', grantDate: '2019-02-05' })).date,
    ).toBe('2034-02-05');
    expect(estimateExpiry(input('EP', 'invention', { applicationDate: '2010-06-24' })).date).toBe(
      '2030-06-24',
    );
  });

  it('says why when the date it counts from is missing', () => {
    expect(estimateExpiry(input('US', 'invention', {}))).toEqual({ basis: 'US invention: no filing date' });
  });
});
