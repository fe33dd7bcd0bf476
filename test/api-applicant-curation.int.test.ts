/**
 * Applicant curation (issue 13) on the real Neo4j: the demo corpus loaded WITHOUT its alias table,
 * so each dominant applicant's Chinese and English spellings stay two applicants. The suggester
 * finds such a pair from the families filed under both names; merging it makes the landscape
 * ranking, the applicant × CPC and co-applicant maps, the bubble matrix, gaps and the type-ahead
 * show one entity; re-ingesting the same files keeps the merge; undo restores two.
 */
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { MergeResult, MergesResponse, SuggestionsResponse } from '@graph-schema/dto/applicant-curation';
import { ApplicantSuggestResponse } from '@graph-schema/dto/applicant-lookup';
import { BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import { CoApplicantResponse } from '@graph-schema/dto/collaboration';
import { GapsResponse } from '@graph-schema/dto/gaps';
import { LandscapeQuery } from '@graph-schema/dto/landscape';
import { ApplicantsQuery, ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { MapData } from '@graph-schema/dto/map';
import { runIngest } from '@ingest/pipeline/ingest';
import { applicantLandscape, applicantLandscapeFromCypher } from '@server/features/landscape/applicants';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import { landscape, landscapeFromCypher } from '@server/features/landscape/overview';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { TEST_DEMO } from './helpers/demo';
import { REPO_ROOT } from './shared-fixtures';

const CHAIN = 'lithium-battery';

const UNION_FAMILIES = `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE p.external = false AND a.key IN $keys
RETURN count(DISTINCT p.familyId) AS families`;

describe('applicant curation API', () => {
  let db: Database;
  let app: FastifyInstance;
  let files: string[];
  const ingest = () =>
    runIngest(db, files, { quarantineDir: path.join(os.tmpdir(), 'patnav-curation-quarantine') });

  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
    ({ files } = await ensureDemoCorpus(dir, TEST_DEMO));
    await ingest();
    app = await buildTestApp(db);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await db?.driver.close();
  });

  const json = async (url: string) => {
    const response = await app.inject(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const post = (url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url, payload });
  const ranking = async () => {
    const body = ApplicantsResponse.parse(await json('/api/landscape/applicants?top=200'));
    // The route answers from the in-memory landscape table: merged or not, as the Cypher does.
    expect(body).toEqual(await applicantLandscapeFromCypher(db, ApplicantsQuery.parse({ top: '200' })));
    return body;
  };
  /** Scoped to an entity's key or to a merged member's own key, the table's answers are the Cypher's. */
  const expectTableAnswersAsCypher = async (keys: string[]) => {
    const tables = new LandscapeTables(db);
    for (const key of keys) {
      const scope = { applicants: key, top: '50' };
      const applicants = ApplicantsQuery.parse(scope);
      expect(await applicantLandscape(db, applicants, tables), key).toEqual(
        await applicantLandscapeFromCypher(db, applicants),
      );
      const overview = LandscapeQuery.parse(scope);
      expect(await landscape(db, overview, tables), key).toEqual(await landscapeFromCypher(db, overview));
    }
  };
  const cpcKeys = async () =>
    MapData.parse(await json('/api/maps/applicant-cpc?topApplicants=60'))
      .nodes.filter((node) => node.kind === 'applicant')
      .map((node) => String(node.details.key));
  const coApplicantKeys = async () =>
    CoApplicantResponse.parse(await json('/api/maps/co-applicants?topApplicants=200')).map.nodes.map((node) =>
      String(node.details.key ?? node.id),
    );
  const bubbleKeys = async () =>
    BubbleMatrixResponse.parse(await json('/api/maps/bubble-matrix?topApplicants=50')).rows.map((r) => r.key);
  const unionFamilies = async (keys: string[]) =>
    (await readRows(db, z.object({ families: z.number() }), UNION_FAMILIES, { keys }))[0]!.families;

  it('suggests, merges (one entity everywhere), survives re-ingest, and undoes', async () => {
    const suggestions = SuggestionsResponse.parse(await json('/api/applicant-merges/suggestions?limit=200'));
    const translated = suggestions.suggestions.find((s) => s.reasons.some((r) => r.kind === 'translated'));
    expect(translated, 'a Chinese/English pair filed in the same families').toBeDefined();
    const { into, member } = translated!;
    const reason = translated!.reasons.find((r) => r.kind === 'translated')!;
    expect(reason.families).toBeGreaterThanOrEqual(2);
    expect(reason.detail.length).toBeGreaterThan(0);
    // Examples are publication-number pairs an analyst can look up, never internal family ids.
    for (const example of reason.detail) expect(example).toMatch(/^[A-Z]{2}\S+ \/ [A-Z]{2}\S+$/);
    expect(reason.detail.join(' ')).not.toContain('F:');

    const before = await ranking();
    const keysBefore = before.ranking.map((row) => row.key);
    expect(keysBefore).toEqual(expect.arrayContaining([into.key, member.key]));
    expect(await cpcKeys()).toEqual(expect.arrayContaining([into.key, member.key]));

    // Bad input is refused, naming the field.
    const self = await post('/api/applicant-merges', { into: into.key, members: [into.key], who: 'qa' });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('members');
    const unknown = await post('/api/applicant-merges', {
      into: 'no such key',
      members: [member.key],
      who: 'qa',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('into');

    const merged = await post('/api/applicant-merges', {
      into: into.key,
      members: [member.key],
      who: 'qa',
      why: 'same university, English name abroad',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const { group } = MergeResult.parse(merged.json());

    const expectOneEntity = async () => {
      const after = await ranking();
      expect(after.applicants).toBe(before.applicants - 1);
      const row = after.ranking.find((r) => r.key === into.key);
      expect(row?.name).toBe(into.name);
      expect(row?.families).toBe(await unionFamilies([into.key, member.key]));
      expect(after.ranking.map((r) => r.key)).not.toContain(member.key);
      const cpc = await cpcKeys();
      expect(cpc).toContain(into.key);
      expect(cpc).not.toContain(member.key);
      expect(await coApplicantKeys()).not.toContain(member.key);
      const bubble = await bubbleKeys();
      expect(bubble).toContain(into.key);
      expect(bubble).not.toContain(member.key);
      const gaps = GapsResponse.parse(
        await json(`/api/gaps?chain=${CHAIN}&applicant=${encodeURIComponent(into.key)}`),
      );
      expect(gaps.competitors.map((c) => c.key)).not.toContain(member.key);
      // The type-ahead finds the entity by the member's spelling.
      const typed = ApplicantSuggestResponse.parse(
        await json(`/api/applicants/suggest?q=${encodeURIComponent(member.name)}`),
      );
      expect(typed.applicants[0]?.key).toBe(into.key);
      expect(typed.applicants.map((a) => a.key)).not.toContain(member.key);
    };
    await expectOneEntity();
    await expectTableAnswersAsCypher([into.key, member.key]);
    const suggestedAfter = SuggestionsResponse.parse(
      await json('/api/applicant-merges/suggestions?limit=200'),
    );
    expect(
      suggestedAfter.suggestions.some((s) => s.into.key === member.key || s.member.key === member.key),
    ).toBe(false);

    // Re-ingesting the same files keeps the merge.
    await ingest();
    await expectOneEntity();

    const undone = await post(`/api/applicant-merges/${group}/undo`, { who: 'qa2' });
    expect(undone.statusCode, undone.body).toBe(200);
    const again = await ranking();
    expect(again.applicants).toBe(before.applicants);
    expect(again.ranking.map((r) => r.key)).toEqual(expect.arrayContaining([into.key, member.key]));
    expect(again.ranking.find((r) => r.key === into.key)?.families).toBe(
      before.ranking.find((r) => r.key === into.key)?.families,
    );

    // The history keeps the merge with who/why and its undo with who.
    const history = MergesResponse.parse(await json('/api/applicant-merges'));
    const record = history.merges.find((m) => m.group === group)!;
    expect(record).toMatchObject({ who: 'qa', why: 'same university, English name abroad', active: false });
    expect(record.members).toEqual([
      expect.objectContaining({ key: member.key, active: false, undoneBy: 'qa2', undoneHow: 'undo' }),
    ]);
    expect((await post(`/api/applicant-merges/${group}/undo`, { who: 'qa2' })).statusCode).toBe(404);
  }, 600_000);
});
