/**
 * The branch review's part of a project export file (issue 13): the project's hand includes and
 * excludes and its sample judgements, read for the export and written back on import. The nodes
 * are keyed `project|branch|family` (graph-schema/stored/branch-review.ts), so an import under a
 * new id (a copy) makes keys of its own, and `at` keeps the time of the original record.
 */
import type { Database } from '@graph-schema/db/driver';
import {
  ProjectFileJudgement,
  ProjectFileOverride,
  type ProjectFileReview,
} from '@graph-schema/dto/project-review';
import { BranchJudgementNode, BranchOverrideNode, reviewKey } from '@graph-schema/stored/branch-review';
import { readRows } from '@server/platform/db/read';
import type { ManagedTransaction } from 'neo4j-driver';

const OVERRIDES = `
MATCH (:Project {id: $id})-[:HAS_OVERRIDE]->(o:BranchOverride)
RETURN o.chain AS chain, o.branch AS branch, o.family AS family, o.who AS who, toString(o.at) AS at,
       o.action AS action, o.why AS why
ORDER BY branch, family`;

const JUDGEMENTS = `
MATCH (:Project {id: $id})-[:HAS_JUDGEMENT]->(j:BranchJudgement)
RETURN j.chain AS chain, j.branch AS branch, j.family AS family, j.who AS who, toString(j.at) AS at,
       j.verdict AS verdict, j.note AS note
ORDER BY branch, family`;

/** The review of a project for its export file; undefined when it has none (the file stays as before). */
export async function readReviewForExport(db: Database, id: string): Promise<ProjectFileReview | undefined> {
  const [overrides, judgements] = await Promise.all([
    readRows(db, ProjectFileOverride, OVERRIDES, { id }),
    readRows(db, ProjectFileJudgement, JUDGEMENTS, { id }),
  ]);
  return overrides.length + judgements.length > 0 ? { overrides, judgements } : undefined;
}

const DELETE_REVIEW = `
MATCH (:Project {id: $id})-[:HAS_OVERRIDE|HAS_JUDGEMENT]->(r) WHERE r:BranchOverride OR r:BranchJudgement
DETACH DELETE r`;

// datetime(null) is null: a record without a time gets the import's.
const WRITE_OVERRIDES = `
MATCH (project:Project {id: $id})
UNWIND $rows AS row
MERGE (o:BranchOverride {id: row.node.id})
SET o += row.node, o.at = coalesce(datetime(row.at), datetime())
MERGE (project)-[:HAS_OVERRIDE]->(o)`;

const WRITE_JUDGEMENTS = `
MATCH (project:Project {id: $id})
UNWIND $rows AS row
MERGE (j:BranchJudgement {id: row.node.id})
SET j += row.node, j.at = coalesce(datetime(row.at), datetime())
MERGE (project)-[:HAS_JUDGEMENT]->(j)`;

/**
 * Inside the import's transaction: the project's review becomes the file's (a project imported
 * over an existing one loses the old review, as it loses the old pins). Each node is checked
 * against the stored model before it is written.
 */
export async function replaceReviewTx(
  tx: ManagedTransaction,
  id: string,
  review: ProjectFileReview | undefined,
): Promise<void> {
  await tx.run(DELETE_REVIEW, { id });
  if (!review) return;
  const overrides = review.overrides.map(({ at, ...rest }) => ({
    at,
    node: BranchOverrideNode.parse({ id: reviewKey(id, rest.branch, rest.family), project: id, ...rest }),
  }));
  const judgements = review.judgements.map(({ at, ...rest }) => ({
    at,
    node: BranchJudgementNode.parse({ id: reviewKey(id, rest.branch, rest.family), project: id, ...rest }),
  }));
  if (overrides.length > 0) await tx.run(WRITE_OVERRIDES, { id, rows: overrides });
  if (judgements.length > 0) await tx.run(WRITE_JUDGEMENTS, { id, rows: judgements });
}
