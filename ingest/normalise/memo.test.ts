import { describe, expect, it } from 'vitest';
import { MemoTable } from './memo';

describe('MemoTable', () => {
  it('computes once per key and hands out copies that can be edited safely', () => {
    const table = new MemoTable<{ name: string }>();
    let calls = 0;
    const compute = () => {
      calls += 1;
      return { name: 'ACME' };
    };
    const first = table.get('acme', compute)!;
    first.name = 'cut';
    expect(table.get('acme', compute)).toEqual({ name: 'ACME' });
    expect(calls).toBe(1);
  });

  it('remembers undefined results and starts again when full', () => {
    const table = new MemoTable<{ n: number }>(2);
    let calls = 0;
    const none = () => {
      calls += 1;
      return undefined;
    };
    expect(table.get('a', none)).toBeUndefined();
    expect(table.get('a', none)).toBeUndefined();
    expect(calls).toBe(1);
    table.get('b', () => ({ n: 2 }));
    expect(table.get('c', () => ({ n: 3 }))).toEqual({ n: 3 });
    expect(table.get('a', none)).toBeUndefined();
    expect(calls).toBe(2);
  });
});
