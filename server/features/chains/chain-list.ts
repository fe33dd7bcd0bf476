/** Every loaded industry chain with its size: segments, branches and tagged families. */

import type { Database } from '@graph-schema/db/driver';
import type { ChainListResponse } from '@graph-schema/dto/chains';
import { readRows } from '@server/platform/db/read';
import { chainFamilies } from '@server/platform/scope/branch-membership';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

// Families are counted from the TAGGED relationships' chain property (through the membership helper,
// which adds a project's overrides), so no branch tree walk is needed; only among the patents the
// request may see (platform/visibility).
const chainsQuery = (project: boolean, { seen }: PatentFilter) => `
MATCH (c:IndustryChain)
CALL (c) {
  OPTIONAL MATCH (s:ChainSegment)-[:PART_OF]->(c)
  RETURN count(s) AS segments
}
CALL (c) {
  OPTIONAL MATCH (b:TechBranch {chain: c.id})
  RETURN count(b) AS branches, count(CASE WHEN b.isLeaf THEN 1 END) AS leafBranches
}
${chainFamilies('c', project, seen('p'))}
RETURN c.id AS id, c.nameZh AS zh, c.nameEn AS en, c.version AS version, c.source AS source,
       segments, branches, leafBranches, families
ORDER BY id`;

const ChainsRow = z.object({
  id: z.string(),
  zh: z.string().nullable(),
  en: z.string().nullable(),
  version: z.string().nullable(),
  source: z.string().nullable(),
  segments: z.number(),
  branches: z.number(),
  leafBranches: z.number(),
  families: z.number(),
});

export async function chainList(db: Database, project?: string): Promise<ChainListResponse> {
  const filter = patentFilter();
  const rows = await readRows(db, ChainsRow, chainsQuery(project !== undefined, filter), {
    ...filter.params,
    scopeProject: project ?? null,
  });
  return { chains: rows.map(({ zh, en, ...row }) => ({ ...row, name: { zh, en } })) };
}
