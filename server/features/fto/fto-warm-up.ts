/**
 * Builds the FTO retrieval index off the request path: when the server is ready and after every
 * data change (an ingest, or a change another server made, seen by the data version), so no
 * screening pays for the build. A screening that arrives during a build answers 503 INDEX_BUILDING
 * with a Retry-After (routes.ts; docs/decisions/2026-12-05-fto-screening-speed.md says why not the
 * previous index). The build runs on the main thread in the background: its streaming read and
 * tokenising yield to the event loop between records, and the postings are built in slices that
 * yield (bm25.ts `buildBm25IndexInSlices`). Off under Vitest (many short-lived apps) unless
 * PATNAV_PRECOMPUTE_FTO=1; PATNAV_PRECOMPUTE_FTO=0 turns it off anywhere (screenings then build it).
 * The first build also starts the claim-chart workers (chart-task.ts), and every build ends with
 * one screening per chart worker on the new index (not recorded), so the first real screenings do
 * not pay for compiling the screening path (the first of bench:api's 40 screenings were its p99).
 */
import { WarmUp, warmUpEnabled } from '@server/platform/background/warm-up';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import { ftoChartWorkers, warmChartWorker } from './chart-task';
import { screenProduct } from './fto';
import type { FtoIndex } from './fto-index';
import type { FtoIndexes } from './fto-indexes';
import { firstDocWithClaims, preparedJsonOf } from './prepared-claim-store';
import { decodePreparedClaims, preparedClaimText } from './prepared-claims';

const ftoWarmUp = new WarmUp();

/** Settles when the index builds started so far have finished (the API benchmark waits on it). */
export function ftoWarmUpDone(): Promise<void> {
  return ftoWarmUp.done();
}

export function registerFtoWarmUp(app: FastifyInstance, context: ServerContext, indexes: FtoIndexes): void {
  if (!warmUpEnabled('PATNAV_PRECOMPUTE_FTO')) return;
  // The chart worker is started with the first build, so the first screenings do not wait for it.
  ftoWarmUp.register(app, context.dataVersion, async () => {
    const [index] = await Promise.all([indexes.get(), warmChartWorker()]);
    await warmScreenings(context, index);
  });
}

/**
 * Screens the first indexed patent's first independent claim in its office, once per chart
 * worker at a time (each worker gets one), charts in the workers; nothing is recorded or kept but
 * the scope mask of that office for today (a scope real screenings use too).
 */
async function warmScreenings(context: ServerContext, index: FtoIndex): Promise<void> {
  const store = index.records.preparedClaims;
  const doc = firstDocWithClaims(store);
  if (doc < 0) return;
  const description = preparedClaimText(decodePreparedClaims(preparedJsonOf(store, doc))[0]!);
  const request = {
    description,
    jurisdictions: [index.jurisdiction[doc]!],
    asOf: new Date().toISOString().slice(0, 10),
    limit: 20,
    offset: 0,
  };
  const runs = Array.from({ length: ftoChartWorkers() }, () =>
    screenProduct(context.db, index, request, { inWorker: true }),
  );
  await Promise.all(runs);
}
