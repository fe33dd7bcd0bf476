/**
 * Starts the whole corpus's topic map when the server is ready and after every data change, like
 * the citation map's positions (citation-warm-up.ts, same PATNAV_PRECOMPUTE_MAPS switch), so the
 * first analyst to open the topic landscape of the default scope finds it built. The build is the
 * one a request would start (TopicMaps.mapOrJob): a request arriving meanwhile joins it.
 */
import { ScopeQuery } from '@graph-schema/dto/scope';
import { WarmUp } from '@server/platform/background/warm-up';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import { precomputeEnabled } from './citation-warm-up';
import type { TopicMaps } from './topic-jobs';

const topicWarmUp = new WarmUp();

export function registerTopicWarmUp(
  app: FastifyInstance,
  context: ServerContext,
  topicMaps: TopicMaps,
): void {
  if (!precomputeEnabled()) return;
  // mapOrJob starts the build as a request would (a request arriving meanwhile sees the job); the
  // task then waits for that same build, so this warm-up's `done` (allWarmUpsDone, the API
  // benchmark) covers it. A failed build is recorded by TopicMaps and only means the first view waits.
  topicWarmUp.register(app, context.dataVersion, async () => {
    const query = ScopeQuery.parse({});
    await topicMaps.mapOrJob(query);
    await topicMaps.get(query);
  });
}
