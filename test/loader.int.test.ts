import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { loadBatch } from '@ingest/load/loader';
import type { LoadableRecord } from '@ingest/load/rows';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { cpc, doc, party, record } from './helpers/records';

const ExternalOfficeRow = z.object({ external: z.boolean(), office: z.string() });
const CodesRow = z.object({ codes: z.array(z.string()) });
const CodeLevelRow = z.object({ code: z.string(), level: z.string().nullable() });
const TitleStatusRow = z.object({ title: z.string(), status: z.string(), applicationDate: z.string() });
const ExternalCitesRow = z.object({ external: z.boolean(), cites: z.number() });
const ContradictedRow = z.object({
  id: z.string(),
  expiryDate: z.string().nullable(),
  status: z.string(),
  reason: z.string().nullable(),
});

const plain = (r: ReturnType<typeof record>): LoadableRecord => ({ record: r, branches: [], fields: [] });

const corpus = () => [
  record('US10000001B2', {
    applicationDate: '2015-03-01',
    publicationDate: '2018-06-01',
    applicants: [party('Skyward Test Robotics')],
    inventors: [party('Ada Lin', 'person')],
    classifications: [cpc('B64C39/024'), cpc('B64U10/13')],
    citations: [doc('US9000001B1'), doc('JP2001000001A')],
  }),
  record('US10000002B2', {
    applicationDate: '2016-03-01',
    publicationDate: '2019-06-01',
    applicants: [party('Skyward Test Robotics'), party('Blue Kite Labs')],
    classifications: [cpc('B64C39/024')],
    citations: [doc('US10000001B2')],
  }),
  record('EP3000001A1', {
    applicationDate: '2016-05-01',
    applicants: [party('Blue Kite Labs')],
    classifications: [cpc('G05D1/10')],
    citations: [doc('US10000001B2')],
  }),
];

describe('loader against the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.driver.close());

  it('writes patents, parties, classes with their hierarchy, and external citation stubs', async () => {
    const outcome = await loadBatch(db, corpus().map(plain));
    expect(outcome.existing.size).toBe(0);
    const counts = await graphCounts(db);
    // 3 real + 2 external stubs (US9000001B1, JP2001000001A); US10000001B2 is cited but real.
    expect(counts.nodes.Patent).toBe(5);
    expect(counts.nodes.Applicant).toBe(2);
    expect(counts.nodes.Inventor).toBe(1);
    expect(counts.relationships.CITES).toBe(4);
    expect(counts.relationships.FILED_BY).toBe(4);
    const [stub] = await readRows(
      db,
      ExternalOfficeRow,
      'MATCH (p:Patent {id: $id}) RETURN p.external AS external, p.office AS office',
      { id: 'JP2001000001A' },
    );
    expect(stub).toEqual({ external: true, office: 'JP' });
    const chain = await readRows(
      db,
      CodesRow,
      `MATCH path = (:CPC {code: 'B64C39/024'})-[:CHILD_OF*]->(:CPC {code: 'B'})
       RETURN [n IN nodes(path) | n.code] AS codes`,
    );
    expect(chain).toEqual([{ codes: ['B64C39/024', 'B64C39/00', 'B64C', 'B64', 'B'] }]);
    // Every node of the hierarchy has its level, also one first MERGEd as another's parent.
    const levels = await readRows(
      db,
      CodeLevelRow,
      "MATCH (c:CPC) WHERE c.code STARTS WITH 'B64C' OR size(c.code) < 4 RETURN c.code AS code, c.level AS level ORDER BY size(c.code) DESC",
    );
    expect(levels).toEqual([
      { code: 'B64C39/024', level: 'subgroup' },
      { code: 'B64C39/00', level: 'main_group' },
      { code: 'B64C', level: 'subclass' },
      { code: 'B64', level: 'class' },
      { code: 'G05', level: 'class' },
      { code: 'B', level: 'section' },
      { code: 'G', level: 'section' },
    ]);
  });

  it('loading the same batch twice leaves node and relationship counts unchanged', async () => {
    await loadBatch(db, corpus().map(plain));
    const first = await graphCounts(db);
    const again = await loadBatch(db, corpus().map(plain));
    expect(await graphCounts(db)).toEqual(first);
    expect([...again.existing].sort()).toEqual(['EP3000001A1', 'US10000001B2', 'US10000002B2']);
  });

  it('a newer export updates properties and keeps values it does not carry', async () => {
    await loadBatch(db, corpus().map(plain));
    const newer = record('EP3000001A1', {
      title: { en: 'Renamed title' },
      legal: { status: 'active', raw: 'Granted', events: [] },
    });
    await loadBatch(db, [plain(newer)]);
    const [row] = await readRows(
      db,
      TitleStatusRow,
      "MATCH (p:Patent {id: 'EP3000001A1'}) RETURN p.titleEn AS title, p.legalStatus AS status, p.applicationDate AS applicationDate",
    );
    expect(row).toEqual({ title: 'Renamed title', status: 'active', applicationDate: '2016-05-01' });
  });

  it('removes what a newer record contradicts: a WO expiry, an inactive reason under a live status', async () => {
    const wo = record('WO2016000001A1', { applicationDate: '2016-05-01' });
    const lapsed = record('EP3000002A1', {
      applicationDate: '2016-05-01',
      legal: { status: 'inactive', raw: 'Lapsed', events: [] },
    });
    // As an older PatNav stored them: a 20-year expiry on the WO, a reason on the lapsed EP.
    await loadBatch(db, [
      { ...plain(wo), expiry: { date: '2036-05-01', basis: 'older rule' } },
      plain(lapsed),
    ]);
    await loadBatch(db, [
      plain(wo),
      plain({ ...lapsed, legal: { status: 'active', raw: 'Reinstated', events: [] } }),
    ]);
    const rows = await readRows(
      db,
      ContradictedRow,
      `MATCH (p:Patent) WHERE p.id IN ['WO2016000001A1', 'EP3000002A1']
       RETURN p.id AS id, toString(p.expiryDate) AS expiryDate, p.legalStatus AS status, p.inactiveReason AS reason
       ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'EP3000002A1', expiryDate: null, status: 'active', reason: null },
      { id: 'WO2016000001A1', expiryDate: null, status: 'unknown', reason: null },
    ]);
  });

  it('a stub left by a citation becomes a real patent when its record arrives', async () => {
    await loadBatch(db, corpus().map(plain));
    const outcome = await loadBatch(db, [plain(record('US9000001B1', { applicationDate: '2010-01-01' }))]);
    expect(outcome.existing.size).toBe(0);
    const [row] = await readRows(
      db,
      ExternalCitesRow,
      "MATCH (p:Patent {id: 'US9000001B1'}) RETURN p.external AS external, COUNT { (p)<-[:CITES]-() } AS cites",
    );
    expect(row).toEqual({ external: false, cites: 1 });
  });
});
