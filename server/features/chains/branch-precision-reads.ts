/** A project's precision estimate per judged branch of a chain, for the views that flag branches. */
import type { Database } from '@graph-schema/db/driver';
import type { Precision } from '@graph-schema/dto/precision';
import { precisionOf } from '@server/analytics/branch-precision';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const JUDGED = `
MATCH (j:BranchJudgement {project: $project, chain: $chain})
RETURN j.branch AS branch, count(j) AS judged, count(CASE WHEN j.verdict = 'correct' THEN 1 END) AS correct`;

const Row = z.object({ branch: z.string(), judged: z.number(), correct: z.number() });

/** Branches without judgements are absent: callers show them as unreviewed. */
export async function chainPrecisions(
  db: Database,
  project: string,
  chain: string,
): Promise<Map<string, Precision>> {
  const rows = await readRows(db, Row, JUDGED, { project, chain });
  return new Map(rows.map((row) => [row.branch, precisionOf(row.correct, row.judged)]));
}
