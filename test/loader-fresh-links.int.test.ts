/**
 * The loader's fast path for patents without outgoing relationships (links CREATEd, not MERGEd:
 * ingest/load/link-statements.ts) and the run's cache of written nodes (written-nodes.ts) must
 * give the graph the replace-by-precedence path gives, and never a duplicate.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { loadBatch } from '@ingest/load/loader';
import type { LoadableRecord } from '@ingest/load/rows';
import { WrittenNodes } from '@ingest/load/written-nodes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { cpc, doc, party, record } from './helpers/records';

const plain = (r: ReturnType<typeof record>): LoadableRecord => ({
  record: r,
  branches: [{ chainId: 'uav', branchId: 'uav:1', ruleId: 'r1', matchedBy: 'B64C' }],
  fields: [{ fieldId: 'wipo:32' }],
});
const ipc = (symbol: string) => ({ ...cpc(symbol), scheme: 'IPC' as const });
const LinkRow = z.object({ link: z.string(), props: z.record(z.string(), z.unknown()) });
const CitesRow = z.object({ via: z.string().nullable(), n: z.number() });
const KeysRow = z.object({ keys: z.array(z.string()) });

/** Every relationship with its ends and properties, in a stable order (keys sorted). */
async function linkSnapshot(db: Database): Promise<string[]> {
  const rows = await readRows(
    db,
    LinkRow,
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.id, a.key, a.code) + ' ' + type(r) + ' ' + coalesce(b.id, b.key, b.code) AS link,
       properties(r) AS props`,
  );
  const sorted = (props: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b))));
  return rows.map((row) => `${row.link} ${sorted(row.props)}`).sort();
}

const corpus = () => [
  record('US10000001B2', {
    applicationDate: '2015-03-01',
    applicants: [party('Skyward Test Robotics'), party('Blue Kite Labs')],
    owners: [party('Blue Kite Labs')],
    inventors: [party('Ada Lin', 'person')],
    classifications: [cpc('B64C39/024'), cpc('B64U10/13'), ipc('B64C39/02')],
    citations: [doc('US9000001B1'), doc('US10000002B2')],
  }),
  record('US10000002B2', {
    applicationDate: '2016-03-01',
    applicants: [party('Skyward Test Robotics')],
    classifications: [cpc('B64C39/024')],
    citedBy: [doc('EP3000009A1')],
  }),
];

describe('loader fast path for new patents', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await clearGraph(db);
    // The branch the records are tagged with (a TAGGED link needs its target, as after an ingest's chain write).
    await writeRows(db, "MERGE (:TechBranch {id: 'uav:1'}) MERGE (:TechField {id: 'wipo:32'})");
  });
  afterAll(async () => db.driver.close());

  it.each([
    ['in a dataset', 'sha-1'],
    ['outside a dataset', null],
  ])(
    'creates the links the replacing path would write (%s): a reload changes no link or property',
    async (_, dataset) => {
      await loadBatch(db, corpus().map(plain), { dataset });
      const first = await linkSnapshot(db);
      const counts = await graphCounts(db);
      // Every kind the one CREATE statement writes (fresh-links.ts), and the cited side's link.
      expect(counts.relationships).toMatchObject({
        FILED_BY: 3,
        OWNED_BY: 1,
        INVENTED_BY: 1,
        CLASSIFIED_AS: 4,
        CITES: 3,
        TAGGED: 2,
        IN_FIELD: 2,
      });
      expect(first.some((link) => link.includes('"datasets"'))).toBe(dataset !== null);
      // The second load finds every patent with links: it runs DROP + LINK (MERGE), which rewrites
      // source, order and datasets; had CREATE written anything else, the snapshot would differ.
      await loadBatch(db, corpus().map(plain), { dataset });
      expect(await linkSnapshot(db)).toEqual(first);
      expect(await graphCounts(db)).toEqual(counts);
    },
  );

  it('a stub with a link already stated from the cited side is not fresh: no duplicate CITES', async () => {
    // US10000002B2's record says EP3000009A1 cites it: a stub with an outgoing CITES (via citedBy).
    await loadBatch(db, corpus().map(plain));
    await loadBatch(db, [plain(record('EP3000009A1', { citations: [doc('US10000002B2')] }))]);
    const rows = await readRows(
      db,
      CitesRow,
      `MATCH (:Patent {id: 'EP3000009A1'})-[r:CITES]->(:Patent {id: 'US10000002B2'})
       RETURN r.via AS via, count(*) AS n`,
    );
    expect(rows).toEqual([{ via: 'cites', n: 1 }]);
  });

  it('a stub whose only link came from the cited side gets its other kinds created, and a reload changes nothing', async () => {
    await loadBatch(db, corpus().map(plain), { dataset: 'sha-1' });
    // EP3000009A1 is a stub with one CITES (via citedBy): not fresh for citations, fresh for the rest.
    const ep = () =>
      plain(
        record('EP3000009A1', {
          applicants: [party('Blue Kite Labs')],
          inventors: [party('Ada Lin', 'person')],
          classifications: [cpc('B64C39/024')],
          citations: [doc('US10000002B2'), doc('US9000001B1')],
        }),
      );
    await loadBatch(db, [ep()], { dataset: 'sha-2' });
    const first = await linkSnapshot(db);
    const counts = await graphCounts(db);
    const fromEp = first.filter((link) => link.startsWith('EP3000009A1 '));
    expect(fromEp.map((link) => link.split(' {')[0])).toEqual([
      'EP3000009A1 CITES US10000002B2',
      'EP3000009A1 CITES US9000001B1',
      'EP3000009A1 CLASSIFIED_AS B64C39/024',
      'EP3000009A1 FILED_BY blue kite labs',
      'EP3000009A1 FILED_IN EP',
      'EP3000009A1 INVENTED_BY ada lin',
      'EP3000009A1 IN_FAMILY D:EP3000009A1',
      'EP3000009A1 IN_FIELD wipo:32',
      'EP3000009A1 TAGGED uav:1',
    ]);
    // The citation stated from both sides is one link, now the citing record's own.
    expect(fromEp[0]).toContain('"via":"cites"');
    await loadBatch(db, [ep()], { dataset: 'sha-2' });
    expect(await linkSnapshot(db)).toEqual(first);
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('the run’s written nodes: a party deleted by a later batch is written again when named again', async () => {
    const written = new WrittenNodes();
    const first = record('US10000001B2', { applicants: [party('Skyward Test Robotics')] });
    await loadBatch(db, [plain(first)], { written });
    // The same publication again (a later row of the run) names another applicant: Skyward loses
    // its only link and is deleted (DELETE_RELEASED).
    const moved = record('US10000001B2', { applicants: [party('Blue Kite Labs')] });
    await loadBatch(db, [plain(moved)], { written });
    await loadBatch(db, [plain(record('US10000003B2', { applicants: [party('Skyward Test Robotics')] }))], {
      written,
    });
    const [row] = await readRows(
      db,
      KeysRow,
      `MATCH (:Patent {id: 'US10000003B2'})-[:FILED_BY]->(a:Applicant) RETURN collect(a.name) AS keys`,
    );
    expect(row?.keys).toEqual(['Skyward Test Robotics']);
  });

  it('the run’s written nodes: a known applicant’s new spelling still reaches its aliases', async () => {
    const written = new WrittenNodes();
    await loadBatch(db, [plain(record('US10000001B2', { applicants: [party('Skyward Test Robotics')] }))], {
      written,
    });
    await loadBatch(db, [plain(record('US10000004B2', { applicants: [party('SKYWARD TEST ROBOTICS')] }))], {
      written,
    });
    const [row] = await readRows(
      db,
      KeysRow,
      `MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WITH a, count(p) AS patents WHERE patents = 2
       RETURN a.aliases AS keys`,
    );
    expect(row?.keys).toEqual(['Skyward Test Robotics', 'SKYWARD TEST ROBOTICS']);
  });
});
