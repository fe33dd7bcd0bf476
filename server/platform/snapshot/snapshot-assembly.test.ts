import type { CitationEdge } from '@server/analytics/citation-graph';
import { mulberry32 } from '@server/analytics/seeded-random';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../workers/worker-pool';
import { snapshotOf } from './snapshot';
import { assembleSnapshot, EdgeInterner } from './snapshot-assembly';
import { SnapshotPatentRow } from './snapshot-cypher';
import { FamilyFolder } from './snapshot-families';

/** Rows of `count` families (some with two members), streamed in a shuffled order, and citations among them. */
function corpus(count: number, seed: number) {
  const random = mulberry32(seed);
  const familyId = (i: number) => `F${Math.floor(random() * 1e9)}-${i}`;
  const ids = Array.from({ length: count }, (_, i) => familyId(i));
  const rows = ids.flatMap((id, i) =>
    Array.from({ length: 1 + (i % 3 === 0 ? 1 : 0) }, (_, member) =>
      SnapshotPatentRow.parse({
        id: `${member === 0 ? 'CN' : 'US'}${i}`,
        familyId: id,
        jurisdiction: member === 0 ? 'CN' : 'US',
        kind: 'A',
        isGrant: member === 1,
        priorityYear: 2000 + (i % 20),
        priorityDate: `${2000 + (i % 20)}-01-0${1 + (i % 9)}`,
        applicationDate: null,
        publicationDate: null,
        grantDate: null,
        expiryDate: null,
        legalStatus: 'active',
        legalEventsJson: null,
        claimsCount: i % 7,
        independentClaims: 1,
        claim1Length: 100,
        familySize: null,
        citedCount: null,
        citedCountFormat: null,
        updatedAt: null,
        cpcSubclasses: ['H01M'],
        title: `t${i}`,
        family: null,
        fields: [],
        inventors: [`i${i % 50}`],
        applicants: [],
        citingFamilies: [],
      }),
    ),
  );
  rows.sort(() => random() - 0.5);
  const edges: CitationEdge[] = [];
  for (let k = 0; k < count * 3; k++) {
    const citing = Math.floor(random() * count);
    // Some citations name a family outside the scope: the graph leaves them out.
    const cited = random() < 0.05 ? 'OUTSIDE' : ids[Math.floor(random() * count)]!;
    edges.push([ids[citing]!, cited]);
  }
  // A self-citation and a repeated citation: both dropped and counted.
  edges.push([ids[0]!, ids[0]!], [ids[1]!, ids[2]!], [ids[1]!, ids[2]!]);
  return { rows, edges };
}

async function assembled(count: number, seed: number, run: { pool?: WorkerPool; inWorker: boolean }) {
  const { rows, edges } = corpus(count, seed);
  const folder = new FamilyFolder();
  for (const row of rows) folder.add(row);
  const interner = new EdgeInterner();
  for (const [citing, cited] of edges) interner.add(citing, cited);
  const snapshot = await assembleSnapshot('k', folder, interner, performance.now(), run);
  const reference = new FamilyFolder();
  for (const row of rows) reference.add(row);
  return { snapshot, direct: snapshotOf('k', reference.finish(), edges, reference.publications) };
}

// A worker's first task compiles its modules (tsx): seconds on a busy machine.
describe('assembleSnapshot', { timeout: 120_000 }, () => {
  const pool = new WorkerPool(1);
  afterAll(() => pool.close());

  for (const inWorker of [true, false]) {
    it(`gives the families and citation graph snapshotOf builds (${inWorker ? 'worker' : 'this thread'})`, async () => {
      const { snapshot, direct } = await assembled(inWorker ? 3_000 : 400, 5, { pool, inWorker });
      expect(snapshot.families).toEqual(direct.families);
      expect(snapshot.publications).toBe(direct.publications);
      const { indexOf, ...graph } = snapshot.graph;
      const { indexOf: directIndex, ...directGraph } = direct.graph;
      expect(graph).toEqual(directGraph);
      expect([...indexOf]).toEqual([...directIndex]);
      expect(graph.edgeCount).toBeGreaterThan(0);
      expect(graph.dropped.selfLoops).toBeGreaterThan(0);
      expect(graph.dropped.duplicates).toBeGreaterThan(0);
    });
  }

  it('builds an empty scope', async () => {
    const snapshot = await assembleSnapshot('k', new FamilyFolder(), new EdgeInterner(), 0, {
      pool,
      inWorker: true,
    });
    expect(snapshot.families).toEqual([]);
    expect(snapshot.graph.nodeCount).toBe(0);
  });
});
