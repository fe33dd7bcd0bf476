/**
 * Every reader of branch membership honours a project's hand exclusion (issue 13), on the real
 * Neo4j with the shared demo corpus. The readers are enumerated below, one count per view: a
 * family tagged with one leaf of the chain and filed by one applicant is excluded from that leaf,
 * and each project-scoped figure for the leaf drops by exactly one while the unscoped one stays.
 * (test/architecture/tagged-readers.unit.test.ts keeps the list whole: only the membership helper
 * may read :TAGGED, and each caller of it is one of the readers here.) Then the project's export
 * file carries the override and a judgement, and a copy imported from it keeps both.
 */
import type { Database } from '@graph-schema/db/driver';
import { BranchReviewResponse } from '@graph-schema/dto/branch-review';
import { BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import { BranchPatentsResponse, ChainListResponse, ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { GapCellResponse, GapsResponse } from '@graph-schema/dto/gaps';
import { CompositionResponse, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { MapData } from '@graph-schema/dto/map';
import { PatentDetail } from '@graph-schema/dto/patent';
import { ImportResult, Project, ProjectFile } from '@graph-schema/dto/project';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { graphDatasetRows } from '@server/features/reports/render/xlsx-rows';
import type { ServerContext } from '@server/platform/context';
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataVersion } from '@server/platform/data-version/read-data-version';
import { SnapshotService } from '@server/platform/snapshot/snapshot-service';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useWritingDemoApp } from './helpers/app';

const CHAIN = 'lithium-battery';
const BRANCH = 'lithium-battery:lib-anode-carbon';

type Reader = (scope: string) => Promise<number>;

let exported: { project: string; family: string; panorama: number } | undefined;

describe('branch membership readers honour a hand exclusion', () => {
  let db: Database;
  let app: FastifyInstance;
  // This file writes a project and an override: the next reader reloads the corpus.
  const { json } = useWritingDemoApp((demo) => {
    ({ db, app } = demo);
  });

  /** A family in BRANCH only (of the chain's leaves), with exactly one applicant: each count moves by one. */
  async function pickFamily(): Promise<{ patent: PatentDetail; applicant: string }> {
    const listed = BranchPatentsResponse.parse(
      await json(`/api/chains/${CHAIN}/branches/${BRANCH}/patents?limit=200`),
    );
    for (const candidate of listed.patents) {
      const patent = PatentDetail.parse(await json(`/api/patents/${candidate.id}`));
      const inChain = patent.branches.filter((b) => b.id.startsWith(`${CHAIN}:`));
      if (inChain.length === 1 && patent.applicants.length === 1 && patent.familyId)
        return { patent, applicant: patent.applicants[0]!.key };
    }
    throw new Error('no single-branch, single-applicant family in the demo corpus');
  }

  function readers(patent: PatentDetail, applicant: string): Record<string, Reader> {
    const sep = (scope: string) => (scope ? `&${scope}` : '');
    const server: ServerContext = (() => {
      const version = new DataVersion(() => readDataVersion(db));
      return { db, dataVersion: version, snapshots: new SnapshotService(db, version) };
    })();
    return {
      'scope filter (landscape trends, branch)': async (scope) =>
        TrendsResponse.parse(await json(`/api/landscape/trends?branch=${BRANCH}${sep(scope)}`)).totals
          .families,
      'panorama / branch activity': async (scope) =>
        ChainPanoramaResponse.parse(await json(`/api/chains/${CHAIN}/panorama?${scope}`))
          .segments.flatMap((s) => s.branches)
          .find((b) => b.id === BRANCH)!.families,
      'branch patents': async (scope) =>
        BranchPatentsResponse.parse(await json(`/api/chains/${CHAIN}/branches/${BRANCH}/patents?${scope}`))
          .total,
      'chain list': async (scope) =>
        ChainListResponse.parse(await json(`/api/chains?${scope}`)).chains.find((c) => c.id === CHAIN)!
          .families,
      'composition by branch': async (scope) =>
        CompositionResponse.parse(await json(`/api/landscape/composition?chain=${CHAIN}${sep(scope)}`))
          .chains.flatMap((c) => c.segments.flatMap((s) => s.branches))
          .find((b) => b.id === BRANCH)!.families,
      'applicant × branch map': async (scope) => {
        const map = MapData.parse(
          await json(`/api/maps/applicant-branch?chain=${CHAIN}&topApplicants=100${sep(scope)}`),
        );
        // The applicant's own edge, or the "others" edge when it is not among the top applicants.
        const source = map.nodes.some((n) => n.id === `a:${applicant}`) ? `a:${applicant}` : 'a:others';
        return map.edges.find((e) => e.source === source && e.target === `b:${BRANCH}`)!.weight;
      },
      'bubble matrix branch axis': async (scope) =>
        BubbleMatrixResponse.parse(
          await json(`/api/maps/bubble-matrix?axis=branch&chain=${CHAIN}&topColumns=60${sep(scope)}`),
        ).columns.find((c) => c.id === BRANCH)!.families,
      'tech-effect rows': async (scope) =>
        TechEffectResponse.parse(await json(`/api/tech-effect?chain=${CHAIN}${sep(scope)}`)).rows.find(
          (r) => r.id === BRANCH,
        )!.families,
      'gap rows': async (scope) =>
        GapsResponse.parse(await json(`/api/gaps?chain=${CHAIN}&applicant=${applicant}${sep(scope)}`))
          .segments.flatMap((s) => s.branches)
          .find((b) => b.id === BRANCH)!.fieldFamilies,
      'gap cell': async (scope) =>
        GapCellResponse.parse(
          await json(`/api/gaps/cell?chain=${CHAIN}&branch=${BRANCH}&applicant=${applicant}${sep(scope)}`),
        ).total,
      'core patents branch filter': async (scope) =>
        CorePatentsResponse.parse(await json(`/api/core-patents?branch=${BRANCH}${sep(scope)}`)).totals
          .families,
      'patent drawer tags': async (scope) =>
        PatentDetail.parse(await json(`/api/patents/${patent.id}?${scope}`)).branches.filter(
          (b) => b.id === BRANCH,
        ).length,
      'report XLSX branch tags': async (scope) => {
        const project = new URLSearchParams(scope).get('project') ?? undefined;
        const rows = graphDatasetRows(server, { dateBasis: 'priority', chain: CHAIN, project }, 'en');
        const families = new Set<string>();
        for await (const page of rows.branchTags())
          for (const tag of page) if (tag.branchId === BRANCH) families.add(tag.familyId ?? tag.patentId);
        return families.size;
      },
    };
  }

  it('every view counts the excluded family out of the branch in the project only', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Override readers', navigationType: 'industry' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const project = Project.parse(created.json()).id;
    const { patent, applicant } = await pickFamily();
    const all = readers(patent, applicant);
    const inProject = `project=${project}`;
    const before = new Map<string, number>();
    for (const [name, read] of Object.entries(all)) before.set(name, await read(inProject));

    const excluded = await app.inject({
      method: 'POST',
      url: `/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}/overrides`,
      payload: { family: patent.familyId, action: 'exclude', who: 'analyst', why: 'not a carbon anode' },
    });
    expect(excluded.statusCode, excluded.body).toBe(200);

    for (const [name, read] of Object.entries(all)) {
      const was = before.get(name)!;
      expect(was, name).toBeGreaterThan(0);
      expect(await read(inProject), `${name} in the project`).toBe(was - 1);
      expect(await read(''), `${name} without a project`).toBe(was);
    }
    exported = { project, family: patent.familyId!, panorama: before.get('panorama / branch activity')! };
  }, 300_000);

  it('a project export carries the overrides and judgements; importing a copy keeps them', async () => {
    expect(exported).toBeDefined();
    const { project, family, panorama } = exported!;
    const base = `/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}`;
    const judged = await app.inject({
      method: 'POST',
      url: `${base}/judgements`,
      payload: { family, verdict: 'incorrect', who: 'analyst', note: 'cathode' },
    });
    expect(judged.statusCode, judged.body).toBe(200);
    const file = ProjectFile.parse(await json(`/api/projects/${project}/export`));
    expect(file.branchReview?.overrides).toEqual([
      expect.objectContaining({
        branch: BRANCH,
        family,
        action: 'exclude',
        who: 'analyst',
        why: 'not a carbon anode',
      }),
    ]);
    expect(file.branchReview?.judgements).toEqual([
      expect.objectContaining({ branch: BRANCH, family, verdict: 'incorrect', note: 'cathode' }),
    ]);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/projects/import?onConflict=copy',
      payload: file,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const copy = ImportResult.parse(imported.json()).project.id;
    expect(copy).not.toBe(project);
    const review = BranchReviewResponse.parse(
      await json(`/api/projects/${copy}/chains/${CHAIN}/branches/${BRANCH}/review`),
    );
    expect(review.overrides).toEqual([
      expect.objectContaining({ family, action: 'exclude', who: 'analyst', why: 'not a carbon anode' }),
    ]);
    // The original record's time travels with it.
    expect(review.overrides[0]?.at?.slice(0, 19)).toBe(file.branchReview?.overrides[0]?.at?.slice(0, 19));
    expect(review.precision).toMatchObject({ judged: 1, correct: 0 });
    const copied = ChainPanoramaResponse.parse(await json(`/api/chains/${CHAIN}/panorama?project=${copy}`));
    expect(copied.segments.flatMap((s) => s.branches).find((b) => b.id === BRANCH)?.families).toBe(
      panorama - 1,
    );
    // Re-exporting the copy gives the same review (round trip).
    const again = ProjectFile.parse(await json(`/api/projects/${copy}/export`));
    const strip = (f: typeof file) => f.branchReview?.overrides.map(({ at: _, ...o }) => o);
    expect(strip(again)).toEqual(strip(file));
    // Bad input names the field.
    const bad = await app.inject({
      method: 'POST',
      url: '/api/projects/import?onConflict=copy',
      payload: {
        ...file,
        branchReview: { overrides: [{ ...file.branchReview!.overrides[0], action: 'drop' }], judgements: [] },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('action');
  }, 120_000);
});
