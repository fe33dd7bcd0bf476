import type { FenceResponse } from '@graph-schema/dto/fence';
import type { MapData } from '@graph-schema/dto/map';
import type { MainPathResponse } from '@graph-schema/dto/routes';
import { describe, expect, it } from 'vitest';
import { expiryBars, fenceMarks, OWN_FENCE_COLOR, offMapList, ownerLegend } from './fence-model';
import { readRouteParams, routeParamsToView } from './params';
import {
  nodeSize,
  ROUTE_COLORS,
  ROUTE_NODE_SIZE,
  ROW_HEIGHT,
  routeElements,
  scoreColor,
  timeOrderedPositions,
  YEAR_WIDTH,
  yearColumns,
} from './route-elements';

const patent = (id: string, year: number, score: number, core: boolean) => ({
  id,
  kind: 'patent' as const,
  label: id,
  weight: score,
  details: { familyId: `F:${id}`, year, title: `title ${id}`, applicant: 'A', core },
});

/** Citation map: citing → cited. C cites B, B cites A, D cites A. */
const CITATIONS: MapData = {
  nodes: [
    patent('A', 2010, 80, true),
    patent('B', 2012, 40, false),
    patent('C', 2015, 20, false),
    patent('D', 2012, 10, false),
  ],
  edges: [
    { id: 'C->B', source: 'C', target: 'B', weight: 1 },
    { id: 'B->A', source: 'B', target: 'A', weight: 1 },
    { id: 'D->A', source: 'D', target: 'A', weight: 1 },
  ],
  measure: { code: 'map.measure.citations', params: {}, text: 'families' },
  truncated: false,
};

/** Main path A → B → E (knowledge flow); E is not on the citation map. */
const ROUTE: MainPathResponse = {
  nodes: [patent('A', 2010, 80, true), patent('B', 2012, 40, false), patent('E', 2016, 30, false)],
  edges: [
    { id: 'A->B', source: 'A', target: 'B', weight: 9 },
    { id: 'B->E', source: 'B', target: 'E', weight: 4 },
  ],
  measure: { code: 'map.measure.mainPathKeyRoute', params: { k: 3 }, text: 'families' },
  truncated: false,
  variant: 'key-route',
  brokenCycleEdges: 0,
  droppedLinks: { againstTime: 0, inCycles: 0 },
  path: [],
  totals: { families: 5, citationEdges: 4 },
};

describe('route elements', () => {
  const graph = routeElements(CITATIONS, ROUTE);
  const data = (id: string) => graph.elements.find((element) => element.data.id === id)?.data;

  it('merges the maps: path nodes from outside the citation map are added, all edges run cited → citing', () => {
    expect(graph.nodes.map((node) => [node.id, node.onPath])).toEqual([
      ['A', true],
      ['B', true],
      ['C', false],
      ['D', false],
      ['E', true],
    ]);
    const edges = graph.elements
      .filter((element) => element.group === 'edges')
      .map((element) => [element.data.source, element.data.target, element.data.onPath]);
    expect(edges).toEqual([
      ['A', 'B', true],
      ['B', 'E', true],
      ['B', 'C', false],
      ['A', 'D', false],
    ]);
    expect(graph.pathEdgeCount).toBe(ROUTE.edges.length);
  });

  it('puts emphasis into element data: size and colour by score/core, thick path edges, outlined path nodes', () => {
    expect(data('A')).toMatchObject({
      size: nodeSize(80),
      color: scoreColor(80),
      shape: 'diamond',
      borderWidth: 4,
      borderColor: ROUTE_COLORS.path,
    });
    expect(data('C')).toMatchObject({
      size: nodeSize(20),
      color: scoreColor(20),
      shape: 'ellipse',
      borderWidth: 1,
    });
    expect([scoreColor(0), scoreColor(100), scoreColor(50)]).toEqual(['#fdd9b5', '#a63603', '#d2885c']);
    expect(data('flow:A->B')).toMatchObject({ width: 6, color: ROUTE_COLORS.path, onPath: true, spc: 9 });
    expect(data('flow:B->C')).toMatchObject({ width: 1, color: ROUTE_COLORS.citation, onPath: false });
    expect([nodeSize(0), nodeSize(100), nodeSize(150)]).toEqual([12, 56, 56]);
  });

  it('lays nodes out by year, path nodes on the middle row', () => {
    const positions = timeOrderedPositions(graph.nodes);
    expect(positions.get('A')).toEqual({ x: 0, y: 0 });
    expect(positions.get('B')).toEqual({ x: 2 * YEAR_WIDTH, y: 0 });
    expect(positions.get('E')?.x).toBe(6 * YEAR_WIDTH);
    expect(positions.get('D')?.x).toBeGreaterThanOrEqual(2 * YEAR_WIDTH);
    expect(positions.get('D')?.y).not.toBe(0);
  });

  it('gives every node a row of its own in its year column, rows taller than the biggest node', () => {
    const crowded = Array.from({ length: 9 }, (_, i) => ({
      id: `n${i}`,
      label: `n${i}`,
      score: i * 10,
      core: false,
      year: 2010 + (i % 2),
      title: null,
      applicant: null,
      familyId: null,
      onPath: i === 0,
    }));
    const positions = timeOrderedPositions(crowded);
    const seen = new Set([...positions.values()].map((p) => `${p.x}:${p.y}`));
    expect(seen.size).toBe(crowded.length);
    for (const a of positions.values())
      for (const b of positions.values())
        if (a !== b && a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(ROW_HEIGHT);
    expect(ROW_HEIGHT).toBeGreaterThan(ROUTE_NODE_SIZE.max);
  });

  it('names one axis column per year from the first to the last, then the unknown year', () => {
    const columns = yearColumns([
      { ...graph.nodes[0]!, year: 2010 },
      { ...graph.nodes[0]!, year: 2013 },
      { ...graph.nodes[0]!, year: null },
    ]);
    expect(columns.map((column) => column.year)).toEqual([2010, 2011, 2012, 2013, null]);
    expect(columns.map((column) => column.x)).toEqual([0, 1, 2, 3, 4].map((k) => k * YEAR_WIDTH));
    expect(yearColumns([])).toEqual([]);
  });
});

describe('route URL parameters', () => {
  it('round-trips and omits defaults', () => {
    const params = {
      variant: 'global' as const,
      limit: 500,
      pathOnly: true,
      layout: 'dagre' as const,
      selected: 'A',
    };
    const url = routeParamsToView(params);
    expect(url).toEqual({ variant: 'global', limit: '500', pathOnly: '1', layout: 'dagre', sel: 'A' });
    expect(readRouteParams(url as Record<string, string>)).toEqual(params);
    expect(readRouteParams({ variant: 'x', limit: '7', layout: 'cose' })).toEqual({
      variant: 'key-route',
      limit: 300,
      pathOnly: false,
      layout: 'preset',
    });
  });
});

const member = (patentId: string, familyId: string | null, owner: string) => ({
  patentId,
  familyId,
  title: null,
  priorityDate: null,
  expiryDate: null,
  legalStatus: null,
  owner: { key: owner, name: owner.toUpperCase() },
  evidence: [],
});

const FENCE: FenceResponse = {
  core: {
    patentId: 'A',
    title: null,
    priorityDate: '2010-01-01',
    owner: { key: 'own', name: 'OWN' },
    mainGroups: [],
  },
  window: { from: '2010-01-01', toYear: 2020 },
  own: {
    patents: 1,
    owners: [{ key: 'own', name: 'OWN', patents: 1 }],
    members: [member('B', 'F:B', 'own')],
  },
  hostile: {
    patents: 3,
    owners: [
      { key: 'x', name: 'X', patents: 1 },
      { key: 'y', name: 'Y', patents: 2 },
    ],
    members: [member('C', 'F:C', 'y'), member('Z9', null, 'y'), member('C2', 'F:D', 'x')],
  },
  concentration: {
    owners: 3,
    hhi: 0.4,
    topOwner: { key: 'y', name: 'Y', patents: 2 },
    topShare: 0.5,
    ownShare: 0.25,
  },
  layoutMode: {
    label: '围栏式',
    en: 'hostile fence',
    basis: {
      code: 'fence.hostileFence',
      params: { patents: 8, owners: 3, hhi: 0.4, ownShare: 0.25 },
      text: '8 peripheral patents, 3 owners, HHI 0.40, own share 25 %: improvements around the core, mostly by others',
    },
  },
  expiryProfile: [
    { year: null, patents: 1 },
    { year: 2031, patents: 4 },
    { year: 2030, patents: 2 },
  ],
  truncated: false,
  method: {
    code: 'note.fenceMethodDirect',
    params: { windowYears: 10, minSimilarity: 0.3 },
    text: 'cites + text',
  },
};

describe('fence model', () => {
  it('colours the own fence green and hostile owners by count', () => {
    expect(ownerLegend(FENCE).map((entry) => [entry.key, entry.side, entry.color])).toEqual([
      ['own', 'own', OWN_FENCE_COLOR],
      ['y', 'hostile', '#E69F00'],
      ['x', 'hostile', '#CC79A7'],
    ]);
  });

  it('marks map nodes by family (else by id) and counts members off the map', () => {
    const { marks, offMap } = fenceMarks(FENCE, routeElements(CITATIONS, ROUTE).nodes);
    expect(Object.fromEntries(marks)).toEqual({
      B: { side: 'own', color: OWN_FENCE_COLOR, owner: 'OWN' },
      C: { side: 'hostile', color: '#E69F00', owner: 'Y' },
      D: { side: 'hostile', color: '#CC79A7', owner: 'X' },
    });
    expect(offMap.map((m) => m.patentId)).toEqual(['Z9']);
  });

  it('lists the members off the map with their fence side, bounded, and counts the rest', () => {
    const offMap = [FENCE.own.members[0]!, ...FENCE.hostile.members];
    const { shown, more } = offMapList(FENCE, offMap, 3);
    expect(shown.map((entry) => [entry.member.patentId, entry.side])).toEqual([
      ['B', 'own'],
      ['C', 'hostile'],
      ['Z9', 'hostile'],
    ]);
    expect(more).toBe(1);
    expect(offMapList(FENCE, offMap).more).toBe(0);
  });

  it('lists expiry years in order with the unknown year last', () => {
    expect(expiryBars(FENCE.expiryProfile)).toEqual([
      { year: 2030, patents: 2, pct: 50 },
      { year: 2031, patents: 4, pct: 100 },
      { year: undefined, patents: 1, pct: 25 },
    ]);
  });
});
