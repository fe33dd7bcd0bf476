/**
 * The chains and each chain's segment → branch tree with display names, for the scope bar's pickers
 * and chips. The tree is the panorama's structure without a scope (GET /api/chains/:id/panorama,
 * cached by the server); it is read once per page and chain, because it does not depend on the scope.
 */
import type { Bilingual } from '@graph-schema/dto/navigation-common';
import { fetchChains, fetchPanorama } from '@web/src/api/navigation';
import { DEFAULT_FILTERS } from '@web/src/scope/filters';
import type { ChainSummary } from '@web/src/views/navigation/chain-choice';

export interface TreeBranch {
  id: string;
  name: Bilingual;
  /** 1 = directly under the segment. */
  level: number;
}

export interface TreeSegment {
  id: string;
  name: Bilingual;
  /** Depth-first in the chain's order, as the panorama lists them. */
  branches: TreeBranch[];
}

export interface ChainTree {
  id: string;
  name: Bilingual;
  segments: TreeSegment[];
}

let chains: Promise<ChainSummary[]> | undefined;
const trees = new Map<string, Promise<ChainTree>>();

/** A failed read is forgotten, so the next render asks again. */
function remembered<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  const promise = load();
  promise.catch(forget);
  return promise;
}

export function loadChains(): Promise<ChainSummary[]> {
  chains ??= remembered(
    () => fetchChains(undefined).then((answer) => answer.chains),
    () => {
      chains = undefined;
    },
  );
  return chains;
}

export function loadChainTree(chainId: string): Promise<ChainTree> {
  let tree = trees.get(chainId);
  if (tree === undefined) {
    tree = remembered(
      () =>
        fetchPanorama(chainId, { ...DEFAULT_FILTERS }, undefined).then((panorama) => ({
          id: panorama.chain.id,
          name: panorama.chain.name,
          segments: panorama.segments.map((segment) => ({
            id: segment.id,
            name: segment.name,
            branches: segment.branches.map(({ id, name, level }) => ({ id, name, level })),
          })),
        })),
      () => trees.delete(chainId),
    );
    trees.set(chainId, tree);
  }
  return tree;
}

/** The chain of a chain-qualified segment or branch id (`lithium-battery:lib-anode` → `lithium-battery`). */
export function chainOfQualifiedId(id: string): string {
  return id.slice(0, Math.max(0, id.indexOf(':')));
}

/** The segment whose id or one of whose branches' ids is `id`. */
export function findInTree(
  tree: ChainTree,
  id: string,
): { segment: TreeSegment; branch?: TreeBranch } | undefined {
  for (const segment of tree.segments) {
    if (segment.id === id) return { segment };
    const branch = segment.branches.find((one) => one.id === id);
    if (branch) return { segment, branch };
  }
  return undefined;
}
