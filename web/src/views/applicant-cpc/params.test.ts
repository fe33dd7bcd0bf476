import { describe, expect, it } from 'vitest';
import { limitParam, readParams } from './params';

describe('applicant–CPC view parameters', () => {
  it('reads layout, selection and allowed limits', () => {
    expect(
      readParams({ layout: 'grid', sel: 'applicant:byd', topApplicants: '50', topClasses: '10' }),
    ).toStrictEqual({
      limits: { topApplicants: 50, topClasses: 10 },
      layout: 'grid',
      selected: 'applicant:byd',
    });
  });

  it('falls back to the defaults for limits outside the choices', () => {
    expect(readParams({ topApplicants: '7', topClasses: 'many' })).toStrictEqual({
      limits: { topApplicants: 20, topClasses: 30 },
    });
  });

  it('leaves default limits out of the URL', () => {
    expect([
      limitParam(20, 'topApplicants'),
      limitParam(50, 'topApplicants'),
      limitParam(30, 'topClasses'),
    ]).toEqual([undefined, '50', undefined]);
  });
});
