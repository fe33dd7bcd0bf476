import { describe, expect, it } from 'vitest';
import { chooseChain } from './chain-choice';
import { applicantKey, keyList, keyListParam, oneOf, unlessDefault } from './params';

describe('navigation view parameters', () => {
  it('keeps a value only when it is one of the choices', () => {
    expect(oneOf('rta', ['families', 'share', 'rta'] as const, 'families')).toBe('rta');
    expect(oneOf('bogus', ['families', 'share'] as const, 'families')).toBe('families');
    expect(oneOf(undefined, ['families'] as const, 'families')).toBe('families');
  });

  it('reads key lists without blanks or repeats, up to the API limit, and writes them back', () => {
    expect(keyList(' catl, byd,,catl ,lg ', 2)).toEqual(['catl', 'byd']);
    expect(keyList(undefined, 10)).toEqual([]);
    expect(keyListParam(keyList('a,b', 10))).toBe('a,b');
    expect(keyListParam([])).toBeUndefined();
  });

  it('drops an empty or oversized applicant key', () => {
    expect(applicantKey(' catl ')).toBe('catl');
    expect(applicantKey('')).toBeUndefined();
    expect(applicantKey('x'.repeat(201))).toBeUndefined();
  });

  it('leaves defaults out of the URL', () => {
    expect([unlessDefault('families', 'families'), unlessDefault('rta', 'families')]).toEqual([
      undefined,
      'rta',
    ]);
  });
});

describe('chain choice', () => {
  const chain = (id: string, families: number) => ({
    id,
    name: { zh: id, en: id },
    version: null,
    source: null,
    segments: 3,
    branches: 10,
    leafBranches: 8,
    families,
  });
  const chains = [chain('drones', 0), chain('ev', 862), chain('lithium-battery', 733)];

  it('takes the chain of the scope filter when it exists', () => {
    expect(chooseChain(chains, 'drones')?.id).toBe('drones');
  });

  it('otherwise takes the chain with the most families', () => {
    expect(chooseChain(chains, 'unknown')?.id).toBe('ev');
    expect(chooseChain(chains, undefined)?.id).toBe('ev');
    expect(chooseChain([], undefined)).toBeUndefined();
  });
});
