import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit tests next to the code, and integration tests in test/ that run
 * against the real Neo4j started by test/global-setup.ts (and the built web app in Chromium).
 */
export default defineConfig({
  // Imports use the tsconfig path aliases (@graph-schema/…, @server/…).
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['{server,ingest,graph-schema,web,db,demo}/**/*.test.ts', 'test/**/*.unit.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // One Neo4j store is shared: run files one after another so counts are predictable.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
