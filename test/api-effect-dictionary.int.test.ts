/**
 * The effect dictionary of a project (issue 13) on the real Neo4j with the shared demo corpus: a
 * phrase added to a new effect gives a matrix cell whose count equals a Cypher count of the row's
 * families whose Chinese text contains the phrase; a hand tag adds (+1) or removes (−1) a family;
 * the matrix answer is keyed by the dictionary version; re-ingesting the same files keeps the
 * dictionary and the tags; the dictionary travels with the project's export file.
 */
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { EffectDictionaryResponse } from '@graph-schema/dto/effect-dictionary';
import { Project, ProjectFile } from '@graph-schema/dto/project';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { runIngest } from '@ingest/pipeline/ingest';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';
import { releaseSharedDemo, TEST_DEMO } from './helpers/demo';
import { REPO_ROOT } from './shared-fixtures';

const CHAIN = 'lithium-battery';
const ROW = 'lithium-battery:lib-anode-carbon';
const PHRASE = '石墨';

/**
 * The row's families whose Chinese text contains the phrase, reading the members the matrix reads
 * (server/features/tech-effect/tech-effect.ts FAMILY_TEXTS): tagged in the chain, Chinese-titled
 * first, then English-titled, then by id, the first three.
 */
const PHRASE_FAMILIES = `
MATCH (p:Patent)-[:TAGGED {chain: $chain}]->(:TechBranch {id: $row})
WITH DISTINCT p.familyId AS family
MATCH (m:Patent {familyId: family})-[:TAGGED {chain: $chain}]->(:TechBranch)
WITH DISTINCT family, m ORDER BY m.titleZh IS NULL, m.titleEn IS NULL, m.id
WITH family, collect(m)[0..3] AS members
WITH family, any(m IN members WHERE coalesce(m.titleZh, '') CONTAINS $phrase
  OR coalesce(m.abstractZh, '') CONTAINS $phrase OR coalesce(m.claim1, '') CONTAINS $phrase) AS hit
RETURN count(CASE WHEN hit THEN family END) AS families, min(CASE WHEN NOT hit THEN family END) AS lacking`;

describe('effect dictionary API', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });
  afterAll(async () => {
    if (db) await releaseSharedDemo(db);
  });

  const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => {
    const response = await app.inject({ method, url, ...(payload ? { payload } : {}) });
    expect(response.statusCode, response.body).toBe(200);
    return EffectDictionaryResponse.parse(response.json());
  };
  const matrix = async (project: string) => {
    const response = await app.inject(
      `/api/tech-effect?chain=${CHAIN}&project=${project}&minColumnFamilies=1`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return TechEffectResponse.parse(response.json());
  };
  const cell = (m: TechEffectResponse, effect: string) =>
    m.cells.find((c) => c.row === ROW && c.effect === effect)!;

  it('a new phrase gives the Cypher count; hand tags move it by one; re-ingest and export keep both', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Effects', navigationType: 'industry' },
    });
    const project = Project.parse(created.json()).id;
    const base = `/api/projects/${project}/effect-dictionary`;

    const seeded = await send('POST', `${base}/effects/cost/phrases`, {
      lang: 'zh',
      phrase: '',
      who: 'a',
    }).catch(() => null);
    expect(seeded).toBeNull();
    const bad = await app.inject({
      method: 'POST',
      url: `${base}/effects/cost/phrases`,
      payload: { lang: 'fr', phrase: 'x', who: 'a' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('lang');

    const fresh = EffectDictionaryResponse.parse((await app.inject(base)).json());
    expect(fresh).toMatchObject({ origin: 'lexicon', version: 0, tags: [] });
    expect(fresh.seed.source.length).toBeGreaterThan(20);
    const before = await matrix(project);
    expect(before.dictionary).toEqual({ origin: 'lexicon', version: 0, handTags: 0 });

    const added = await send('POST', `${base}/effects`, {
      name: { zh: '改善石墨', en: 'graphite anode effect' },
      who: 'analyst-a',
    });
    expect(added).toMatchObject({ origin: 'project', version: 1, editedBy: 'analyst-a' });
    const effect = added.effects.at(-1)!.id;
    const withPhrase = await send('POST', `${base}/effects/${effect}/phrases`, {
      lang: 'zh',
      phrase: PHRASE,
      who: 'analyst-a',
    });
    expect(withPhrase.version).toBe(2);

    const after = await matrix(project);
    expect(after.dictionary).toEqual({ origin: 'project', version: 2, handTags: 0 });
    const [counted] = await readRows(
      db,
      z.object({ families: z.number(), lacking: z.string() }),
      PHRASE_FAMILIES,
      {
        chain: CHAIN,
        row: ROW,
        phrase: PHRASE,
      },
    );
    expect(counted!.families).toBeGreaterThan(0);
    expect(cell(after, effect).families).toBe(counted!.families);
    // Without the project, the shipped lexicon still applies.
    const plain = TechEffectResponse.parse(
      (await app.inject(`/api/tech-effect?chain=${CHAIN}&minColumnFamilies=1`)).json(),
    );
    expect(plain.effects.some((e) => e.id === effect)).toBe(false);

    // Hand-tag a family of the row that lacks the effect: +1; remove one that has it: −1.
    const costCell = cell(after, 'cost');
    const lacking = counted!.lacking;
    const tagged = await send('POST', `${base}/tags`, {
      effect,
      family: lacking!,
      action: 'add',
      who: 'analyst-b',
    });
    expect(tagged.tags).toEqual([expect.objectContaining({ effect, action: 'add', who: 'analyst-b' })]);
    const family = tagged.tags[0]!.family;
    const plusOne = await matrix(project);
    expect(cell(plusOne, effect).families).toBe(counted!.families + 1);
    expect(cell(plusOne, effect).handTags?.added).toHaveLength(1);
    if (costCell.families > 0) {
      await send('POST', `${base}/tags`, {
        effect: 'cost',
        family: costCell.examples[0]!,
        action: 'remove',
        who: 'analyst-b',
      });
      expect(cell(await matrix(project), 'cost').families).toBe(costCell.families - 1);
    }

    // Re-ingesting the same files keeps the dictionary and the tags (they are keyed by ids).
    const kept = EffectDictionaryResponse.parse((await app.inject(base)).json());
    const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
    const { files, aliasFile } = await ensureDemoCorpus(dir, TEST_DEMO);
    await runIngest(db, files, {
      aliasFile,
      quarantineDir: path.join(os.tmpdir(), 'patnav-effects-quarantine'),
    });
    const reread = EffectDictionaryResponse.parse((await app.inject(base)).json());
    expect({ ...reread, editedAt: null }).toEqual({ ...kept, editedAt: null });
    expect(cell(await matrix(project), effect).families).toBe(counted!.families + 1);

    // Merge into cost: the phrase and the tag move; the matrix has no column of the merged effect.
    const merged = await send('POST', `${base}/effects/${effect}/merge`, { into: 'cost', who: 'analyst-a' });
    expect(merged.effects.find((e) => e.id === 'cost')?.strict.zh).toContain(PHRASE);
    expect(merged.tags.find((t) => t.family === family)?.effect).toBe('cost');
    expect((await matrix(project)).effects.some((e) => e.id === effect)).toBe(false);

    // Export → import as a copy: the dictionary and tags come along.
    const exported = ProjectFile.parse((await app.inject(`/api/projects/${project}/export`)).json());
    expect(exported.effectDictionary?.tags).toHaveLength(merged.tags.length);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/projects/import?onConflict=copy',
      payload: exported,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const copy = z.object({ project: z.object({ id: z.string() }) }).parse(imported.json()).project.id;
    const copied = EffectDictionaryResponse.parse(
      (await app.inject(`/api/projects/${copy}/effect-dictionary`)).json(),
    );
    expect(copied.effects).toEqual(merged.effects);
    expect(copied.tags.map((t) => [t.effect, t.family, t.action])).toEqual(
      merged.tags.map((t) => [t.effect, t.family, t.action]),
    );

    // Back to the shipped lexicon.
    expect(await send('DELETE', base)).toMatchObject({ origin: 'lexicon', version: 0, tags: [] });
  }, 600_000);
});
