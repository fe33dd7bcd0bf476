import type { MapData } from '@graph-schema/dto/map';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  availableLayouts,
  chooseLayout,
  FCOSE_MAX_NODES,
  hiddenLayoutNotes,
  LAYOUTS,
  runLayout,
} from './layouts';
import { toElements } from './to-elements';

describe('layout registry', () => {
  it('offers preset only when the server sent positions', () => {
    expect(availableLayouts({ hasPositions: false, nodeCount: 50 }).map((l) => l.id)).toEqual([
      'cose',
      'fcose',
      'concentric',
      'breadthfirst',
      'grid',
    ]);
    expect(availableLayouts({ hasPositions: true, nodeCount: 50 }).map((l) => l.id)[0]).toBe('preset');
  });

  it('keeps a valid choice and falls back otherwise', () => {
    const small = { hasPositions: false, nodeCount: 50 };
    expect(chooseLayout('grid', small).id).toBe('grid');
    expect(chooseLayout('preset', small).id).toBe('cose');
    expect(chooseLayout(undefined, { hasPositions: true, nodeCount: 8000 }).id).toBe('preset');
    expect(chooseLayout('cose', { hasPositions: false, nodeCount: 8000 }).id).toBe('concentric');
  });

  it('hides fcose above its size limit and says why', () => {
    const big = { hasPositions: true, nodeCount: FCOSE_MAX_NODES + 1 };
    expect(availableLayouts(big).map((l) => l.id)).not.toContain('fcose');
    expect(hiddenLayoutNotes(big)).toEqual([{ key: 'layout.fcoseTooBig', max: FCOSE_MAX_NODES }]);
    expect(hiddenLayoutNotes({ hasPositions: false, nodeCount: FCOSE_MAX_NODES })).toEqual([]);
    expect(hiddenLayoutNotes({ hasPositions: false, nodeCount: 5000 }).map((note) => note.key)).toEqual([
      'layout.fcoseTooBig',
    ]);
    expect(
      hiddenLayoutNotes({ hasPositions: false, nodeCount: 5000, directed: true }).map((note) => note.key),
    ).toEqual(['layout.fcoseTooBig', 'layout.dagreTooBig']);
  });

  it('offers dagre for directed maps only', () => {
    expect(
      availableLayouts({ hasPositions: false, nodeCount: 50, directed: true }).map((l) => l.id),
    ).toContain('dagre');
  });

  it('uses fcose draft quality on mid-sized maps and dagre left to right', () => {
    const fcose = LAYOUTS.find((l) => l.id === 'fcose')!;
    const dagre = LAYOUTS.find((l) => l.id === 'dagre')!;
    expect(fcose.options({ hasPositions: false, nodeCount: 100 })).toMatchObject({ quality: 'default' });
    expect(fcose.options({ hasPositions: false, nodeCount: 400 })).toMatchObject({ quality: 'draft' });
    expect(dagre.options({ hasPositions: false, nodeCount: 100 })).toMatchObject({
      name: 'dagre',
      rankDir: 'LR',
    });
  });
});

describe('runLayout with server positions', () => {
  const map: MapData = {
    nodes: [
      { id: 'a', kind: 'applicant', label: 'A', weight: 3, position: { x: 0, y: 0 }, details: {} },
      { id: 'b', kind: 'cpc', label: 'B', weight: 1, position: { x: 400, y: -120 }, details: {} },
      { id: 'c', kind: 'cpc', label: 'C', weight: 2, position: { x: -250, y: 310 }, details: {} },
    ],
    edges: [{ id: 'ab', source: 'a', target: 'b', weight: 1 }],
    measure: { code: 'map.measure.citations', params: {}, text: 'test' },
    truncated: false,
  };
  const positions = (cy: Core) => cy.nodes().map((node) => ({ id: node.id(), ...node.position() }));
  const context = { hasPositions: true, nodeCount: map.nodes.length };

  it('keeps a fresh map where the server put it and restores that after another layout', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: toElements(map).elements });
    const expected = map.nodes.map((node) => ({ id: node.id, ...node.position! }));
    runLayout(cy, chooseLayout('preset', context), context);
    expect(positions(cy)).toEqual(expected);
    runLayout(cy, chooseLayout('grid', context), context);
    expect(positions(cy)).not.toEqual(expected);
    runLayout(cy, chooseLayout('preset', context), context);
    expect(positions(cy)).toEqual(expected);
    cy.destroy();
  });
});
