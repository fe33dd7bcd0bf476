import type { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { toElements } from '@web/src/graph/to-elements';
import { describe, expect, it } from 'vitest';
import { coInventorMap } from './co-inventor-map';

const network: CoInventorNetworkResponse = {
  dateBasis: 'priority',
  basis: { code: 'map.measure.coInventors', params: { dateBasis: 'priority' }, text: 'Node size = families' },
  scopeInventors: 10,
  inventors: [
    { key: 'xu peng', name: '徐鹏', families: 24, applicants: [{ key: 'qh', name: '启衡', families: 20 }] },
    { key: 'zhu qiang', name: '朱强', families: 6, applicants: [] },
    { key: 'li na', name: '李娜', families: 3, applicants: [] },
  ],
  links: [{ source: 'xu peng', target: 'zhu qiang', sharedFamilies: 5 }],
  linkRule: {
    code: 'note.coInventorLinkRule',
    params: { topInventors: 3, minSharedFamilies: 1 },
    text: '≥ 1',
  },
  truncated: { inventors: true, leftOut: 7 },
  note: {
    code: 'map.topInventors',
    params: { shownInventors: 3, totalInventors: 10, leftOut: 7 },
    text: '7 left out',
  },
};

describe('co-inventor network → map data', () => {
  it('makes one inventor node per inventor and one edge per co-invented pair', () => {
    const map = coInventorMap(network);
    expect(map.nodes.map((n) => [n.id, n.kind, n.label, n.weight])).toEqual([
      ['inventor:xu peng', 'inventor', '徐鹏', 24],
      ['inventor:zhu qiang', 'inventor', '朱强', 6],
      ['inventor:li na', 'inventor', '李娜', 3],
    ]);
    expect(map.edges).toEqual([
      { id: 'co:xu peng|zhu qiang', source: 'inventor:xu peng', target: 'inventor:zhu qiang', weight: 5 },
    ]);
    expect(map).toMatchObject({ measure: network.basis, truncated: true, note: network.note });
  });

  it('keeps every edge when drawn (both ends are nodes)', () => {
    expect(toElements(coInventorMap(network)).droppedEdgeIds).toEqual([]);
  });

  it('has no note when nobody was left out', () => {
    const whole = { ...network, truncated: { inventors: false, leftOut: 0 }, note: undefined };
    expect(coInventorMap(whole)).not.toHaveProperty('note');
  });
});
