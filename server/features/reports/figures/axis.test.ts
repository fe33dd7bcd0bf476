import { describe, expect, it } from 'vitest';
import { labelStep, niceTicks } from './axis';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^k from 0 to at least the maximum', () => {
    expect(niceTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives [0, 1] when there is nothing to scale', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('thins labels to the room available', () => {
    expect(labelStep(10, 16)).toBe(1);
    expect(labelStep(40, 16)).toBe(3);
  });
});
