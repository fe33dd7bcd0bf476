/**
 * Builds the FTO retrieval index off the request path: when the server is ready and after every
 * data change (an ingest, or a change another server made, seen by the data version), so no
 * screening pays for the build. A screening that arrives during a build answers 503 INDEX_BUILDING
 * with a Retry-After (routes.ts; docs/decisions/2026-12-05-fto-screening-speed.md says why not the
 * previous index). The build runs on the main thread in the background: its streaming read and
 * tokenising yield to the event loop between records, and the postings are built in slices that
 * yield (bm25.ts `buildBm25IndexInSlices`). Off under Vitest (many short-lived apps) unless
 * PATNAV_PRECOMPUTE_FTO=1; PATNAV_PRECOMPUTE_FTO=0 turns it off anywhere (screenings then build it).
 * The first build also starts the claim-chart worker (chart-task.ts).
 */
import { WarmUp, warmUpEnabled } from '@server/platform/background/warm-up';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import { warmChartWorker } from './chart-task';
import type { FtoIndexes } from './fto-indexes';

const ftoWarmUp = new WarmUp();

/** Settles when the index builds started so far have finished (the API benchmark waits on it). */
export function ftoWarmUpDone(): Promise<void> {
  return ftoWarmUp.done();
}

export function registerFtoWarmUp(app: FastifyInstance, context: ServerContext, indexes: FtoIndexes): void {
  if (!warmUpEnabled('PATNAV_PRECOMPUTE_FTO')) return;
  // The chart worker is started with the first build, so the first screenings do not wait for it.
  ftoWarmUp.register(app, context.dataVersion, () => Promise.all([indexes.get(), warmChartWorker()]));
}
