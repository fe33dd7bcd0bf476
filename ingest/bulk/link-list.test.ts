import { describe, expect, it } from 'vitest';
import { Interner, LinkList } from './link-list';

describe('LinkList: one link array per patent, a Map-like view per kind', () => {
  it('keeps kinds apart, first-addition order, replaces in place and deletes', () => {
    const holder = { links: [] as unknown[] };
    const filed = new LinkList(holder, 0);
    const cites = new LinkList(holder, 5);
    filed.set('a', { order: 0 });
    cites.set('a', { via: 'cites' });
    filed.set('b', { order: 1 });
    expect([...filed]).toEqual([
      ['a', { order: 0 }],
      ['b', { order: 1 }],
    ]);
    expect(cites.get('a')).toEqual({ via: 'cites' });
    expect(cites.size).toBe(1);
    filed.set('a', { order: 2 });
    expect(filed.entries().map(([key]) => key)).toEqual(['a', 'b']);
    expect(filed.get('a')).toEqual({ order: 2 });
    expect(filed.delete('a')).toBe(true);
    expect(filed.delete('a')).toBe(false);
    expect(filed.values()).toEqual([{ order: 1 }]);
    // Exactly as long as the links need (no growth slack).
    expect(holder.links).toHaveLength(6);
  });

  it('interns equal link properties and lists as one frozen value', () => {
    const interner = new Interner();
    const a = interner.link({ source: 'lens', datasets: ['x'], order: 1 });
    const b = interner.link({ source: 'lens', datasets: ['x'], order: 1 });
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.datasets).toBe(interner.list(['x']));
    expect(interner.link({ source: 'lens', datasets: ['x'], order: '1' })).not.toBe(a);
    expect(interner.link({ source: 'lens', datasets: ['x', 'y'], order: 1 })).not.toBe(a);
  });
});
