/**
 * Writes the industry-chain ontology into the graph: (:IndustryChain) ← PART_OF − (:ChainSegment)
 * ← PART_OF − (:TechBranch) ← PART_OF − (:TechBranch) … Branch and segment ids are qualified by
 * the chain id (`ev:1.2`) because definition ids are unique only within their chain.
 */

import { indexChain } from '@graph-schema/chains/chain-tree';
import type { ChainDefinition } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import { writeTransaction } from '@graph-schema/db/tx';
import { ChainSegmentNode, IndustryChainNode, TechBranchNode } from '@graph-schema/stored/chains';
import { checkNode } from './stored-rows';

export const qualifiedId = (chainId: string, localId: string) => `${chainId}:${localId}`;

const MERGE_CHAIN = `
MERGE (c:IndustryChain {id: $chain.id})
SET c.nameZh = $chain.nameZh, c.nameEn = $chain.nameEn, c.version = $chain.version, c.source = $chain.source,
    c.vocabulariesJson = $chain.vocabulariesJson`;

const MERGE_SEGMENTS = `
UNWIND $rows AS row
MATCH (c:IndustryChain {id: $chainId})
MERGE (s:ChainSegment {id: row.id})
SET s.kind = row.kind, s.nameZh = row.nameZh, s.nameEn = row.nameEn, s.chain = $chainId, s.order = row.order
MERGE (s)-[:PART_OF]->(c)`;

const MERGE_BRANCHES = `
UNWIND $rows AS row
MERGE (b:TechBranch {id: row.id})
SET b.localId = row.localId, b.level = row.level, b.nameZh = row.nameZh, b.nameEn = row.nameEn,
    b.ref = row.ref, b.chain = $chainId, b.segment = row.segment, b.isLeaf = row.isLeaf, b.order = row.order,
    b.rulesJson = row.rulesJson, b.lineage = row.lineage
WITH b, row
MATCH (parent {id: row.parent}) WHERE parent:ChainSegment OR parent:TechBranch
MERGE (b)-[:PART_OF]->(parent)`;

export async function writeChainOntology(db: Database, chain: ChainDefinition): Promise<void> {
  const index = indexChain(chain);
  const q = (local: string) => qualifiedId(chain.id, local);
  const segments = index.segments.map((s, order) => ({
    id: q(s.id),
    kind: s.kind,
    nameZh: s.name.zh,
    nameEn: s.name.en,
    order,
  }));
  // Depth-first order guarantees a parent row precedes its children within the UNWIND.
  const branches = [...index.branches.values()].map((b, order) => ({
    id: q(b.id),
    localId: b.id,
    level: b.level,
    nameZh: b.name.zh,
    nameEn: b.name.en,
    ref: b.ref ?? null,
    segment: q(b.segmentId),
    parent: q(b.parentId ?? b.segmentId),
    isLeaf: b.isLeaf,
    order,
    rulesJson: JSON.stringify(b.rules),
    // Qualified ids from level 1 down to this branch: lets a scope filter on any ancestor in one test.
    lineage: b.lineage.map(q),
  }));
  const chainNode = {
    id: chain.id,
    nameZh: chain.name.zh,
    nameEn: chain.name.en,
    version: chain.version,
    source: chain.source,
    vocabulariesJson: JSON.stringify(chain.vocabularies ?? {}),
  };
  checkNode('IndustryChain', IndustryChainNode, chain.id, chainNode);
  for (const segment of segments)
    checkNode('ChainSegment', ChainSegmentNode, segment.id, { ...segment, chain: chain.id });
  for (const { parent: _, ref, ...branch } of branches)
    checkNode('TechBranch', TechBranchNode, branch.id, {
      ...branch,
      ...(ref ? { ref } : {}),
      chain: chain.id,
    });
  await writeTransaction(db, async (tx) => {
    await tx.run(MERGE_CHAIN, { chain: chainNode });
    await tx.run(MERGE_SEGMENTS, { rows: segments, chainId: chain.id });
    await tx.run(MERGE_BRANCHES, { rows: branches, chainId: chain.id });
  });
}
