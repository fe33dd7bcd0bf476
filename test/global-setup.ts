/**
 * Integration tests run against a real Neo4j: the managed launcher starts a test instance with
 * its own port and store folder, wiped at the start of every run (or NEO4J_URI points elsewhere;
 * then the tests write into that database, so never point it at production).
 */
import path from 'node:path';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resolveConnection } from '@db/connect';
import { resetLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import type { ConnectionSettings } from '@graph-schema/db/driver';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

// Override both to run two test suites side by side (each needs its own store and port).
const TEST_INSTANCE = {
  homeDir: process.env.PATNAV_TEST_NEO4J_HOME ?? path.join(REPO_ROOT, '.patnav', 'neo4j-test'),
  boltPort: Number(process.env.PATNAV_TEST_BOLT_PORT ?? 17687),
  heap: '1g',
  pageCache: '512m',
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[test-db] ${line}`);
  const external = Boolean(process.env.NEO4J_URI);
  const config = localNeo4jConfigFromEnv(process.env, TEST_INSTANCE);
  if (!external) await resetLocalNeo4j(config, log);
  const connection = await resolveConnection(process.env, log, TEST_INSTANCE);
  project.provide('neo4j', connection.settings);
  return async () => {
    if (!external && process.env.PATNAV_KEEP_TEST_DB !== '1') await stopLocalNeo4j(config, log);
  };
}
