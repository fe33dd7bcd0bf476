/** The chain ontology as stored in the graph: chain → segments → branch tree (no patents, no scope). */
import type { Database } from '@graph-schema/db/driver';
import type { Bilingual } from '@graph-schema/dto/navigation-common';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

export interface SegmentNode {
  id: string;
  kind: string;
  order: number;
  name: Bilingual;
}

export interface BranchNode {
  id: string;
  localId: string;
  level: number;
  order: number;
  segment: string;
  isLeaf: boolean;
  lineage: string[];
  name: Bilingual;
}

export interface ChainStructure {
  id: string;
  name: Bilingual;
  segments: SegmentNode[];
  /** All branches of the chain in the chain's order (`order` is depth-first in the definition file). */
  branches: BranchNode[];
}

const STRUCTURE = `
MATCH (c:IndustryChain {id: $chain})
OPTIONAL MATCH (c)<-[:PART_OF]-(s:ChainSegment)
WITH c, s ORDER BY s.order
WITH c, collect(s {.id, .kind, .order, zh: s.nameZh, en: s.nameEn}) AS segments
OPTIONAL MATCH (b:TechBranch {chain: c.id})
WITH c, segments, b ORDER BY b.order
RETURN c.id AS id, c.nameZh AS zh, c.nameEn AS en, segments,
       collect(b {.id, .localId, .level, .order, .segment, .isLeaf, .lineage, zh: b.nameZh, en: b.nameEn}) AS branches`;

const names = { zh: z.string().nullable(), en: z.string().nullable() };
const StructureRow = z.object({
  id: z.string(),
  ...names,
  segments: z.array(z.object({ id: z.string(), kind: z.string(), order: z.number(), ...names })),
  branches: z.array(
    z.object({
      id: z.string(),
      localId: z.string(),
      level: z.number(),
      order: z.number(),
      segment: z.string(),
      isLeaf: z.boolean(),
      lineage: z.array(z.string()),
      ...names,
    }),
  ),
});

/** The chain with its segments and branches, or undefined when no such chain is loaded. */
export async function chainStructure(db: Database, chain: string): Promise<ChainStructure | undefined> {
  const [row] = await readRows(db, StructureRow, STRUCTURE, { chain });
  if (!row) return undefined;
  return {
    id: row.id,
    name: { zh: row.zh, en: row.en },
    segments: row.segments.map(({ zh, en, ...s }) => ({ ...s, name: { zh, en } })),
    branches: row.branches.map(({ zh, en, ...b }) => ({ ...b, name: { zh, en } })),
  };
}

/** A branch id from a path: local ids (`lib-bms`) are qualified with the chain (`lithium-battery:lib-bms`). */
export const qualifyBranchId = (chain: string, branchId: string) =>
  branchId.includes(':') ? branchId : `${chain}:${branchId}`;
