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

  it('gives a WO (PCT) publication no expiry date, and says why', () => {
    expect(estimateExpiry(input('WO', 'invention', { applicationDate: '2020-10-09' }))).toEqual({
      basis:
        'WO international (PCT) application: never in force itself, so no expiry; terms run in the national or regional phase (CN, EP, US … members of its family)',
    });
    expect(estimateExpiry(input('WO', 'unknown', { applicationDate: '2020-10-09' })).date).toBeUndefined();
  });

  it('gives a US design filed before 2015-05-13 14 years from grant, and says when the grant date is missing', () => {
    expect(
      estimateExpiry(input('US', 'design', { applicationDate: '2015-05-12', grantDate: '2016-01-05' })),
    ).toEqual({
      date: '2030-01-05',
      basis: 'US design (14 y from grant, filed before 2015-05-13): 14 years from grant 2016-01-05',
    });
    expect(estimateExpiry(input('US', 'design', { applicationDate: '2016-03-01' }))).toEqual({
      basis: 'US design (15 y from grant, filed from 2015-05-13): no grant date',
    });
  });
});
