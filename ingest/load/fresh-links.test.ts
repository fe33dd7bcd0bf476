import { describe, expect, it } from 'vitest';
import { CREATE_FRESH_LINKS, freshLinkRows, isFresh } from './fresh-links';
import type { LinkGroupRow } from './link-groups';
import { LINK_KIND_NAMES, type LinkKindName } from './link-statements';

const group = (id: string, keys: string[]): LinkGroupRow<{ key: string }> => ({
  id,
  source: 'lens',
  rank: 1,
  sourceFile: 'lens.csv',
  keys,
  items: keys.map((key) => ({ key })),
});

const noGroups = () =>
  Object.fromEntries(LINK_KIND_NAMES.map((name) => [name, []])) as unknown as Record<
    LinkKindName,
    Array<LinkGroupRow<{ key: string }>>
  >;

describe('fresh links', () => {
  it('is fresh for a kind only without any outgoing relationship of its type', () => {
    const held = new Map([['P1', new Set(['CITES', 'FILED_IN'])]]);
    expect(isFresh(held, 'citations', 'P1')).toBe(false);
    expect(isFresh(held, 'filedBy', 'P1')).toBe(true);
    expect(isFresh(held, 'citations', 'P2')).toBe(true);
    // IPC and CPC share CLASSIFIED_AS: a CPC link makes IPC not fresh either.
    const classified = new Map([['P1', new Set(['CLASSIFIED_AS'])]]);
    expect(isFresh(classified, 'ipcLinks', 'P1')).toBe(false);
    expect(isFresh(classified, 'cpcLinks', 'P1')).toBe(false);
  });

  it('gives one row per patent with the kinds it is fresh for, and leaves the others to the replacing path', () => {
    const groups = noGroups();
    groups.filedBy = [group('P1', ['a']), group('P2', ['b'])];
    groups.citations = [group('P1', ['X', 'Y'])];
    const rows = freshLinkRows(groups, new Map([['P1', new Set(['CITES'])]]));
    expect(rows).toEqual([
      { id: 'P1', source: 'lens', sourceFile: 'lens.csv', filedBy: [{ key: 'a' }] },
      { id: 'P2', source: 'lens', sourceFile: 'lens.csv', filedBy: [{ key: 'b' }] },
    ]);
  });

  it('creates every kind in one statement, each in its own subquery', () => {
    expect(CREATE_FRESH_LINKS.match(/CALL \(p, row\)/g)).toHaveLength(LINK_KIND_NAMES.length);
    expect(CREATE_FRESH_LINKS).not.toMatch(/MERGE \(p\)/);
  });
});
