/** Chains, panorama, branch patents and the chain maps through app.inject on the demo corpus. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { BranchPatentsResponse, ChainListResponse, ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { MapData } from '@graph-schema/dto/map';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

const CountRow = z.object({ n: z.number() });

const CHAIN = 'lithium-battery';
/** The demo's lithium-battery leader (翠峰锂业), URL-encoded where it goes into a query string. */
const LEADER = '翠峰锂业';
const encoded = encodeURIComponent(LEADER);

async function familiesTagged(db: Database, branch: string): Promise<number> {
  const [row] = await readRows(
    db,
    CountRow,
    `MATCH (p:Patent)-[:TAGGED]->(leaf:TechBranch) WHERE p.external = false AND $branch IN leaf.lineage + [leaf.segment, leaf.chain]
     RETURN count(DISTINCT p.familyId) AS n`,
    { branch },
  );
  return row!.n;
}

describe('chain API on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  let panorama: ChainPanoramaResponse;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    app = await buildTestApp(db);
    panorama = ChainPanoramaResponse.parse(
      (await app.inject(`/api/chains/${CHAIN}/panorama?applicant=${encoded}&topApplicants=2`)).json(),
    );
  });
  afterAll(async () => {
    await app.close();
    await db.driver.close();
  });

  it('GET /api/chains lists the four shipped chains with family counts from the graph', async () => {
    const body = ChainListResponse.parse((await app.inject('/api/chains')).json());
    expect(body.chains.map((c) => c.id)).toEqual(['drones', 'ev', CHAIN, 'pv']);
    const lib = body.chains.find((c) => c.id === CHAIN)!;
    expect(lib.families).toBe(await familiesTagged(db, CHAIN));
    expect(lib).toMatchObject({ segments: 3, branches: 30, leafBranches: 23 });
  });

  it('orders segments upstream → downstream and counts families per node as the graph does', async () => {
    expect(panorama.segments.map((s) => s.kind)).toEqual(['upstream', 'midstream', 'downstream']);
    expect(panorama.families).toBe(await familiesTagged(db, CHAIN));
    const lfp = panorama.segments[0]!.branches.find((b) => b.localId === 'lib-cathode-lfp')!;
    expect(lfp.families).toBe(await familiesTagged(db, lfp.id));
    const cathode = panorama.segments[0]!.branches.find((b) => b.localId === 'lib-cathode')!;
    expect(cathode.childIds).toContain(lfp.id);
    expect(lfp.parentId).toBe(cathode.id);
    expect(cathode.families).toBe(await familiesTagged(db, cathode.id));
    expect(lfp.topApplicants.length).toBeLessThanOrEqual(2);
  });

  it("recomputes the applicant's RTA per leaf from the returned counts", () => {
    const leaves = panorama.segments.flatMap((s) => s.branches).filter((b) => b.isLeaf);
    const ownTotal = leaves.reduce((sum, b) => sum + (b.applicant?.families ?? 0), 0);
    const fieldTotal = leaves.reduce((sum, b) => sum + b.families, 0);
    expect(ownTotal).toBeGreaterThan(0);
    for (const leaf of leaves.filter((b) => b.families > 0)) {
      const own = leaf.applicant!.families;
      expect(leaf.applicant!.rta).toBeCloseTo(own / ownTotal / (leaf.families / fieldTotal), 2);
      expect(leaf.applicant!.shareOfBranch).toBeCloseTo(own / leaf.families, 2);
    }
  });

  it('flags weak links by the stated rule, with the evidence', async () => {
    const leaves = panorama.segments.flatMap((s) => s.branches).filter((b) => b.isLeaf);
    for (const leaf of leaves) {
      const signal = leaf.signals!;
      expect(leaf.weakLink).toBe(leaf.families < 5 || signal.blank);
      const growth = signal.threeYearGrowth ?? Number.POSITIVE_INFINITY;
      const fromZero = signal.earlierFamilies === 0 && signal.recentFamilies > 0;
      expect(signal.hot).toBe(
        signal.shareOfLeafFilings > 0.15 || ((fromZero || growth > 0.5) && signal.majorApplicants >= 3),
      );
    }
    const bms = leaves.find((b) => b.localId === 'lib-bms')!;
    expect(bms.families).toBe(3);
    expect(panorama.weakLinks.find((w) => w.id === bms.id)?.reasons).toEqual([
      {
        code: 'chain.fewFamilies',
        params: { families: 3, weakBelow: 5 },
        text: 'few families: 3 < 5 同族数少',
      },
    ]);
    expect(panorama.rules.map((rule) => rule.code)).toEqual([
      'chain.rule.hot',
      'chain.rule.blank',
      'chain.rule.weakLink',
      'chain.rule.rta',
    ]);
    expect(panorama.growthWindows).toEqual({ asOfYear: 2022, recent: [2020, 2022], earlier: [2017, 2019] });
    expect(panorama.growthNote).toMatchObject({ code: 'note.growthWindows', params: { incompleteYears: 2 } });
  });

  it('pages the patents of a parent branch and counts them like the graph', async () => {
    const first = BranchPatentsResponse.parse(
      (await app.inject(`/api/chains/${CHAIN}/branches/lib-anode/patents?limit=10`)).json(),
    );
    const [row] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent)-[:TAGGED]->(leaf:TechBranch) WHERE p.external = false AND 'lithium-battery:lib-anode' IN leaf.lineage
       RETURN count(DISTINCT p) AS n`,
    );
    expect(first.total).toBe(row!.n);
    expect(first.patents).toHaveLength(10);
    expect(first.truncated).toBe(true);
    const second = BranchPatentsResponse.parse(
      (
        await app.inject(`/api/chains/${CHAIN}/branches/${CHAIN}:lib-anode/patents?limit=10&offset=10`)
      ).json(),
    );
    expect(second.patents.map((p) => p.id)).not.toContain(first.patents[0]!.id);
    expect(first.patents[0]!.matchedBy[0]!.branch).toMatch(/^lithium-battery:lib-anode-/);
  });

  it('answers 404 for an unknown chain, branch or applicant and 400 naming a bad field', async () => {
    expect((await app.inject('/api/chains/no-such-chain/panorama')).json()).toEqual({
      code: 'NOT_FOUND',
      message: 'chain "no-such-chain" not found',
    });
    expect((await app.inject(`/api/chains/${CHAIN}/branches/nope/patents`)).statusCode).toBe(404);
    expect((await app.inject(`/api/chains/${CHAIN}/panorama?applicant=nobody`)).statusCode).toBe(404);
    const bad = await app.inject(`/api/chains/${CHAIN}/panorama?weakBelow=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('weakBelow');
  });

  it('GET /api/maps/chain-panorama mirrors the panorama as a tree of nodes', async () => {
    const map = MapData.parse((await app.inject(`/api/maps/chain-panorama?chain=${CHAIN}`)).json());
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const edge of map.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(map.nodes.filter((n) => n.kind === 'segment')).toHaveLength(3);
    expect(map.nodes.filter((n) => n.kind === 'branch')).toHaveLength(30);
    expect(map.edges).toHaveLength(33);
    const bms = map.nodes.find((n) => n.id === `branch:${CHAIN}:lib-bms`)!;
    expect(bms).toMatchObject({
      weight: await familiesTagged(db, `${CHAIN}:lib-bms`),
      details: { weakLink: true },
    });
  });

  it('GET /api/maps/applicant-branch keeps the top applicants and aggregates the rest', async () => {
    const map = MapData.parse(
      (await app.inject(`/api/maps/applicant-branch?chain=${CHAIN}&topApplicants=3`)).json(),
    );
    const applicants = map.nodes.filter((n) => n.kind === 'applicant');
    expect(applicants.map((n) => n.id)).toEqual([
      `a:${LEADER}`,
      expect.any(String),
      expect.any(String),
      'a:others',
    ]);
    expect(map.truncated).toBe(true);
    expect(map.note!.text).toMatch(/top 3 of \d+ applicants/);
    expect(map.note).toMatchObject({ code: 'map.topApplicantsAggregated', params: { shownApplicants: 3 } });
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const edge of map.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const leaderEdges = map.edges.filter((e) => e.source === `a:${LEADER}`);
    const lfp = panorama.segments[0]!.branches.find((b) => b.localId === 'lib-cathode-lfp')!;
    expect(leaderEdges.find((e) => e.target === `b:${lfp.id}`)!.weight).toBe(lfp.applicant!.families);
  });
});
