/**
 * Writes of navigation projects, each in one managed write transaction (retried as a whole, so
 * every statement is idempotent: MERGE on the id, SET of whole values). A project owns only its
 * node and its USES_DATASET links; datasets and patents are shared data and are never deleted here.
 */
import type { Database } from '@graph-schema/db/driver';
import type { DatasetRecord, ProjectDefinition, ProjectFilePin } from '@graph-schema/dto/project';
import type { ProjectFileReview } from '@graph-schema/dto/project-review';
import { DatasetNode, ProjectDefinitionJson, ProjectNode } from '@graph-schema/stored/projects';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';
import { DELETE_PROJECT_PINS, replacePinsTx } from './pins-writes';
import { replaceReviewTx } from './review-transfer';

/** The node's properties, checked against the stored model before they are written. */
function projectProperties(id: string, definition: ProjectDefinition) {
  return ProjectNode.parse({
    id,
    name: definition.name,
    navigationType: definition.navigationType,
    definitionJson: z.encode(ProjectDefinitionJson, definition),
  });
}

// createdAt is set once; a re-run (or a replacing import) keeps it.
const SAVE_PROJECT = `
MERGE (p:Project {id: $id})
ON CREATE SET p.createdAt = datetime()
SET p.name = $name, p.navigationType = $navigationType, p.definitionJson = $definitionJson,
    p.updatedAt = datetime(), p.workspace = coalesce(p.workspace, $workspace)`;

/** `workspace`: the client workspace a new project belongs to (an existing one keeps its own). */
export async function createProject(
  db: Database,
  id: string,
  definition: ProjectDefinition,
  workspace: string,
): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx.run(SAVE_PROJECT, { ...projectProperties(id, definition), workspace }),
  );
}

const UPDATE_PROJECT = `
MATCH (p:Project {id: $id})
SET p.name = $name, p.navigationType = $navigationType, p.definitionJson = $definitionJson,
    p.updatedAt = datetime()
RETURN p.id AS id`;

/** False when there is no such project. */
export async function updateProject(
  db: Database,
  id: string,
  definition: ProjectDefinition,
): Promise<boolean> {
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, z.object({ id: z.string() }), UPDATE_PROJECT, projectProperties(id, definition)),
  );
  return rows.length > 0;
}

const COPY_LINKS = `
MATCH (:Project {id: $from})-[:USES_DATASET]->(d:Dataset)
MATCH (p:Project {id: $to})
MERGE (p)-[:USES_DATASET]->(d)`;

export async function duplicateProject(
  db: Database,
  from: string,
  to: string,
  definition: ProjectDefinition,
  workspace: string,
): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.run(SAVE_PROJECT, { ...projectProperties(to, definition), workspace });
    await tx.run(COPY_LINKS, { from, to });
  });
}

const SHARING = `
MATCH (p:Project {id: $id})-[:USES_DATASET]->(d:Dataset)
OPTIONAL MATCH (other:Project)-[:USES_DATASET]->(d) WHERE other <> p
RETURN d.checksum AS checksum, collect(DISTINCT other.id) AS sharedWith
ORDER BY checksum`;
const SharingRow = z.object({ checksum: z.string(), sharedWith: z.array(z.string()) });

const DELETE_PROJECT = `
MATCH (p:Project {id: $id})
OPTIONAL MATCH (p)-[link:USES_DATASET]->(:Dataset)
WITH p, count(link) AS links
DETACH DELETE p
RETURN links`;

export interface DeletedProject {
  datasetLinks: number;
  datasets: string[];
  sharedWithProjects: string[];
}

// A screening record is made for exactly one project (server/features/fto/screening-records.ts):
// it goes with the project, like its pins.
const DELETE_PROJECT_SCREENINGS =
  'MATCH (s:FtoScreening)-[:SCREENED_FOR]->(:Project {id: $id}) DETACH DELETE s';

// Branch-review judgements, overrides and rule versions are the project's own analysis: they go with it.
const DELETE_PROJECT_REVIEW = `
MATCH (:Project {id: $id})-[:HAS_OVERRIDE|HAS_JUDGEMENT|HAS_RULE_VERSION]->(r)
WHERE r:BranchOverride OR r:BranchJudgement OR r:ChainRuleVersion
DETACH DELETE r`;

// The project's own tags (rule versions it applied) go with it too.
const DELETE_PROJECT_TAGS = 'MATCH (t:ProjectBranchTag {project: $id}) DETACH DELETE t';
// The effect dictionary and hand tags are the project's own too (server/features/tech-effect/dictionary).
const DELETE_PROJECT_EFFECTS = `
MATCH (:Project {id: $id})-[:HAS_EFFECT_DICTIONARY|HAS_EFFECT_TAG]->(e) WHERE e:EffectDictionary OR e:EffectTag
DETACH DELETE e`;

/** Deletes the node, its links, its own pins and FTO screening records only; null when there is no such project. */
export async function deleteProject(db: Database, id: string): Promise<DeletedProject | null> {
  return writeTransaction(db, async (tx) => {
    const sharing = await txRows(tx, SharingRow, SHARING, { id });
    await tx.run(DELETE_PROJECT_PINS, { id });
    await tx.run(DELETE_PROJECT_SCREENINGS, { id });
    await tx.run(DELETE_PROJECT_REVIEW, { id });
    await tx.run(DELETE_PROJECT_TAGS, { id });
    await tx.run(DELETE_PROJECT_EFFECTS, { id });
    const [deleted] = await txRows(tx, z.object({ links: z.number() }), DELETE_PROJECT, { id });
    if (!deleted) return null;
    return {
      datasetLinks: deleted.links,
      datasets: sharing.map((s) => s.checksum),
      sharedWithProjects: [...new Set(sharing.flatMap((s) => s.sharedWith))].sort(),
    };
  });
}

// An existing record is the graph's own account of a load and is not overwritten by a file's;
// a record made here has no lastRunId, which marks it as not loaded in this graph.
const IMPORT_DATASETS = `
UNWIND $datasets AS row
MERGE (d:Dataset {checksum: row.checksum})
ON CREATE SET d.fileName = row.fileName, d.format = row.format, d.sizeBytes = row.sizeBytes,
    d.exporter = row.exporter, d.exportDate = row.exportDate, d.importedAt = datetime(row.importedAt),
    d.read = row.read, d.loaded = row.loaded, d.quarantined = row.quarantined
WITH d
MATCH (p:Project {id: $id})
MERGE (p)-[:USES_DATASET]->(d)`;

const EXISTING_DATASETS = 'MATCH (d:Dataset) WHERE d.checksum IN $checksums RETURN d.checksum AS checksum';
const UNLINK = 'MATCH (:Project {id: $id})-[link:USES_DATASET]->() DELETE link';

export interface ImportedDatasets {
  present: string[];
  recordedOnly: string[];
}

/** What an import writes: the file's parts; `pins` absent (a file from before pins) keeps none. */
export interface ImportedParts {
  definition: ProjectDefinition;
  datasets: DatasetRecord[];
  pins: readonly ProjectFilePin[];
  /** The branch review's overrides and judgements (issue 13), if the file has them. */
  branchReview?: ProjectFileReview;
}

/**
 * Saves an imported project, its dataset records and its pins. `replace`: the stored definition,
 * links and pins become the file's; `freshPinIds` (a copy): the pins get new ids. Returns which
 * records were already in this graph.
 */
export async function importProject(
  db: Database,
  id: string,
  { definition, datasets, pins, branchReview }: ImportedParts,
  options: { replace: boolean; freshPinIds: boolean; workspace: string },
): Promise<ImportedDatasets> {
  for (const dataset of datasets)
    DatasetNode.parse({
      ...dataset,
      exporter: dataset.exporter ?? undefined,
      exportDate: dataset.exportDate ?? undefined,
    });
  return writeTransaction(db, async (tx) => {
    const checksums = datasets.map((d) => d.checksum);
    const existing = await txRows(tx, z.object({ checksum: z.string() }), EXISTING_DATASETS, { checksums });
    const present = new Set(existing.map((row) => row.checksum));
    if (options.replace) await tx.run(UNLINK, { id });
    await tx.run(SAVE_PROJECT, { ...projectProperties(id, definition), workspace: options.workspace });
    await tx.run(IMPORT_DATASETS, { id, datasets });
    await replacePinsTx(tx, id, pins, options.freshPinIds);
    await replaceReviewTx(tx, id, branchReview);
    return {
      present: checksums.filter((c) => present.has(c)),
      recordedOnly: checksums.filter((c) => !present.has(c)),
    };
  });
}
