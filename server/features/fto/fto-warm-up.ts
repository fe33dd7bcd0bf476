/**
 * Builds the FTO retrieval index off the request path: when the server is ready and after every
 * data change (an ingest, or a change another server made, seen by the data version), so no
 * screening pays for the build. A screening that arrives during a build waits for that same build
 * (the cache shares the one in flight) rather than answering 503: the wait is bounded by one build,
 * and a client retrying a 503 would only wait the same time with more requests.
 * The build runs on the main thread in the background: its streaming read and tokenising yield to
 * the event loop between records (docs/decisions/2026-12-04-fto-index-warm-up.md says why not a
 * worker). Off under Vitest (many short-lived apps) unless PATNAV_PRECOMPUTE_FTO=1;
 * PATNAV_PRECOMPUTE_FTO=0 turns it off anywhere.
 */
import { WarmUp, warmUpEnabled } from '@server/platform/background/warm-up';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import type { FtoIndexes } from './fto-indexes';

const ftoWarmUp = new WarmUp();

/** Settles when the index builds started so far have finished (the API benchmark waits on it). */
export function ftoWarmUpDone(): Promise<void> {
  return ftoWarmUp.done();
}

export function registerFtoWarmUp(app: FastifyInstance, context: ServerContext, indexes: FtoIndexes): void {
  if (!warmUpEnabled('PATNAV_PRECOMPUTE_FTO')) return;
  ftoWarmUp.register(app, context.dataVersion, () => indexes.get());
}
