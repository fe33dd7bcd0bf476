import { describe, expect, it } from 'vitest';
import { DistinctFamilyCounter } from './landscape-counting';

describe('DistinctFamilyCounter', () => {
  it('counts a family once per key, ranks by families then lower id, and starts afresh after takeTop', () => {
    const counter = new DistinctFamilyCounter(5);
    // Family 1: keys 3, 3 (one family, counted once), 1; family 2: keys 1, 4; family 3: key 4.
    for (const keys of [[3, 3, 1], [1, 4], [4]]) {
      counter.nextFamily();
      for (const key of keys) counter.add(key);
    }
    expect(counter.takeTop(2)).toEqual([
      { key: 1, families: 2 },
      { key: 4, families: 2 },
    ]);
    // The next request sees none of the previous counts, even for the same family order.
    counter.nextFamily();
    counter.add(3);
    expect(counter.takeTop(5)).toEqual([{ key: 3, families: 1 }]);
  });
});
