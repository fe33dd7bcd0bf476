/**
 * Branch tagging review (issue 13) on the real Neo4j with the shared demo corpus: the review of a
 * branch (rule in full, counts, sibling overlap), a deterministic seeded sample, judgements giving
 * a recorded precision with its Wilson interval, and a hand exclude that every project-scoped
 * branch count honours — and that survives re-ingesting the same files.
 */
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import type { Database } from '@graph-schema/db/driver';
import { BranchReviewResponse, BranchSampleResponse, Precision } from '@graph-schema/dto/branch-review';
import { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { Project } from '@graph-schema/dto/project';
import { runIngest } from '@ingest/pipeline/ingest';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useWritingDemoApp } from './helpers/app';
import { TEST_DEMO } from './helpers/demo';
import { REPO_ROOT } from './shared-fixtures';

const CHAIN = 'lithium-battery';
const BRANCH = 'lithium-battery:lib-anode-carbon';
const base = (project: string) => `/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}`;

describe('branch review API', () => {
  let db: Database;
  let app: FastifyInstance;
  // This file writes projects, overrides and a second ingest run: the next reader reloads the corpus.
  const { json, post } = useWritingDemoApp((demo) => {
    ({ db, app } = demo);
  });
  const panoramaFamilies = async (query: string) => {
    const panorama = ChainPanoramaResponse.parse(await json(`/api/chains/${CHAIN}/panorama?${query}`));
    const branch = panorama.segments.flatMap((s) => s.branches).find((b) => b.id === BRANCH);
    return { families: branch?.families, flag: branch?.precision?.precisionFlag };
  };
  const coreFamilies = async (query: string) =>
    CorePatentsResponse.parse(await json(`/api/core-patents?branch=${BRANCH}&${query}`)).totals.families;
  const review = async (project: string) => BranchReviewResponse.parse(await json(`${base(project)}/review`));

  it('reviews, samples, judges and overrides a branch; the override survives a re-ingest', async () => {
    const created = await post('/api/projects', { name: 'Anode review', navigationType: 'industry' });
    expect(created.statusCode, created.body).toBe(201);
    const project = Project.parse(created.json()).id;

    // The rule in full, counts and the sibling overlap (the fixed anode rules keep siblings apart).
    const first = await review(project);
    expect(first.rules.map((rule) => rule.id)).toContain('lib-anode-carbon-r1');
    expect(first.rules[0]?.keywords?.exclude).toContain('@silicon');
    expect(first.vocabularies.silicon).toEqual(['硅', 'silicon']);
    expect(first.counts.tagged).toBeGreaterThan(5);
    expect(first.counts.effective).toBe(first.counts.tagged);
    const ids = first.overlap.branches.map((row) => row.branch);
    expect(ids).toEqual([
      BRANCH,
      `${CHAIN}:lib-anode-silicon`,
      `${CHAIN}:lib-anode-silicon-carbon`,
      `${CHAIN}:lib-anode-lithium-metal`,
    ]);
    expect(first.overlap.both[0]?.[0]).toBe(first.counts.tagged);
    expect(first.overlap.both[0]?.slice(1)).toEqual([0, 0, 0]);
    expect(first.precision.precisionFlag).toBe('unreviewed');

    // Same seed and size → the same sample; a seed is part of the answer.
    const sampleUrl = `${base(project)}/sample?seed=7&n=5`;
    const sample = BranchSampleResponse.parse(await json(sampleUrl));
    expect(sample.hits).toHaveLength(5);
    expect(sample.population).toBe(first.counts.tagged);
    expect(BranchSampleResponse.parse(await json(sampleUrl)).hits).toEqual(sample.hits);

    // Judgements: 4 of 5 correct → 80 %, not flagged; the interval brackets it.
    const families = sample.hits.map((hit) => hit.family);
    let precision: Precision | undefined;
    for (const [index, family] of families.entries()) {
      const verdict = index === 0 ? 'incorrect' : 'correct';
      const response = await post(`${base(project)}/judgements`, {
        family,
        verdict,
        who: 'analyst-a',
        note: '',
      });
      expect(response.statusCode, response.body).toBe(200);
      precision = Precision.parse(response.json());
    }
    expect(precision).toMatchObject({ judged: 5, correct: 4, estimate: 0.8, precisionFlag: 'ok' });
    expect(precision?.low).toBeLessThan(0.8);
    expect(precision?.high).toBeGreaterThan(0.8);
    // A second verdict on the same hit replaces the first: 3 of 5 → flagged in the panorama.
    await post(`${base(project)}/judgements`, {
      family: families[1],
      verdict: 'incorrect',
      who: 'analyst-b',
      note: 'cathode',
    });
    expect((await review(project)).precision).toMatchObject({ judged: 5, correct: 3, precisionFlag: 'low' });
    expect((await panoramaFamilies(`project=${project}`)).flag).toBe('low');
    const judged = BranchSampleResponse.parse(await json(sampleUrl));
    expect(judged.hits[1]).toMatchObject({ verdict: 'incorrect', note: 'cathode' });

    // Bad input names the field.
    const badVerdict = await post(`${base(project)}/judgements`, {
      family: families[0],
      verdict: 'maybe',
      who: 'a',
    });
    expect(badVerdict.statusCode).toBe(400);
    expect(badVerdict.body).toContain('verdict');
    const notHit = await post(`${base(project)}/judgements`, {
      family: 'no-such-family',
      verdict: 'correct',
      who: 'a',
    });
    expect(notHit.statusCode).toBe(400);
    expect(notHit.body).toContain('family');

    // Exclude one family: every project-scoped count of the branch drops by one; other scopes do not.
    const before = {
      panorama: (await panoramaFamilies(`project=${project}`)).families!,
      core: await coreFamilies(`project=${project}`),
    };
    const excluded = families[0]!;
    const exclude = await post(`${base(project)}/overrides`, {
      family: excluded,
      action: 'exclude',
      who: 'analyst-a',
      why: 'high-nickel cathode patent',
    });
    expect(exclude.statusCode, exclude.body).toBe(200);
    const expectDroppedByOne = async () => {
      expect((await panoramaFamilies(`project=${project}`)).families).toBe(before.panorama - 1);
      expect(await coreFamilies(`project=${project}`)).toBe(before.core - 1);
      const after = await review(project);
      expect(after.counts).toMatchObject({
        tagged: first.counts.tagged,
        effective: first.counts.tagged - 1,
        excluded: 1,
      });
      expect(after.overrides).toEqual([
        expect.objectContaining({
          family: excluded,
          action: 'exclude',
          who: 'analyst-a',
          why: 'high-nickel cathode patent',
        }),
      ]);
    };
    await expectDroppedByOne();
    expect((await panoramaFamilies('')).families).toBe(before.panorama);
    expect(await coreFamilies('')).toBe(before.core);

    // Re-ingesting the same files rewrites tags; the override is not a tag and stays.
    const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
    const { files, aliasFile } = await ensureDemoCorpus(dir, TEST_DEMO);
    await runIngest(db, files, {
      aliasFile,
      quarantineDir: path.join(os.tmpdir(), 'patnav-review-quarantine'),
    });
    await expectDroppedByOne();

    // Removing the override restores the count.
    const removed = await app.inject({ method: 'DELETE', url: `${base(project)}/overrides/${excluded}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await panoramaFamilies(`project=${project}`)).families).toBe(before.panorama);
  }, 300_000);
});
