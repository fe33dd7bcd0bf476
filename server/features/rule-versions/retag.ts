/**
 * Re-tagging a leaf in a project with one of its rule versions, in bounded write transactions:
 * 1. the version's tags are written as ProjectBranchTag nodes keyed by version, TAG_BATCH per
 *    transaction (the leaf's membership does not move yet: only the active version's tags count);
 * 2. one transaction makes the version active (and records its family count and when);
 * 3. other versions' tags of the leaf are deleted, DELETE_BATCH per transaction.
 * Version 0 returns the leaf to the shipped rule (no version active, the project's tags deleted).
 * Every step is idempotent, so a re-tag interrupted half-way is finished by running it again.
 */
import type { Database } from '@graph-schema/db/driver';
import type { RetagResponse } from '@graph-schema/dto/rule-versions';
import { ProjectBranchTagNode, projectTagKey } from '@graph-schema/stored/rule-versions';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';
import { chainVocabularies } from '../branch-review/chain-vocabularies';
import { oneLeafChain, tagCorpus } from './corpus-tagging';
import { currentFamilies } from './current-tagging';
import { type LeafPlace, listVersions } from './version-store';

export const TAG_BATCH = 2000;
const DELETE_BATCH = 5000;

const WRITE_TAGS = `
UNWIND $rows AS row
MERGE (t:ProjectBranchTag {id: row.id})
SET t = row
RETURN count(t) AS written`;

const ACTIVATE = `
MATCH (v:ChainRuleVersion {project: $project, branch: $branch})
SET v.active = (v.version = $version)
WITH v WHERE v.version = $version
SET v.families = $families, v.appliedAt = datetime()
RETURN count(v) AS activated`;

const DELETE_STALE = `
MATCH (t:ProjectBranchTag {project: $project, branch: $branch}) WHERE t.version <> $version
WITH t LIMIT ${DELETE_BATCH}
DETACH DELETE t
RETURN count(*) AS deleted`;

const Written = z.object({ written: z.number() });
const Deleted = z.object({ deleted: z.number() });

export async function retagLeaf(
  db: Database,
  place: LeafPlace,
  leafLocalId: string,
  version: number,
): Promise<RetagResponse> {
  let batches = 0;
  let families: number;
  if (version === 0) {
    families = -1;
  } else {
    const chosen = (await listVersions(db, place)).find((candidate) => candidate.version === version);
    if (!chosen) throw new Error(`no rule version ${version}`);
    const chain = oneLeafChain(
      place.chain,
      leafLocalId,
      chosen.rules,
      await chainVocabularies(db, place.chain),
    );
    const { tagged } = await tagCorpus(db, chain);
    const rows = [...tagged.values()].map((hit) =>
      ProjectBranchTagNode.parse({
        id: `${projectTagKey(place.project, place.branch, hit.family)}|v${version}`,
        ...place,
        family: hit.family,
        version,
        rule: hit.rule,
        evidence: hit.evidence,
      }),
    );
    for (let start = 0; start < rows.length; start += TAG_BATCH) {
      const batch = rows.slice(start, start + TAG_BATCH);
      await writeTransaction(db, (tx) => txRows(tx, Written, WRITE_TAGS, { rows: batch }));
      batches++;
    }
    families = rows.length;
  }
  await writeTransaction(db, (tx) =>
    txRows(tx, z.object({ activated: z.number() }), ACTIVATE, { ...place, version, families }),
  );
  batches++;
  for (;;) {
    const [row] = await writeTransaction(db, (tx) =>
      txRows(tx, Deleted, DELETE_STALE, { ...place, version }),
    );
    batches++;
    if ((row?.deleted ?? 0) < DELETE_BATCH) break;
  }
  if (families < 0) families = (await currentFamilies(db, place.project, place.branch)).size;
  return { branch: place.branch, version, families, batches };
}
