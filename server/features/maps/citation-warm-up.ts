/**
 * Precomputes the whole-corpus citation maps off the request path: when the server is ready and
 * after every data change, the default scope's snapshot (which the technology route and core
 * patents read) and the ForceAtlas2 positions of the larger map sizes (for API clients that take
 * them; the technology route asks for none) are built in the background, so the first request gets
 * them from the caches (citation-positions.ts) instead of waiting.
 * Off under Vitest (tests build many short-lived apps; background graph reads would only slow
 * them) unless PATNAV_PRECOMPUTE_MAPS=1; PATNAV_PRECOMPUTE_MAPS=0 turns it off anywhere.
 */
import { CitationMapQuery } from '@graph-schema/dto/citation-map';
import { WarmUp, warmUpEnabled } from '@server/platform/background/warm-up';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import { citationMap } from './citations';

/** The technology route's map sizes above FORCE_LAYOUT_FROM (web/src/views/tech-route/params.ts). */
export const PRECOMPUTED_MAP_SIZES = [500, 1000] as const;

const citationWarmUp = new WarmUp();

/** Settles when the precomputations started so far have finished (the benchmark waits on it). */
export function citationWarmUpDone(): Promise<void> {
  return citationWarmUp.done();
}

/** Whether whole-corpus maps are precomputed here (also read by topic-warm-up.ts). */
export function precomputeEnabled(): boolean {
  return warmUpEnabled('PATNAV_PRECOMPUTE_MAPS');
}

async function warm(context: ServerContext, isClosed: () => boolean): Promise<void> {
  const query = CitationMapQuery.parse({});
  const snapshot = await context.snapshots.snapshot(query);
  for (const limit of PRECOMPUTED_MAP_SIZES) {
    if (isClosed()) return;
    await citationMap(snapshot, { ...query, limit });
  }
}

export function registerCitationWarmUp(app: FastifyInstance, context: ServerContext): void {
  if (!precomputeEnabled()) return;
  citationWarmUp.register(app, context.dataVersion, (isClosed) => warm(context, isClosed));
}
