/**
 * Exporter counts (Lens Cited Count, Simple Family Size) as core-score signals, on an export that
 * carries counts and no citing lists: the project's own fixture, and (when ../shared exists) the
 * real Lens 2018 drones export. Clears the graph for its own data (vitest.config.ts GRAPH_CLEARING).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { PatentDetail } from '@graph-schema/dto/patent';
import { runIngest } from '@ingest/pipeline/ingest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { describeWithSharedFixtures, REPO_ROOT, sharedFixture } from './shared-fixtures';

const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function useLoadedApp(files: () => string[]): () => { db: Database; app: FastifyInstance } {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    await runIngest(db, files(), { quarantineDir });
    app = await buildTestApp(db);
    // Loading the 9,109-row drones export takes about two minutes on an idle 2-core machine.
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await db?.driver.close();
  });
  return () => ({ db, app });
}

async function corePatents(app: FastifyInstance, url: string): Promise<CorePatentsResponse> {
  const response = await app.inject(url);
  expect(response.statusCode, response.body).toBe(200);
  return CorePatentsResponse.parse(response.json());
}

const component = (item: CorePatentsResponse['items'][number], name: string) =>
  item.components.find((c) => c.name === name)!;

describe('core ranking on a Lens export with cited counts and no citing lists', () => {
  const loaded = useLoadedApp(() => [path.join(REPO_ROOT, 'test/fixtures/exports/lens-2018-counts.csv')]);

  it('ranks by the exported cited counts (cohort percentiles) and says the exporter was the source', async () => {
    const body = await corePatents(loaded().app, '/api/core-patents');
    expect(body.totals).toMatchObject({ families: 4, citationEdges: 0 });
    const forward = body.items.map((item) => component(item, 'forwardCitationsCohortPercentile'));
    expect(forward.map((c) => c.raw)).toEqual([60, 9, 3, 0]);
    expect(forward.map((c) => c.normalised)).toEqual([0.875, 0.625, 0.375, 0.125]);
    expect(forward.map((c) => c.source)).toEqual(['exporter', 'exporter', 'exporter', 'exporter']);
    expect(forward.every((c) => !c.flat)).toBe(true);
    expect(body.flatComponents.map((c) => c.name)).not.toContain('forwardCitationsCohortPercentile');
    expect(body.items[0]!.patentId).toBe('US20160200001A1');
    // B: the US member was cited 9 times, the EP member 7 (overlapping): the family has at least 9.
    expect(body.items[1]!.memberIds).toEqual(['EP3100002A1', 'US20160200002A1']);
    expect(body.items[1]!.signals.forwardCitations).toEqual({
      value: 9,
      source: 'exporter',
      inCorpus: 0,
      exported: 9,
      exporter: 'lens',
      loadedOn: expect.stringMatching(ISO_DAY),
    });
    expect(body.items.map((item) => item.signals.familySize)).toEqual([
      { value: 6, source: 'exporter', inCorpus: 1, exported: 6 },
      { value: 4, source: 'exporter', inCorpus: 2, exported: 4 },
      { value: 1, source: 'both', inCorpus: 1, exported: 1 },
      { value: 2, source: 'exporter', inCorpus: 1, exported: 2 },
    ]);
    expect(component(body.items[0]!, 'familySizePercentile').source).toBe('exporter');
    expect(component(body.items[0]!, 'marketCoverage').source).toBeNull();
  });

  it('states the basis: exporter counts from Lens, export date not in the file, loaded on a day', async () => {
    const body = await corePatents(loaded().app, '/api/core-patents?limit=1');
    const { loadedFrom, loadedTo } = body.forwardCitationsBasis.params;
    expect(body.forwardCitationsBasis).toMatchObject({
      code: 'note.forwardCitationsBasis',
      params: { exporterFamilies: 4, inCorpusFamilies: 0, bothFamilies: 0, exporters: 'lens' },
    });
    expect(loadedFrom).toMatch(ISO_DAY);
    expect(loadedTo).toBe(loadedFrom);
    expect(body.forwardCitationsBasis.text).toContain(`as exported by lens`);
    expect(body.forwardCitationsBasis.text).toContain(`on or before ${loadedTo}`);
  });

  it('shows the exported counts in patent details, next to the in-graph citing count', async () => {
    const response = await loaded().app.inject('/api/patents/US20160200001A1');
    expect(response.statusCode, response.body).toBe(200);
    const patent = PatentDetail.parse(response.json());
    expect(patent.citedBy).toBe(0);
    expect(patent.exporterCounts).toEqual({
      citedBy: 60,
      familySize: 6,
      claimsCount: null,
      exporter: 'lens',
      loadedOn: expect.stringMatching(ISO_DAY),
    });
  });
});

const MaxCitedRow = z.object({ familyId: z.string(), cited: z.number().nullable() });

describeWithSharedFixtures('core ranking on the real Lens 2018 drones export (cited counts)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'patnav-drones-'));
  const loaded = useLoadedApp(() => {
    execFileSync('unzip', [
      '-oq',
      sharedFixture('lens-2018-drones', 'lens_drones_2017_raw.csv.zip'),
      '-d',
      dir,
    ]);
    return [path.join(dir, 'lens_drones_2017_raw.csv')];
  });

  it('ranks with the exported cited counts, each family at its largest member count, and states the basis', async () => {
    const { db, app } = loaded();
    const body = await corePatents(app, '/api/core-patents?limit=10');
    expect(body.totals.citationEdges).toBe(0);
    expect(body.flatComponents.map((c) => c.name)).not.toContain('forwardCitationsCohortPercentile');
    expect(body.forwardCitationsBasis.code).toBe('note.forwardCitationsBasis');
    expect(body.forwardCitationsBasis.params).toMatchObject({ exporters: 'lens', inCorpusFamilies: 0 });
    expect(body.forwardCitationsBasis.params.exporterFamilies).toBeGreaterThan(8000);
    const rows = await readRows(
      db,
      MaxCitedRow,
      'MATCH (p:Patent) WHERE p.familyId IN $ids RETURN p.familyId AS familyId, max(p.citedCount) AS cited',
      { ids: body.items.map((item) => item.familyId) },
    );
    const cited = new Map(rows.map((row) => [row.familyId, row.cited]));
    for (const item of body.items) {
      const forward = component(item, 'forwardCitationsCohortPercentile');
      expect(forward.raw, item.familyId).toBe(cited.get(item.familyId));
      expect(forward.source).toBe('exporter');
    }
    // The top 10 with their components (raw→normalised=points, source); flat ones listed once.
    const flat = new Set(body.flatComponents.map((c) => c.name));
    const lines = body.items.map((item) => {
      const parts = item.components
        .filter((c) => !flat.has(c.name))
        .map(
          (c) =>
            `${c.name} ${c.raw}→${c.normalised.toFixed(3)}=${c.contribution.toFixed(2)}${c.source ? ` ${c.source}` : ''}`,
        );
      return `#${item.rank} ${item.patentId} ${item.score.toFixed(2)} [${item.cohort.name}] ${parts.join('; ')}`;
    });
    console.log([...lines, `flat: ${[...flat].join(', ')}`, body.forwardCitationsBasis.text].join('\n'));
  }, 300_000);
});
