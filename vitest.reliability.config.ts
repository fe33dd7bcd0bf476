import { defineConfig } from 'vitest/config';

/**
 * The reliability suite (`npm run test:reliability`, run by .ci/run after `npm test`): hostile files,
 * bad inputs, fault injection and bounded load against the real Neo4j of test/global-setup.ts. Kept
 * out of the default `vitest run` because it takes minutes; it prints its table when it ends
 * (test/reliability/global-setup.ts).
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    name: 'reliability',
    root: '.',
    include: ['test/reliability/**/*.rel.test.ts'],
    globalSetup: ['test/temp-folder-setup.ts', 'test/reliability/global-setup.ts'],
    // One Neo4j, killed and restarted by the fault tests: files run one after another.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
