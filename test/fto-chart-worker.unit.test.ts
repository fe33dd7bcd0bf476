/**
 * The claim charts drawn in the FTO's worker (chart-task.ts: the independent claims as the index
 * keeps them, chart-records.ts, read from shared memory by document number, decoded and charted
 * there, only the ranking and the page sent back) give the same answer as the in-thread screening of the whole stored claims they replaced:
 * the same results in the same order, the same levels, the same page with its charts. On a
 * generated demo corpus (no database).
 */
import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import { chartClaimsOf } from '@server/features/fto/chart-records';
import { chartScreening, type StoredCandidate } from '@server/features/fto/chart-task';
import { claimsOf } from '@server/features/fto/claims';
import { splitFeatures } from '@server/features/fto/fto';
import { preparedClaimStoreBuilder } from '@server/features/fto/prepared-claim-store';
import { screenFreedomToOperate } from '@server/features/fto/screen';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

const rows = demoIndexRows(200, 11);
/** The candidates as the database stored them (the old read): whole claims JSON and claim 1. */
const asRead = rows.slice(0, 150).map((row, k) => ({
  id: row.id,
  jurisdiction: row.jurisdiction,
  legalStatus: k % 7 === 0 ? ('unknown' as const) : row.legalStatus,
  inactiveReason: k % 4 === 0 && row.legalStatus === 'inactive' ? ('lapsed' as const) : null,
  expiry: k % 5 === 0 ? '2024-06-30' : '2031-01-01',
  // Some candidates with claim 1 only, some with none, some with dependent claims only: every
  // path of claimsOf and of the 待核查 reasons is charted.
  claimsJson:
    k % 9 === 0 ? null : ClaimsJson.encode(k % 11 === 0 ? dependentOnly(row) : (row.claimsJson ?? [])),
  claim1: k % 18 === 0 ? null : row.claim1,
}));
/** The index's shared claims, with documents in another order than the candidates (as retrieval ranks them). */
const docOfCandidate = asRead.map((_, k) => (k * 7) % asRead.length);
const claimStore = preparedClaimStoreBuilder();
const byDoc = new Map(docOfCandidate.map((doc, k) => [doc, k]));
for (let doc = 0; doc < asRead.length; doc++) {
  const { claimsJson, claim1 } = asRead[byDoc.get(doc)!]!;
  claimStore.add(
    chartClaimsOf({ claimsJson: claimsJson === null ? null : ClaimsJson.parse(claimsJson), claim1 })
      .preparedJson,
  );
}
const claims = claimStore.finish();
const stored: StoredCandidate[] = asRead.map(({ claimsJson, claim1, ...candidate }, k) => ({
  ...candidate,
  doc: docOfCandidate[k]!,
  hasClaimText: chartClaimsOf({
    claimsJson: claimsJson === null ? null : ClaimsJson.parse(claimsJson),
    claim1,
  }).hasClaimText,
}));

function dependentOnly(row: (typeof rows)[number]) {
  return (row.claimsJson ?? []).filter((claim) => claim.dependsOn.length > 0);
}
const features = splitFeatures(claimDescriptions(rows, 3, 1)[0]!);
const asOf = '2025-01-01';

function inThreadReference(offset: number, limit: number) {
  const candidates = asRead.map(({ claimsJson, claim1, ...candidate }) => ({
    ...candidate,
    claims: claimsOf(claimsJson === null ? null : ClaimsJson.parse(claimsJson), claim1),
  }));
  const screened = screenFreedomToOperate(features, candidates, { asOf });
  return {
    ranked: screened.map(({ id, riskLevel }) => ({ id, riskLevel })),
    page: screened.slice(offset, offset + limit),
  };
}

// A worker's first task compiles its modules (tsx): seconds on a busy machine.
describe('FTO claim charts in the worker', { timeout: 120_000 }, () => {
  it.each([
    [0, 20],
    [40, 25],
  ])('same ranking, levels and page as in the thread (offset %i, limit %i)', async (offset, limit) => {
    const reference = inThreadReference(offset, limit);
    const input = { features, claims, candidates: stored, asOf, offset, limit };
    const { runMs: workerMs, ...inWorker } = await chartScreening(input, { inWorker: true });
    const { runMs: threadMs, ...inThread } = await chartScreening(input, { inWorker: false });
    expect(inWorker).toEqual(reference);
    expect(inThread).toEqual(reference);
    // The charting's own time, for Server-Timing (the chart phase minus it waited for a worker).
    expect(workerMs).toBeGreaterThan(0);
    expect(threadMs).toBeGreaterThan(0);
    // The comparison covers every level and real charts, not empty lists.
    expect(new Set(reference.ranked.map((result) => result.riskLevel)).size).toBeGreaterThanOrEqual(3);
    expect(reference.page.some((result) => result.claimCharts.length > 0)).toBe(true);
  });
});
