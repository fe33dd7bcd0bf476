/**
 * The technology decomposition of a chain as the graph stores it: each branch with its parent and
 * its tagging rules (TechBranch.rulesJson, the chain-definition rule format of
 * ingest/chains/schema.ts ChainRule), for the report's Appendix A.
 */
import type { Database } from '@graph-schema/db/driver';
import { StoredBranchRule } from '@graph-schema/stored/chains';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

// A non-leaf branch stores `null` rules (JSON.stringify(undefined) is not written): read as none.
const RulesJson = z
  .string()
  .nullable()
  .transform((json) =>
    json === null || json === 'null' ? [] : z.array(StoredBranchRule).parse(JSON.parse(json)),
  );

const DecompositionRow = z.object({
  chainZh: z.string(),
  chainEn: z.string(),
  branches: z.array(
    z.object({
      localId: z.string(),
      ref: z.string().nullable(),
      level: z.number(),
      zh: z.string(),
      en: z.string(),
      parent: z.string().nullable(),
      rules: RulesJson,
    }),
  ),
});
export type ChainDecomposition = z.infer<typeof DecompositionRow>;

const DECOMPOSITION = `
MATCH (c:IndustryChain {id: $chain})
OPTIONAL MATCH (b:TechBranch {chain: c.id})
OPTIONAL MATCH (b)-[:PART_OF]->(parent:TechBranch)
WITH c, b, parent ORDER BY b.order
RETURN c.nameZh AS chainZh, c.nameEn AS chainEn,
       [x IN collect(CASE WHEN b IS NULL THEN NULL ELSE {localId: b.localId, ref: b.ref, level: b.level,
         zh: b.nameZh, en: b.nameEn, parent: coalesce(parent.ref, parent.localId), rules: b.rulesJson} END) WHERE x IS NOT NULL] AS branches`;

/** The chain's branches in definition order, or undefined when the chain is not loaded. */
export async function chainDecomposition(
  db: Database,
  chain: string,
): Promise<ChainDecomposition | undefined> {
  const [row] = await readRows(db, DecompositionRow, DECOMPOSITION, { chain });
  return row;
}
