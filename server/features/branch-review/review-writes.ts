/**
 * The analyst's writes of a branch review, each one managed write transaction (MERGE on the
 * `project|branch|family` key, whole-value SETs, so a retry is harmless): a judgement of a sampled
 * hit, a hand include/exclude, and removing an override. Nothing here touches a TAGGED link.
 */

import type { Database } from '@graph-schema/db/driver';
import type { JudgementInput, OverrideInput } from '@graph-schema/dto/branch-review';
import { BranchJudgementNode, BranchOverrideNode, reviewKey } from '@graph-schema/stored/branch-review';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';

const Done = z.object({ id: z.string() });

const WRITE_JUDGEMENT = `
MATCH (project:Project {id: $node.project})
MERGE (j:BranchJudgement {id: $node.id})
SET j += $node, j.at = datetime()
MERGE (project)-[:HAS_JUDGEMENT]->(j)
RETURN j.id AS id`;

const WRITE_OVERRIDE = `
MATCH (project:Project {id: $node.project})
MERGE (o:BranchOverride {id: $node.id})
SET o += $node, o.at = datetime()
MERGE (project)-[:HAS_OVERRIDE]->(o)
RETURN o.id AS id`;

const DELETE_OVERRIDE = `
MATCH (:Project {id: $project})-[:HAS_OVERRIDE]->(o:BranchOverride {id: $id})
WITH o, o.id AS id DETACH DELETE o RETURN id`;

interface Place {
  project: string;
  chain: string;
  branch: string;
}

/** False when there is no such project. */
export async function writeJudgement(db: Database, place: Place, input: JudgementInput): Promise<boolean> {
  const node = BranchJudgementNode.parse({
    id: reviewKey(place.project, place.branch, input.family),
    ...place,
    family: input.family,
    verdict: input.verdict,
    who: input.who,
    note: input.note,
  });
  const rows = await writeTransaction(db, (tx) => txRows(tx, Done, WRITE_JUDGEMENT, { node }));
  return rows.length > 0;
}

/** False when there is no such project. */
export async function writeOverride(db: Database, place: Place, input: OverrideInput): Promise<boolean> {
  const node = BranchOverrideNode.parse({
    id: reviewKey(place.project, place.branch, input.family),
    ...place,
    family: input.family,
    action: input.action,
    who: input.who,
    why: input.why,
  });
  const rows = await writeTransaction(db, (tx) => txRows(tx, Done, WRITE_OVERRIDE, { node }));
  return rows.length > 0;
}

/** False when the project has no such override. */
export async function deleteOverride(db: Database, place: Place, family: string): Promise<boolean> {
  const id = reviewKey(place.project, place.branch, family);
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, Done, DELETE_OVERRIDE, { project: place.project, id }),
  );
  return rows.length > 0;
}
