import { describe, expect, it } from 'vitest';
import { availableLayouts, chooseLayout } from './layouts';

describe('layout registry', () => {
  it('offers preset only when the server sent positions', () => {
    expect(availableLayouts({ hasPositions: false, nodeCount: 50 }).map((l) => l.id)).toEqual([
      'cose',
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
});
