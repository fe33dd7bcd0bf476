/**
 * A seeded random sample of a branch's hits to judge: the families the rule tags (ingest's TAGGED
 * links, or the project's re-tagging with its own rule version; hand excludes stay in — the
 * sample measures the rule, not the overrides), ordered by family id
 * so the same data, seed and size always give the same sample; the draw's generator is seeded with
 * seed × branch id, so other branches' samples do not move when one changes.
 */

import type { Database } from '@graph-schema/db/driver';
import type { BranchSampleQuery, BranchSampleResponse } from '@graph-schema/dto/branch-review';
import { sampleIndexes } from '@graph-schema/vocabulary/seeded-random';
import { readRows } from '@server/platform/db/read';
import { familyKeyOf, ruleHits } from '@server/platform/scope/branch-membership';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

/** The rule's hits (TAGGED links, or the project's active-version tags where it has one), sampled
 * only among the patents the request may see (platform/visibility). */
const populationQuery = ({ seen }: PatentFilter) => `
${ruleHits('p')}
WITH p, rule, evidence WHERE ${seen('p')}
WITH ${familyKeyOf('p')} AS family, p, rule, evidence ORDER BY p.id
WITH family, collect({id: p.id, zh: p.titleZh, en: p.titleEn, rule: rule, evidence: evidence})[0] AS first
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

export async function branchSample(
  db: Database,
  project: string,
  branch: string,
  query: BranchSampleQuery,
): Promise<BranchSampleResponse> {
  const filter = patentFilter();
  const population = await readRows(db, PopulationRow, populationQuery(filter), {
    ...filter.params,
    branch,
    scopeProject: project,
  });
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
