/**
 * Topic maps computed off the request path and cached per scope and data version: a request for a
 * scope whose map is not built starts (or joins) its build and gets the job state (202) at once;
 * the next poll after the build gets the map. Built maps live in the one cache primitive
 * (VersionedCache: bounded, cleared when the data change); a failed build is not cached, its error
 * is reported once as `failed` and the next request starts again.
 */

import { pickScope, type ScopeQuery } from '@graph-schema/dto/scope';
import type { TopicMapJob } from '@graph-schema/dto/topic-map';
import { VersionedCache } from '@server/platform/cache/versioned-cache';
import type { ServerContext } from '@server/platform/context';
import { scopeKey } from '@server/platform/snapshot/snapshot';
import { buildTopicMap, type TopicMapBuild, topicBuildBytes } from './topic-build';

interface Job {
  readonly startedAt: number;
  failed?: boolean;
}

export class TopicMaps {
  private readonly builds: VersionedCache<TopicMapBuild>;
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly context: ServerContext) {
    this.builds = new VersionedCache(context.dataVersion, {
      maxEntries: 8,
      maxBytes: 256 * 1024 * 1024,
      sizeOf: topicBuildBytes,
    });
    context.dataVersion.onChange(() => this.jobs.clear());
  }

  /** The built map of a scope, or the state of its build (started now if none runs). */
  async mapOrJob(query: ScopeQuery): Promise<TopicMapBuild | TopicMapJob> {
    const key = scopeKey(pickScope(query));
    const built = await this.builds.peek(key);
    if (built) return built;
    const job = this.jobs.get(key);
    if (job?.failed) {
      this.jobs.delete(key);
      return jobState(job, 'failed');
    }
    if (job) return jobState(job, 'computing');
    const started: Job = { startedAt: Date.now() };
    this.jobs.set(key, started);
    this.build(key, query).then(
      () => {
        if (this.jobs.get(key) === started) this.jobs.delete(key);
      },
      () => {
        started.failed = true;
      },
    );
    return jobState(started, 'computing');
  }

  /** The map of a scope, waiting for its build (peak listings, tests, the benchmark). */
  get(query: ScopeQuery): Promise<TopicMapBuild> {
    return this.build(scopeKey(pickScope(query)), query);
  }

  private build(key: string, query: ScopeQuery): Promise<TopicMapBuild> {
    return this.builds.get(key, async () =>
      buildTopicMap(this.context.db, await this.context.snapshots.snapshot(query)),
    );
  }
}

function jobState(job: Job, state: TopicMapJob['state']): TopicMapJob {
  const elapsedS = Math.round((Date.now() - job.startedAt) / 100) / 10;
  return {
    state,
    startedAt: new Date(job.startedAt).toISOString(),
    elapsedS,
    retryAfterS: elapsedS < 5 ? 1 : 3,
  };
}
