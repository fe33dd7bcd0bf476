import { describe, expect, it } from 'vitest';
import type { MapData } from '../../../graph-schema/dto/map';
import { hasAllPositions, scaleBySqrt, toElements } from './to-elements';

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
