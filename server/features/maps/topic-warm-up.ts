/**
 * Starts the whole corpus's topic map when the server is ready and after every data change, like
 * the citation map's positions (citation-warm-up.ts, same PATNAV_PRECOMPUTE_MAPS switch), so the
 * first analyst to open the topic landscape of the default scope finds it built. The build is the
 * one a request would start (TopicMaps.mapOrJob): a request arriving meanwhile joins it.
 */
import { ScopeQuery } from '@graph-schema/dto/scope';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import { precomputeEnabled } from './citation-warm-up';
import type { TopicMaps } from './topic-jobs';

export function registerTopicWarmUp(
  app: FastifyInstance,
  context: ServerContext,
  topicMaps: TopicMaps,
): void {
  if (!precomputeEnabled()) return;
  let closed = false;
  // One macrotask later, so the hook or request that triggered it is not held up; a failure (database
  // down, app closing) is recorded by TopicMaps and only means the first view waits.
  const start = (): void => {
    setImmediate(() => {
      if (!closed) topicMaps.mapOrJob(ScopeQuery.parse({})).catch(() => undefined);
    });
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
