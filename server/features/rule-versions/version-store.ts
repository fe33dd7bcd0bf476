/**
 * A project's rule versions of a leaf (graph-schema/stored/rule-versions.ts): listing, saving a new
 * version (numbered in the same write transaction: the next after the project's highest for the
 * leaf), and the rules a version holds. Saving never changes tagging; a re-tag applies a version.
 */

import { ChainRule } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import type { RuleVersion, SaveRuleVersionInput } from '@graph-schema/dto/rule-versions';
import { ChainRuleVersionNode, ruleVersionKey } from '@graph-schema/stored/rule-versions';
import { readRows } from '@server/platform/db/read';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';

export interface LeafPlace {
  project: string;
  chain: string;
  /** Qualified leaf branch id. */
  branch: string;
}

const VERSIONS = `
MATCH (v:ChainRuleVersion {project: $project, branch: $branch})
RETURN v.version AS version, v.rulesJson AS rulesJson, v.who AS who, v.why AS why, toString(v.at) AS at,
       v.active AS active, v.families AS families, toString(v.appliedAt) AS appliedAt
ORDER BY v.version DESC`;

const NEXT_VERSION = `
MATCH (:Project {id: $project})
OPTIONAL MATCH (v:ChainRuleVersion {project: $project, branch: $branch})
RETURN coalesce(max(v.version), 0) + 1 AS next`;

const WRITE_VERSION = `
MATCH (project:Project {id: $node.project})
CREATE (v:ChainRuleVersion)
SET v = $node, v.at = datetime()
MERGE (project)-[:HAS_RULE_VERSION]->(v)
RETURN v.version AS version`;

const VersionRow = z.object({
  version: z.number(),
  rulesJson: z.string(),
  who: z.string(),
  why: z.string(),
  at: z.string().nullable(),
  active: z.boolean(),
  families: z.number().nullable(),
  appliedAt: z.string().nullable(),
});

export async function listVersions(db: Database, place: LeafPlace): Promise<RuleVersion[]> {
  const rows = await readRows(db, VersionRow, VERSIONS, { ...place });
  return rows.map(({ rulesJson, ...row }) => ({
    ...row,
    rules: z.array(ChainRule).parse(JSON.parse(rulesJson)),
  }));
}

/** The active version's number, 0 when the shipped rule tags the leaf in the project. */
export function activeVersionOf(versions: readonly RuleVersion[]): number {
  return versions.find((version) => version.active)?.version ?? 0;
}

/** Saves the rules as the leaf's next version; returns its number. */
export async function saveVersion(
  db: Database,
  place: LeafPlace,
  input: SaveRuleVersionInput,
): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const [next] = await txRows(tx, z.object({ next: z.number() }), NEXT_VERSION, { ...place });
    const version = next?.next ?? 1;
    const node = ChainRuleVersionNode.parse({
      id: ruleVersionKey(place.project, place.branch, version),
      ...place,
      version,
      rulesJson: JSON.stringify(input.rules),
      who: input.who,
      why: input.why,
      active: false,
    });
    await txRows(tx, z.object({ version: z.number() }), WRITE_VERSION, { node });
    return version;
  });
}
