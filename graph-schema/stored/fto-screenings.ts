/**
 * One (:FtoScreening) per screening run in a project (POST /api/fto with `project`), linked
 * (:FtoScreening)-[:SCREENED_FOR]->(:Project). Its id is a hash of the project, the screened text
 * and the request's scope, so running the same screening again updates one record (and a retried
 * write transaction cannot duplicate it). The level summary is one JSON string (Neo4j stores no
 * nested maps), read back through the DTO schema.
 */
import { z } from 'zod';
import { FtoRiskLevelSummary } from '../dto/fto';
import { ProjectId } from '../dto/project';
import { jsonProperty } from '../vocabulary/stored-json';

export const FtoLevelsJson = jsonProperty(z.array(FtoRiskLevelSummary));

const Count = z.number().int().nonnegative();

export const FtoScreeningNode = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in lower-case hex'),
  projectId: ProjectId,
  productHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in lower-case hex'),
  productExcerpt: z.string().max(200),
  asOf: z.string(),
  jurisdictions: z.array(z.string()),
  indexed: Count,
  candidatesScreened: Count,
  total: Count,
  levelsJson: z.string().min(2),
  /** Neo4j `DateTime` set by the write. */
  screenedAt: z.string().optional(),
});
export type FtoScreeningNode = z.infer<typeof FtoScreeningNode>;
