/**
 * Seeded randomness for force layouts, so the same data gives the same picture on every draw and a
 * printed map can be reproduced. The generator is the project's one Mulberry32
 * (graph-schema/vocabulary/seeded-random.ts), so a seed means the same sequence as on the server.
 */
import { mulberry32 } from '@graph-schema/vocabulary/seeded-random';
import type { Core, Position } from 'cytoscape';

/** FNV-1a 32-bit hash of a string: the seed of a node (its id) or of a whole graph. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seed from the graph's sorted node and edge ids: the same data gives the same seed in any order. */
export function graphSeed(nodeIds: readonly string[], edgeIds: readonly string[]): number {
  const sorted = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return hashString(`${sorted(nodeIds).join('\n')}\u0000${sorted(edgeIds).join('\n')}`);
}

/** A start position in a square of side `extent`, from the node id alone (not from its place in a list). */
export function seededPosition(nodeId: string, extent: number): Position {
  const next = mulberry32(hashString(nodeId));
  return { x: Math.round(next() * extent * 100) / 100, y: Math.round(next() * extent * 100) / 100 };
}

/**
 * Runs `work` with Math.random replaced by a generator seeded with `seed`, then restores it.
 * Cytoscape's cose and the fcose extension draw on Math.random inside a run (spectral sampling,
 * node order shuffles, overlap nudges) and take no seed option. `work` must be synchronous (layouts
 * with `animate: false` are), so no other code sees the replacement.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

/** Puts every node at its id-seeded start position (a square that grows with the node count). */
export function placeAtSeededPositions(cy: Core): void {
  const extent = Math.max(300, Math.sqrt(cy.nodes().length) * 120);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.position(seededPosition(node.id(), extent));
    });
  });
}

/** The seed of the graph now in `cy`. */
export function seedOf(cy: Core): number {
  return graphSeed(
    cy.nodes().map((node) => node.id()),
    cy.edges().map((edge) => edge.id()),
  );
}
