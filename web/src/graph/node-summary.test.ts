import type { MapData, MapNode } from '@graph-schema/dto/map';
import { describe, expect, it } from 'vitest';
import { summarizeNode } from './node-summary';

const node = (id: string, kind: MapNode['kind'], weight: number): MapNode => ({
  id,
  kind,
  label: id,
  weight,
  details: {},
});
const map: MapData = {
  nodes: [
    node('a1', 'applicant', 50),
    node('H01M', 'cpc', 90),
    node('H02J', 'cpc', 30),
    node('B60L', 'cpc', 30),
  ],
  edges: [
    { id: 'e1', source: 'a1', target: 'H02J', weight: 5 },
    { id: 'e2', source: 'a1', target: 'H01M', weight: 40 },
    { id: 'e3', source: 'a1', target: 'B60L', weight: 5 },
  ],
  measure: { code: 'map.measure.citations', params: {}, text: 'families' },
  truncated: false,
};

describe('summarizeNode', () => {
  it('ranks neighbours by link weight, then by label', () => {
    const summary = summarizeNode(map, 'a1', 2);
    expect(summary).toStrictEqual({
      node: map.nodes[0],
      neighbours: [
        { node: map.nodes[1], weight: 40 },
        { node: map.nodes[3], weight: 5 },
      ],
    });
  });

  it('finds neighbours from the target side too and is undefined for unknown ids', () => {
    expect(summarizeNode(map, 'H01M')?.neighbours).toStrictEqual([{ node: map.nodes[0], weight: 40 }]);
    expect(summarizeNode(map, 'nope')).toBeUndefined();
  });
});
