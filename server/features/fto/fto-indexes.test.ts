import type { Database } from '@graph-schema/db/driver';
import { DataVersion } from '@server/platform/data-version/data-version';
import { describe, expect, it } from 'vitest';
import type { FtoIndex } from './fto-index';
import { FtoIndexes } from './fto-indexes';

/** Builds that finish only when the test says, so "while it builds" is a state, not a race. */
function controlledBuilds() {
  const pending: Array<(index: FtoIndex) => void> = [];
  let built = 0;
  const build = () =>
    new Promise<FtoIndex>((resolve) => {
      pending.push(resolve);
    });
  const finish = () => {
    built++;
    pending.shift()!({ size: built, estimatedBytes: 1 } as unknown as FtoIndex);
  };
  return { build, finish, started: () => pending.length + built };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('FtoIndexes.ready: a screening never waits for an index build', () => {
  it('is undefined while the index builds (starting the build once), then serves the built index', async () => {
    const builds = controlledBuilds();
    const indexes = new FtoIndexes({} as Database, new DataVersion(async () => 'v1', 0), builds);
    expect(await indexes.ready()).toBeUndefined();
    expect(await indexes.ready()).toBeUndefined();
    await settle();
    expect(builds.started()).toBe(1); // the second call joined the build in flight
    builds.finish();
    await settle();
    expect((await indexes.ready())?.size).toBe(1);
  });

  it('after a data change is undefined again until the new build is done, and never serves the old index', async () => {
    let version = 'v1';
    const builds = controlledBuilds();
    const indexes = new FtoIndexes({} as Database, new DataVersion(async () => version, 0), builds);
    const first = indexes.get();
    await settle();
    builds.finish();
    expect((await first).size).toBe(1);
    version = 'v2';
    expect(await indexes.ready()).toBeUndefined();
    await settle();
    expect(builds.started()).toBe(2);
    builds.finish();
    await settle();
    expect((await indexes.ready())?.size).toBe(2);
  });
});
