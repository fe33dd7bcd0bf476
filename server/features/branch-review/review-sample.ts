/**
 * A seeded random sample of a branch's hits to judge: the families ingest tagged with the branch
 * (hand excludes stay in — the sample measures the rule, not the overrides), ordered by family id
 * so the same data, seed and size always give the same sample; the draw's generator is seeded with
 * seed × branch id, so other branches' samples do not move when one changes.
 */

import type { Database } from '@graph-schema/db/driver';
import type { BranchSampleQuery, BranchSampleResponse } from '@graph-schema/dto/branch-review';
import { mulberry32 } from '@graph-schema/vocabulary/seeded-random';
import { readRows } from '@server/platform/db/read';
import { familyKeyOf } from '@server/platform/scope/branch-membership';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

// Sampled only among the patents the request may see (platform/visibility).
const populationQuery = ({ seen }: PatentFilter) => `
MATCH (p:Patent)-[t:TAGGED]->(leaf:TechBranch) WHERE p.external = false AND $branch IN leaf.lineage AND ${seen('p')}
WITH ${familyKeyOf('p')} AS family, p, t ORDER BY p.id
WITH family, collect({id: p.id, zh: p.titleZh, en: p.titleEn, rule: t.rule, evidence: t.matchedBy})[0] AS first
RETURN family, first ORDER BY family`;

const VERDICTS = `
MATCH (j:BranchJudgement {project: $project, branch: $branch}) WHERE j.family IN $families
RETURN j.family AS family, j.verdict AS verdict, j.note AS note`;

const PopulationRow = z.object({
  family: z.string(),
  first: z.object({
    id: z.string(),
    zh: z.string().nullable(),
    en: z.string().nullable(),
    rule: z.string().nullable(),
    evidence: z.string().nullable(),
  }),
});
const VerdictRow = z.object({
  family: z.string(),
  verdict: z.enum(['correct', 'incorrect']),
  note: z.string(),
});

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** `count` distinct indexes below `size` (partial Fisher–Yates), in ascending order. */
export function sampleIndexes(size: number, count: number, seed: number, key: string): number[] {
  const random = mulberry32((seed ^ fnv1a(key)) >>> 0);
  const indexes = Array.from({ length: size }, (_, index) => index);
  const take = Math.min(count, size);
  for (let position = 0; position < take; position++) {
    const swap = position + Math.floor(random() * (size - position));
    [indexes[position], indexes[swap]] = [indexes[swap] as number, indexes[position] as number];
  }
  return indexes.slice(0, take).sort((a, b) => a - b);
}

export async function branchSample(
  db: Database,
  project: string,
  branch: string,
  query: BranchSampleQuery,
): Promise<BranchSampleResponse> {
  const filter = patentFilter();
  const population = await readRows(db, PopulationRow, populationQuery(filter), { ...filter.params, branch });
  const chosen = sampleIndexes(population.length, query.n, query.seed, branch).map((i) => population[i]!);
  const families = chosen.map((row) => row.family);
  const verdicts = new Map(
    (await readRows(db, VerdictRow, VERDICTS, { project, branch, families })).map((row) => [row.family, row]),
  );
  return {
    seed: query.seed,
    n: query.n,
    population: population.length,
    hits: chosen.map(({ family, first }) => ({
      family,
      patentId: first.id,
      title: { zh: first.zh, en: first.en },
      rule: first.rule,
      evidence: first.evidence,
      verdict: verdicts.get(family)?.verdict ?? null,
      note: verdicts.get(family)?.note ?? null,
    })),
  };
}
