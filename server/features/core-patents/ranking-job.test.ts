import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { scoreCorePatents } from '@server/analytics/core-score';
import type { CorePatentInput, PatentEvent } from '@server/analytics/core-score-components';
import { pageRank } from '@server/analytics/pagerank';
import { rescaledPageRank } from '@server/analytics/rescaled-pagerank';
import { mulberry32 } from '@server/analytics/seeded-random';
import { RESCALE_WINDOW, snapshotOf } from '@server/platform/snapshot/snapshot';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { WorkerPool } from '@server/platform/workers/worker-pool';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_CLAIM_1, runRanking } from './ranking-job';

const STATUSES: LegalStatus[] = ['active', 'pending', 'inactive', 'unknown'];
const EVENTS: PatentEvent[] = ['litigation', 'licence', 'transfer', 'pledge', 'reexamination'];
const OFFICES = ['CN', 'US', 'EP', 'JP', 'KR', 'WO'];

function families(count: number, seed: number): FamilyRecord[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + Math.floor(random() * 24);
    return {
      familyId: `F${String(i).padStart(5, '0')}`,
      representativeId: `CN${i}A`,
      memberIds: [`CN${i}A`],
      publications: [],
      kind: null,
      title: null,
      applicant: null,
      priorityYear: year,
      priorityDay: random() < 0.05 ? 0 : (year - 1970) * 365 + Math.floor(random() * 365),
      jurisdictions: [...new Set([pick(OFFICES), pick(OFFICES)])].sort(),
      familySize: 1 + Math.floor(random() * 6),
      familySizeBasis: { value: 1, source: 'inCorpus', inCorpus: 1, exported: null },
      forwardCitations: Math.floor(random() * 12),
      forwardCitationsBasis: {
        value: 0,
        source: 'inCorpus',
        inCorpus: 0,
        exported: null,
        exporter: null,
        loadedOn: null,
      },
      claimsCount: Math.floor(random() * 30),
      claim1Length: random() < 0.2 ? null : 50 + Math.floor(random() * 400),
      independentClaims: Math.floor(random() * 4),
      legalStatus: pick(STATUSES),
      expiryDate: random() < 0.3 ? null : `${year + 20}-06-01`,
      events: random() < 0.7 ? [] : [...new Set([pick(EVENTS), pick(EVENTS)])].sort(),
      inventors: [`I${Math.floor(random() * 40)}`, `I${Math.floor(random() * 400)}`],
      cohort: `${pick(['H01M', 'B60L', 'G06F'])}|${year}`,
    } satisfies FamilyRecord;
  });
}

function snapshotFor(count: number, seed: number) {
  const random = mulberry32(seed + 1);
  const records = families(count, seed);
  const edges: [string, string][] = [];
  for (let k = 0; k < count * 3; k++) {
    const citing = 1 + Math.floor(random() * (count - 1));
    edges.push([records[citing]!.familyId, records[Math.floor(random() * citing)]!.familyId]);
  }
  return snapshotOf('test', records, edges, count);
}

/** The ranking as it was computed on the request thread before the worker path. */
function directRanking(snapshot: ReturnType<typeof snapshotFor>, preset: 'default' | 'patsnap' | 'faw') {
  const ranks = pageRank(snapshot.graph).scores;
  const rescaled = rescaledPageRank(
    ranks,
    snapshot.families.map((family) => family.priorityDay),
    { windowSize: RESCALE_WINDOW },
  );
  const today = Date.now();
  const inputs: CorePatentInput[] = snapshot.families.map((family, index) => {
    const inForce = family.legalStatus === 'active' || family.legalStatus === 'pending';
    const expiry = family.expiryDate ? Date.parse(family.expiryDate) : Number.NaN;
    const remaining =
      inForce && !Number.isNaN(expiry) ? Math.max(0, (expiry - today) / (365.25 * 86_400_000)) : 0;
    return {
      id: family.familyId,
      forwardCitations: family.forwardCitations,
      cohort: family.cohort,
      pageRank: ranks[index]!,
      rescaledPageRank: rescaled[index]!,
      jurisdictions: family.jurisdictions,
      familySize: family.familySize,
      claimsCount: family.claimsCount,
      claim1Length: family.claim1Length ?? NO_CLAIM_1,
      independentClaims: family.independentClaims,
      remainingTermYears: Math.round(remaining * 10) / 10,
      legalStatus: family.legalStatus,
      events: family.events,
      inventors: family.inventors,
    };
  });
  return scoreCorePatents(inputs, { preset, coreShare: 0.1 });
}

// A worker's first task compiles its modules (tsx): seconds on a busy machine.
describe('core ranking in a worker thread', { timeout: 120_000 }, () => {
  const pool = new WorkerPool(1);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => pool.close());

  for (const preset of ['default', 'patsnap', 'faw'] as const) {
    it(`gives the same ranks, scores and components as the in-thread scoring (${preset})`, async () => {
      const snapshot = snapshotFor(2_500, 7);
      const expected = directRanking(snapshot, preset);
      const ranked = await runRanking(snapshot, { preset, coreShare: 0.1 }, { pool, inWorker: true });
      expect(ranked.length).toBe(expected.length);
      expect(ranked.toArray()).toEqual(expected);
      expect(ranked.coreCount).toBe(expected.filter((result) => result.core).length);
      // Looking a family up by its graph index gives its row.
      const sample = expected[123]!;
      expect(ranked.ofFamily(snapshot.graph.indexOf.get(sample.id)!)).toEqual(sample);
    });
  }

  it('keeps the PageRank the worker computed on the snapshot (the same as computing it here)', async () => {
    const snapshot = snapshotFor(2_000, 3);
    await runRanking(snapshot, { preset: 'default', coreShare: 0.1 }, { pool, inWorker: true });
    expect(Array.from(snapshot.pageRank().scores)).toEqual(Array.from(pageRank(snapshot.graph).scores));
  });

  it('gives the same result in this thread and in the worker, also for an empty scope', async () => {
    const snapshot = snapshotFor(300, 11);
    const options = { preset: 'default', coreShare: 0.2 } as const;
    const here = await runRanking(snapshot, options, { inWorker: false });
    const there = await runRanking(snapshot, options, { pool, inWorker: true });
    expect(there.toArray()).toEqual(here.toArray());
    const empty = await runRanking(snapshotOf('empty', [], [], 0), options, { pool, inWorker: true });
    expect(empty.length).toBe(0);
    expect(empty.at(0)).toBeUndefined();
  });
});
