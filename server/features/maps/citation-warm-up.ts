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
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import { citationMap } from './citations';

/** The technology route's map sizes above FORCE_LAYOUT_FROM (web/src/views/tech-route/params.ts). */
export const PRECOMPUTED_MAP_SIZES = [500, 1000] as const;

let pending: Promise<void> = Promise.resolve();

/** Settles when the precomputations started so far have finished (the benchmark waits on it). */
export function citationWarmUpDone(): Promise<void> {
  return pending;
}

/** Whether whole-corpus maps are precomputed here (also read by topic-warm-up.ts). */
export function precomputeEnabled(): boolean {
  const setting = process.env.PATNAV_PRECOMPUTE_MAPS;
  return setting === undefined ? process.env.VITEST === undefined : setting === '1';
}

async function warm(context: ServerContext, isClosed: () => boolean): Promise<void> {
  if (isClosed()) return;
  const query = CitationMapQuery.parse({});
  const snapshot = await context.snapshots.snapshot(query);
  for (const limit of PRECOMPUTED_MAP_SIZES) {
    if (isClosed()) return;
    citationMap(snapshot, { ...query, limit });
  }
}

export function registerCitationWarmUp(app: FastifyInstance, context: ServerContext): void {
  if (!precomputeEnabled()) return;
  let closed = false;
  // Chained at once (so citationWarmUpDone covers it from here on), run one macrotask later (so the
  // hook or request that triggered it is not held up); one at a time; a failure (database down, app
  // closing) only means the first view is cold.
  const start = (): void => {
    pending = pending
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => warm(context, () => closed))
      .catch(() => undefined);
  };
  app.addHook('onReady', async () => {
    start();
  });
  app.addHook('onClose', async () => {
    closed = true;
  });
  context.dataVersion.onChange(() => {
    if (!closed) start();
  });
}
