/** Resolves the branch a review route names: the chain structure, the branch and its siblings. */
import type { Database } from '@graph-schema/db/driver';
import { notFound } from '@server/platform/errors';
import {
  type BranchNode,
  type ChainStructure,
  chainStructure,
  qualifyBranchId,
} from '../chains/chain-structure';

export interface ReviewTarget {
  chain: ChainStructure;
  branch: BranchNode;
  parentId: string | null;
  /** The branch and its siblings (same parent, or same segment at level 1), in chain order. */
  siblings: BranchNode[];
}

export async function reviewTarget(db: Database, chainId: string, branchId: string): Promise<ReviewTarget> {
  const chain = await chainStructure(db, chainId);
  if (!chain) throw notFound('chain', chainId);
  const qualified = qualifyBranchId(chainId, branchId);
  const branch = chain.branches.find((candidate) => candidate.id === qualified);
  if (!branch) throw notFound('branch', qualified);
  const parentId = branch.lineage.at(-2) ?? null;
  const siblings = chain.branches.filter((candidate) =>
    parentId === null
      ? candidate.level === 1 && candidate.segment === branch.segment
      : candidate.lineage.at(-2) === parentId,
  );
  return { chain, branch, parentId, siblings };
}
