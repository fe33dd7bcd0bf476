/**
 * Retrieval with its scoring and family ranking on a chart worker (family-ranking.ts, the postings
 * in shared memory) gives exactly the retrieval of the event loop (which the reference test
 * compares with the original algorithm): same query analysis, candidates with their evidence,
 * counts and floor, with and without a candidate limit, in two scopes.
 */
import { conceptMatcher } from '@server/analytics/text/concepts';
import { ftoChartPool, rankFamiliesInWorker } from '@server/features/fto/chart-task';
import { ftoIndexOfRows } from '@server/features/fto/fto-index';
import { retrieve, retrieveOn, scopeMaskOf } from '@server/features/fto/retrieve';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { afterAll, describe, expect, it } from 'vitest';

const rows = demoIndexRows(400, 7);
const index = ftoIndexOfRows(rows, conceptMatcher(shippedSynonymTable().groups));
const scopes = {
  cnInForce: scopeMaskOf(
    index,
    (doc) => index.jurisdiction[doc] === 'CN' && index.legalStatus[doc] !== 'inactive',
  ),
  usEp: scopeMaskOf(index, (doc) => ['US', 'EP'].includes(index.jurisdiction[doc]!)),
};
const claims = claimDescriptions(rows, 20, 12);
// The joined one has more than 32 query terms: matched-term masks of more than one word.
const descriptions = [...claims, claims.join('。'), 'unmanned aerial vehicle obstacle lidar', '电池 散热'];

afterAll(() => ftoChartPool().close());

// A worker's first task compiles its modules (tsx): seconds on a busy machine.
describe('FTO retrieval on a worker', { timeout: 120_000 }, () => {
  it('hands the worker shared memory, not copies', () => {
    for (const array of [
      index.bm25.docs,
      index.bm25.frequencies,
      index.bm25.offsets,
      index.bm25.lengthTerm,
    ]) {
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    expect(index.familyOf.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(index.familyNameRank.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(scopes.cnInForce.familyMembersInScope.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it.each(Object.keys(scopes))('same retrieval as on the event loop (%s)', async (scope) => {
    const mask = scopes[scope as keyof typeof scopes];
    let compared = 0;
    let cut = 0;
    for (const description of descriptions) {
      for (const limit of [Number.POSITIVE_INFINITY, 7]) {
        const inThread = retrieve(index, description, mask, limit);
        const inWorker = await retrieveOn(rankFamiliesInWorker, index, description, mask, limit);
        expect(inWorker).toEqual(inThread);
        compared += inThread.candidates.length;
        if (inThread.candidates.length < inThread.candidateCount) cut++;
      }
    }
    expect(compared).toBeGreaterThan(50); // the queries do retrieve: not a comparison of empty lists
    expect(cut).toBeGreaterThan(0); // and the limit did cut some lists
  });
});
