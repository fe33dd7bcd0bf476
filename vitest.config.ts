import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that read the shared corpus, then add to it (both upload an export). */
const CORPUS_CHANGING = ['web.int.test.ts', 'api-two-servers.int.test.ts'];

const rank = (spec: TestSpecification): number => {
  if (spec.project.name !== 'integration') return 1;
  // A file that clears the graph for data of its own says so by calling clearGraph: read, not listed,
  // so a new such file cannot be forgotten.
  if (readFileSync(spec.moduleId, 'utf8').includes('clearGraph(')) return 0;
  return CORPUS_CHANGING.includes(path.basename(spec.moduleId)) ? 2 : 1;
};

/**
 * Orders the integration files so the shared demo corpus (test/helpers/demo.ts) is loaded once per
 * run: the files that empty the graph run first, the ones that add to the corpus run last, and
 * every other file reads the corpus the first of them loaded. The order only saves loads;
 * correctness does not depend on it, because a file that finds the corpus missing or changed loads
 * it again. (It lives here because the config file cannot import a sibling .ts file without an
 * extension.)
 */
class IntegrationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Vitest's order groups files by project: keep the groups, reorder inside the integration one.
    // Array sort is stable: within a rank, Vitest's own order (failed and slow files first) stays.
    const groupAt = new Map<string, number>();
    sorted.forEach((spec, index) => {
      if (!groupAt.has(spec.project.name)) groupAt.set(spec.project.name, index);
    });
    const group = (spec: TestSpecification) => groupAt.get(spec.project.name)!;
    return [...sorted].sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
  }
}

/**
 * Two projects: fast unit tests next to the code, and integration tests in test/ that run
 * against the real Neo4j started by test/global-setup.ts (and the built web app in Chromium).
 */
export default defineConfig({
  // Imports use the tsconfig path aliases (@graph-schema/…, @server/…).
  resolve: { tsconfigPaths: true },
  test: {
    // Integration files in an order that loads the shared demo corpus once per run.
    sequence: { sequencer: IntegrationSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['{server,ingest,graph-schema,web,db,demo,bench}/**/*.test.ts', 'test/**/*.unit.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/temp-folder-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/temp-folder-setup.ts', 'test/global-setup.ts'],
          // One Neo4j store is shared: run files one after another so counts are predictable.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
