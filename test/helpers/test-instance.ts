/**
 * The project's own test Neo4j: the managed instance test/global-setup.ts resets and starts. Its
 * own store folder and Bolt port, so two suites can run side by side (PATNAV_TEST_NEO4J_HOME,
 * PATNAV_TEST_BOLT_PORT). Read from the environment the same way wherever it is needed.
 */
import path from 'node:path';
import { type LocalNeo4jConfig, localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';

export const DEFAULT_TEST_HOME = path.join(REPO_ROOT, '.patnav', 'neo4j-test');
export const DEFAULT_TEST_BOLT_PORT = 17687;

/** The overrides of the managed-instance settings that make it the test instance. */
export function testInstanceOverrides(env: NodeJS.ProcessEnv = process.env): Partial<LocalNeo4jConfig> {
  return {
    homeDir: env.PATNAV_TEST_NEO4J_HOME ?? DEFAULT_TEST_HOME,
    boltPort: Number(env.PATNAV_TEST_BOLT_PORT ?? DEFAULT_TEST_BOLT_PORT),
    heap: '1g',
    pageCache: '512m',
  };
}

export function testInstanceConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  return localNeo4jConfigFromEnv(env, testInstanceOverrides(env));
}
