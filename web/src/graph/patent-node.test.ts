import { describe, expect, it } from 'vitest';
import { patentIdOfNode } from './patent-node';

describe('patentIdOfNode', () => {
  it('reads the publication number of patent nodes only', () => {
    expect(patentIdOfNode({ id: 'patent:CN112345678A', kind: 'patent', details: {} })).toBe('CN112345678A');
    expect(patentIdOfNode({ id: 'US10000001B2', kind: 'patent', details: {} })).toBe('US10000001B2');
    expect(patentIdOfNode({ id: 'p1', kind: 'patent', details: { id: 'EP3000000A1' } })).toBe('EP3000000A1');
    expect(patentIdOfNode({ id: 'applicant:catl', kind: 'applicant', details: {} })).toBeUndefined();
  });
});
