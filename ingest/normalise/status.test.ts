import { describe, expect, it } from 'vitest';
import { inactiveReasonOf, normaliseLegalStatus } from './legal-status';
import { isGrantedKind, patentType } from './patent-type';

describe('normaliseLegalStatus', () => {
  it.each([
    ['有效', 'active'],
    ['授权', 'active'],
    ['审中', 'pending'],
    ['实质审查', 'pending'],
    ['公开', 'pending'],
    ['失效', 'inactive'],
    ['驳回', 'inactive'],
    ['撤回', 'inactive'],
    ['期限届满', 'inactive'],
    ['未缴年费', 'inactive'],
    ['无效', 'inactive'],
    ['授权;未缴年费专利权终止', 'inactive'],
    ['实质审查;授权', 'active'],
    ['ACTIVE', 'active'],
    ['Pending', 'pending'],
    ['Expired', 'inactive'],
    ['Lapsed', 'inactive'],
    ['Granted', 'active'],
    ['Withdrawn', 'inactive'],
    ['DISCONTINUED', 'inactive'],
    ['whatever', 'unknown'],
  ])('%s → %s', (raw, status) => {
    expect(normaliseLegalStatus(raw)).toEqual({ status, raw });
  });

  it('gives unknown without raw for blanks', () => {
    expect(normaliseLegalStatus('')).toEqual({ status: 'unknown' });
  });
});

describe('inactiveReasonOf', () => {
  it.each([
    ['期限届满', 'expired'],
    ['Expired', 'expired'],
    ['未缴年费', 'lapsed'],
    ['授权;未缴年费专利权终止', 'lapsed'],
    ['Lapsed', 'lapsed'],
    ['撤销', 'revoked'],
    ['Revoked', 'revoked'],
    ['撤回', 'withdrawn'],
    ['Withdrawn', 'withdrawn'],
    ['实质审查;驳回', 'refused'],
    ['Refused', 'refused'],
    ['驳回;撤回', 'withdrawn'],
    ['失效', undefined],
    ['INACTIVE', undefined],
    ['DISCONTINUED', undefined],
  ])('%s → %s', (raw, reason) => {
    expect(inactiveReasonOf(raw, [])).toBe(reason);
  });

  it('falls back to the latest legal event that names a reason', () => {
    const events = [
      { code: 'EP', description: 'Lapse because of non-payment of due fees' },
      { code: 'transfer' },
      { code: 'EXPIRY', date: '2024-01-01' },
    ];
    expect(inactiveReasonOf('INACTIVE', events)).toBe('expired');
    expect(inactiveReasonOf(undefined, events.slice(0, 2))).toBe('lapsed');
    expect(inactiveReasonOf('Withdrawn', events)).toBe('withdrawn');
    expect(inactiveReasonOf('失效', [{ code: 'transfer' }])).toBeUndefined();
  });
});

describe('patentType / isGrantedKind', () => {
  it('reads type from office and kind', () => {
    expect(patentType('CN', 'U', '212345678')).toBe('utility_model');
    expect(patentType('CN', 'S', '305123456')).toBe('design');
    expect(patentType('CN', 'B', '112345678')).toBe('invention');
    expect(patentType('US', 'S1', 'D533981')).toBe('design');
    expect(patentType('US', 'B2', '10123456')).toBe('invention');
    expect(patentType('CN', 'A', '1', '实用新型')).toBe('utility_model');
  });

  it('knows which kinds are grants', () => {
    expect(isGrantedKind('CN', 'A')).toBe(false);
    expect(isGrantedKind('CN', 'U')).toBe(true);
    expect(isGrantedKind('US', 'B2')).toBe(true);
    expect(isGrantedKind('WO', 'A1')).toBe(false);
    expect(isGrantedKind('EP', 'B1')).toBe(true);
  });
});
