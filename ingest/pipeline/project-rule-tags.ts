/**
 * Families a run loads join every project's active rule versions at ingest time (issue 13): a
 * project that edited a leaf's rule and re-tagged reads that leaf's members from its own
 * ProjectBranchTag nodes (graph-schema/stored/rule-versions.ts), which ingest's TAGGED links do not
 * touch — without this step a family added by a later export would be missing from the edited leaf
 * until the next re-tag. After the run, each active version's rules (the same engine and one-leaf
 * chain as the server's re-tag: graph-schema/chains/leaf-rules.ts) are applied to every family with
 * a patent in the run's datasets, all of its loaded patents read back: a family that matches gets
 * the version's tag, one that no longer matches (an updated record) loses it; the version's family
 * count follows. Only those families are read, so the step costs in proportion to the run.
 */
import {
  leafTagger,
  oneLeafChainDefinition,
  STORED_PATENT_TEXT,
  StoredPatentText,
} from '@graph-schema/chains/leaf-rules';
import { ChainRule } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import { readRows, txRows, writeTransaction } from '@graph-schema/db/tx';
import { ProjectBranchTagNode, projectTagKey } from '@graph-schema/stored/rule-versions';
import { z } from 'zod';
import { checkNode } from '../load/stored-rows';

const ACTIVE_VERSIONS = `
MATCH (v:ChainRuleVersion {active: true})
OPTIONAL MATCH (b:TechBranch {id: v.branch})
OPTIONAL MATCH (c:IndustryChain {id: v.chain})
RETURN v.project AS project, v.chain AS chain, v.branch AS branch, v.version AS version, v.rulesJson AS rulesJson,
       b.localId AS localId, c.vocabulariesJson AS vocabulariesJson
ORDER BY project, branch`;

const ActiveVersion = z.object({
  project: z.string(),
  chain: z.string(),
  branch: z.string(),
  version: z.number(),
  rulesJson: z.string(),
  localId: z.string().nullable(),
  vocabulariesJson: z.string().nullable(),
});
type ActiveVersion = z.infer<typeof ActiveVersion>;

/** Every loaded patent of the families with a patent in the run's datasets. */
const RUN_FAMILY_PATENTS = `
MATCH (r:Patent) WHERE r.external = false AND any(dataset IN coalesce(r.datasets, []) WHERE dataset IN $datasets)
WITH DISTINCT coalesce(r.familyId, r.id) AS family
CALL (family) {
  MATCH (p:Patent {familyId: family}) WHERE p.external = false RETURN p
  UNION
  MATCH (p:Patent {id: family}) WHERE p.familyId IS NULL AND p.external = false RETURN p
}
RETURN ${STORED_PATENT_TEXT}
ORDER BY p.id`;

const WRITE_TAGS = `
UNWIND $rows AS row
MERGE (t:ProjectBranchTag {id: row.id})
SET t = row`;

const DROP_TAGS = `
MATCH (t:ProjectBranchTag {project: $project, branch: $branch, version: $version}) WHERE t.family IN $families
DETACH DELETE t`;

const COUNT_FAMILIES = `
MATCH (v:ChainRuleVersion {project: $project, branch: $branch, version: $version})
SET v.families = COUNT { MATCH (t:ProjectBranchTag {project: $project, branch: $branch, version: $version}) }
RETURN v.families AS families`;

const TAG_BATCH = 2000;

export interface ProjectRetagSummary {
  /** Active project rule versions the run's families were tagged with. */
  versions: number;
  /** Families of the run each version now tags, summed over the versions. */
  tagged: number;
}

function taggerOf(version: ActiveVersion) {
  const vocabularies = z
    .record(z.string(), z.array(z.string()))
    .parse(JSON.parse(version.vocabulariesJson ?? '{}'));
  const rules = z.array(ChainRule).parse(JSON.parse(version.rulesJson));
  const localId = version.localId ?? version.branch.slice(version.chain.length + 1);
  const chain = oneLeafChainDefinition(version.chain, localId, rules, vocabularies);
  // A saved version was validated when it was saved; one that no longer is cannot tag anything.
  if (!chain.ok)
    throw new Error(`rule version ${version.branch} v${version.version}: ${chain.errors[0]?.message}`);
  return leafTagger(chain.chain);
}

async function applyVersion(
  db: Database,
  version: ActiveVersion,
  patents: readonly StoredPatentText[],
): Promise<number> {
  const tag = taggerOf(version);
  const hits = new Map<string, { rule: string; evidence: string }>();
  const families = new Set<string>();
  for (const patent of patents) {
    families.add(patent.family);
    if (hits.has(patent.family)) continue;
    const found = tag(patent);
    if (found) hits.set(patent.family, found);
  }
  const { project, chain, branch } = version;
  const rows = [...hits].map(([family, found]) => {
    const id = `${projectTagKey(project, branch, family)}|v${version.version}`;
    const row = { id, project, chain, branch, family, version: version.version, ...found };
    checkNode('ProjectBranchTag', ProjectBranchTagNode, id, row);
    return row;
  });
  const place = { project, branch, version: version.version };
  const unmatched = [...families].filter((family) => !hits.has(family));
  await writeTransaction(db, async (tx) => {
    for (let start = 0; start < unmatched.length; start += TAG_BATCH)
      await tx.run(DROP_TAGS, { ...place, families: unmatched.slice(start, start + TAG_BATCH) });
    for (let start = 0; start < rows.length; start += TAG_BATCH)
      await tx.run(WRITE_TAGS, { rows: rows.slice(start, start + TAG_BATCH) });
    await txRows(tx, z.object({ families: z.number() }), COUNT_FAMILIES, place);
  });
  return rows.length;
}

export async function tagRunForProjects(
  db: Database,
  datasets: readonly string[],
): Promise<ProjectRetagSummary> {
  const versions = await readRows(db, ActiveVersion, ACTIVE_VERSIONS);
  if (versions.length === 0 || datasets.length === 0) return { versions: 0, tagged: 0 };
  const patents = await readRows(db, StoredPatentText, RUN_FAMILY_PATENTS, { datasets: [...datasets] });
  let tagged = 0;
  for (const version of versions) tagged += await applyVersion(db, version, patents);
  return { versions: versions.length, tagged };
}
