/**
 * Deletes one (:Dataset) and what only it brought (issue 14): every patent and link records the
 * datasets that stated it (ingest/load/link-statements.ts), so the dataset's checksum is taken off
 * each; links and patents no other dataset states go, a patent others still cite stays as an
 * external stub, and nodes left without links (families, applicants, inventors, offices, stubs,
 * classes no patent uses) go too. Bounded batches, one managed write transaction each, so a large
 * dataset never needs one huge transaction; each step is idempotent and can be re-run.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { z } from 'zod';

const BATCH = 5000;

const RELEASE_LINKS = `
MATCH ()-[r]->() WHERE $dataset IN r.datasets
WITH r LIMIT ${BATCH}
SET r.datasets = [d IN r.datasets WHERE d <> $dataset]
WITH r, size(r.datasets) = 0 AS orphan
FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE r)
RETURN count(*) AS n, sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS deleted`;

/** A patent no dataset holds any more: deleted, or back to a stub when a remaining patent cites it. */
const RELEASE_PATENTS = `
MATCH (p:Patent) WHERE $dataset IN p.datasets
WITH p LIMIT ${BATCH}
SET p.datasets = [d IN p.datasets WHERE d <> $dataset]
WITH p, size(p.datasets) = 0 AS released
CALL (p, released) {
  WITH p WHERE released
  OPTIONAL MATCH (p)-[own]->() DELETE own
  WITH DISTINCT p, EXISTS { ()-[:CITES]->(p) } AS cited
  FOREACH (_ IN CASE WHEN cited THEN [1] ELSE [] END |
    SET p = {id: p.id, office: p.office, jurisdiction: p.jurisdiction, external: true})
  FOREACH (_ IN CASE WHEN cited THEN [] ELSE [1] END | DETACH DELETE p)
}
RETURN count(*) AS n, sum(CASE WHEN released THEN 1 ELSE 0 END) AS released`;

/** Nodes that only linked patents gave a reason to exist; classes are pruned leaf first. */
const PRUNE = [
  'MATCH (f:Family) WHERE NOT EXISTS { (f)<-[:IN_FAMILY]-() } WITH f LIMIT 5000 DELETE f RETURN count(*) AS n',
  'MATCH (a:Applicant) WHERE NOT EXISTS { (a)--() } WITH a LIMIT 5000 DELETE a RETURN count(*) AS n',
  'MATCH (i:Inventor) WHERE NOT EXISTS { (i)--() } WITH i LIMIT 5000 DELETE i RETURN count(*) AS n',
  'MATCH (o:Office) WHERE NOT EXISTS { (o)--() } WITH o LIMIT 5000 DELETE o RETURN count(*) AS n',
  'MATCH (p:Patent {external: true}) WHERE NOT EXISTS { (p)--() } WITH p LIMIT 5000 DELETE p RETURN count(*) AS n',
  ...(['IPC', 'CPC'] as const).map(
    (label) => `MATCH (c:${label}) WHERE NOT EXISTS { (c)<-[:CLASSIFIED_AS|CHILD_OF]-() }
WITH c LIMIT 5000 DETACH DELETE c RETURN count(*) AS n`,
  ),
];

const DELETE_DATASET = 'MATCH (d:Dataset {checksum: $dataset}) DETACH DELETE d';
const DatasetRow = z.object({ fileName: z.string() });

export interface RemovedDataset {
  fileName: string;
  /** Links no other dataset stated. */
  links: number;
  /** Patents no other dataset holds (deleted, or kept as a stub where others cite them). */
  patents: number;
}

/** Runs `statement` until it reports no row touched; returns the summed `column`. */
async function untilDone(db: Database, statement: string, params: object, column = 'n'): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await writeRows(db, statement, { ...params });
    const n = Number(row?.n ?? 0);
    total += Number(row?.[column] ?? 0);
    if (n === 0) return total;
  }
}

export async function removeDataset(db: Database, checksum: string): Promise<RemovedDataset> {
  const [dataset] = await readRows(
    db,
    DatasetRow,
    'MATCH (d:Dataset {checksum: $checksum}) RETURN d.fileName AS fileName',
    {
      checksum,
    },
  );
  if (!dataset) throw new Error(`no dataset with checksum ${checksum}`);
  const params = { dataset: checksum };
  const links = await untilDone(db, RELEASE_LINKS, params, 'deleted');
  const patents = await untilDone(db, RELEASE_PATENTS, params, 'released');
  for (const statement of PRUNE) await untilDone(db, statement, {});
  await writeRows(db, DELETE_DATASET, params);
  return { fileName: dataset.fileName, links, patents };
}
