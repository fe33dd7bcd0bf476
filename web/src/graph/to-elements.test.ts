import type { MapData } from '@graph-schema/dto/map';
import { describe, expect, it } from 'vitest';
import {
  ALL_LABELS_MAX_NODES,
  BIG_MAP_LABELLED_NODES,
  hasAllPositions,
  labelledNodeIds,
  scaleBySqrt,
  toElements,
  UNLABELLED_CLASS,
} from './to-elements';

const map: MapData = {
  nodes: [
    { id: 'applicant:catl', kind: 'applicant', label: '宁德时代', weight: 100, details: { country: 'CN' } },
    { id: 'cpc:H01M', kind: 'cpc', label: 'H01M', weight: 25, details: {}, position: { x: 10, y: -5 } },
  ],
  edges: [
    { id: 'e1', source: 'applicant:catl', target: 'cpc:H01M', weight: 40 },
    { id: 'e2', source: 'applicant:catl', target: 'cpc:GONE', weight: 3 },
  ],
  measure: { code: 'map.measure.applicantCpc', params: { dateBasis: 'priority' }, text: 'families' },
  truncated: false,
};

describe('toElements', () => {
  it('puts sizes, colours and shapes into element data and drops dangling edges', () => {
    expect(toElements(map)).toStrictEqual({
      elements: [
        {
          group: 'nodes',
          data: {
            id: 'applicant:catl',
            label: '宁德时代',
            kind: 'applicant',
            weight: 100,
            size: 84,
            color: '#0072B2',
            shape: 'ellipse',
          },
        },
        {
          group: 'nodes',
          data: {
            id: 'cpc:H01M',
            label: 'H01M',
            kind: 'cpc',
            weight: 25,
            size: 51,
            color: '#E69F00',
            shape: 'round-rectangle',
          },
          position: { x: 10, y: -5 },
          scratch: { _presetPosition: { x: 10, y: -5 } },
        },
        {
          group: 'edges',
          data: {
            id: 'e1',
            source: 'applicant:catl',
            target: 'cpc:H01M',
            weight: 40,
            width: 10,
            opacity: 0.8,
          },
        },
      ],
      droppedEdgeIds: ['e2'],
    });
  });

  it('handles an empty map', () => {
    expect(toElements({ ...map, nodes: [], edges: [] })).toStrictEqual({ elements: [], droppedEdgeIds: [] });
  });
});

describe('labelledNodeIds', () => {
  const nodesOf = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `n${String(i).padStart(5, '0')}`,
      kind: 'cpc' as const,
      label: `L${i}`,
      // Weights repeat every 500 nodes, so ties are broken by id.
      weight: (i % 500) + 1,
      details: {},
    }));

  it('labels every node of a map up to the limit', () => {
    expect(labelledNodeIds(nodesOf(ALL_LABELS_MAX_NODES)).size).toBe(ALL_LABELS_MAX_NODES);
  });

  it('labels only the heaviest nodes of a bigger map, ties by id, and marks the rest with a class', () => {
    const nodes = nodesOf(ALL_LABELS_MAX_NODES + 1);
    const labelled = labelledNodeIds(nodes);
    expect(labelled.size).toBe(BIG_MAP_LABELLED_NODES);
    // Weights 500 down to 351 appear at i and i + 500 (and i + 1000 for weight 1 only): 150 weights × 2.
    expect([...labelled].every((id) => (Number(id.slice(1)) % 500) + 1 > 500 - 150)).toBe(true);
    const elements = toElements({ ...map, nodes, edges: [] }).elements;
    const unlabelled = elements.filter((element) => element.classes === UNLABELLED_CLASS);
    expect(unlabelled).toHaveLength(nodes.length - BIG_MAP_LABELLED_NODES);
    expect(unlabelled.every((element) => !labelled.has(String(element.data.id)))).toBe(true);
  });
});

describe('scaleBySqrt', () => {
  it('maps by square root and clamps zero, negative and missing maxima to the minimum', () => {
    const range = { min: 10, max: 20 };
    expect([0, 25, 100, 400].map((w) => scaleBySqrt(w, 100, range))).toEqual([10, 15, 20, 20]);
    expect([scaleBySqrt(5, 0, range), scaleBySqrt(-1, 10, range)]).toEqual([10, 10]);
  });
});

describe('hasAllPositions', () => {
  it('is true only when every node has a position', () => {
    expect(hasAllPositions(map)).toBe(false);
    expect(hasAllPositions({ ...map, nodes: map.nodes.filter((n) => n.position) })).toBe(true);
    expect(hasAllPositions({ ...map, nodes: [] })).toBe(false);
  });
});
