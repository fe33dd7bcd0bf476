/**
 * The branch tree of a chain flattened into an index: tags name only the leaf branch, and
 * everything above it (parents, segment) is looked up here.
 */
import type { SegmentKind } from '@graph-schema/vocabulary/chain-segment-kind';
import type { ChainBranch, ChainDefinition, ChainRule } from './schema';

export interface BranchInfo {
  id: string;
  name: { zh: string; en: string };
  level: 1 | 2 | 3;
  ref?: string | undefined;
  segmentId: string;
  /** The parent branch id, or undefined for a level-1 branch (whose parent is the segment). */
  parentId?: string | undefined;
  /** Branch ids from level 1 down to this branch. */
  lineage: string[];
  isLeaf: boolean;
  rules: ChainRule[];
}

export interface SegmentInfo {
  id: string;
  kind: SegmentKind;
  name: { zh: string; en: string };
  /** Level-1 branch ids in definition order. */
  branchIds: string[];
}

export interface ChainIndex {
  chain: ChainDefinition;
  segments: SegmentInfo[];
  /** Every branch, in depth-first definition order. */
  branches: Map<string, BranchInfo>;
  /** Child branch ids per branch id, in definition order. */
  children: Map<string, string[]>;
}

export function indexChain(chain: ChainDefinition): ChainIndex {
  const index: ChainIndex = { chain, segments: [], branches: new Map(), children: new Map() };
  for (const segment of chain.segments) {
    index.segments.push({
      id: segment.id,
      kind: segment.kind,
      name: segment.name,
      branchIds: segment.branches.map((branch) => branch.id),
    });
    for (const branch of segment.branches) addBranch(index, branch, segment.id, []);
  }
  return index;
}

function addBranch(index: ChainIndex, branch: ChainBranch, segmentId: string, parents: string[]): void {
  const lineage = [...parents, branch.id];
  index.branches.set(branch.id, {
    id: branch.id,
    name: branch.name,
    level: branch.level,
    ref: branch.ref,
    segmentId,
    parentId: parents.at(-1),
    lineage,
    isLeaf: !branch.children,
    rules: branch.rules ?? [],
  });
  index.children.set(
    branch.id,
    (branch.children ?? []).map((child) => child.id),
  );
  for (const child of branch.children ?? []) addBranch(index, child, segmentId, lineage);
}

export function leafBranches(index: ChainIndex): BranchInfo[] {
  return [...index.branches.values()].filter((branch) => branch.isLeaf);
}

export function countRules(index: ChainIndex): number {
  return leafBranches(index).reduce((total, branch) => total + branch.rules.length, 0);
}
