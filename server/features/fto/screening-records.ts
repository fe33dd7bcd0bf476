/**
 * FTO screenings recorded under a project (POST /api/fto with `project`) and read back for the
 * project's report. The record keeps a summary, never the product text itself beyond its first
 * 200 characters: a confidential description stays in the request. Writes run in one managed
 * write transaction and are idempotent (MERGE on a hash id, SET of whole values).
 */
import { createHash } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import type { FtoRequest, FtoResponse, FtoScreeningRecord } from '@graph-schema/dto/fto';
import { FtoLevelsJson, FtoScreeningNode } from '@graph-schema/stored/fto-screenings';
import { readRows } from '@server/platform/db/read';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';

const EXCERPT_CHARS = 200;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The screened text as one string: the description, then the features one per line. */
export function productText(request: FtoRequest): string {
  return [request.description ?? '', ...(request.features ?? [])].filter((part) => part !== '').join('\n');
}

const SAVE_SCREENING = `
MATCH (p:Project {id: $projectId})
MERGE (s:FtoScreening {id: $id})
SET s += $props, s.screenedAt = datetime()
MERGE (s)-[:SCREENED_FOR]->(p)
RETURN s.id AS id`;

/** Records the screening under the project; null when the project does not exist. */
export async function recordScreening(
  db: Database,
  projectId: string,
  request: FtoRequest,
  response: FtoResponse,
): Promise<{ id: string; project: string } | null> {
  const text = productText(request);
  const productHash = sha256(text);
  // Same project, text and screening scope → the same record, updated (a re-run, or a retried write).
  const id = sha256(
    JSON.stringify([
      projectId,
      productHash,
      request.jurisdictions,
      request.asOf,
      request.cpc ?? null,
      request.includeInactive === true,
      request.ownPortfolio ?? null,
    ]),
  );
  const props = FtoScreeningNode.omit({ screenedAt: true }).parse({
    id,
    projectId,
    productHash,
    productExcerpt: [...text].slice(0, EXCERPT_CHARS).join(''),
    asOf: response.asOf,
    jurisdictions: response.jurisdictions,
    indexed: response.indexed,
    candidatesScreened: response.candidatesScreened,
    total: response.total,
    levelsJson: z.encode(FtoLevelsJson, response.riskLevels ?? []),
  });
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, z.object({ id: z.string() }), SAVE_SCREENING, { projectId, id, props }),
  );
  return rows.length > 0 ? { id, project: projectId } : null;
}

const LIST_SCREENINGS = `
MATCH (s:FtoScreening)-[:SCREENED_FOR]->(:Project {id: $projectId})
RETURN s.id AS id, s.projectId AS projectId, s.productHash AS productHash, s.productExcerpt AS productExcerpt,
       s.asOf AS asOf, s.jurisdictions AS jurisdictions, s.indexed AS indexed,
       s.candidatesScreened AS candidatesScreened, s.total AS total, s.levelsJson AS levelsJson,
       toString(s.screenedAt) AS screenedAt
ORDER BY asOf, screenedAt, id`;

const ScreeningRow = FtoScreeningNode.extend({ screenedAt: z.string() });

/** The project's screenings, oldest first (by as-of day, then run time, then id). */
export async function listScreenings(db: Database, projectId: string): Promise<FtoScreeningRecord[]> {
  const rows = await readRows(db, ScreeningRow, LIST_SCREENINGS, { projectId });
  return rows.map((row) => ({
    id: row.id,
    project: row.projectId,
    productHash: row.productHash,
    productExcerpt: row.productExcerpt,
    asOf: row.asOf,
    screenedAt: row.screenedAt,
    jurisdictions: row.jurisdictions,
    indexed: row.indexed,
    candidatesScreened: row.candidatesScreened,
    total: row.total,
    levels: FtoLevelsJson.parse(row.levelsJson),
  }));
}
