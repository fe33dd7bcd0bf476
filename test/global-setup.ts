/**
 * Integration tests run against a real Neo4j: the managed launcher starts a test instance with
 * its own port and store folder, wiped at the start of every run (or NEO4J_URI points elsewhere;
 * then the tests write into that database, so never point it at production).
 */
import { resolveConnection } from '@db/connect';
import { resetLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import type { ConnectionSettings } from '@graph-schema/db/driver';
import type { TestProject } from 'vitest/node';
import { testInstanceConfig, testInstanceOverrides } from './helpers/test-instance';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[test-db] ${line}`);
  const external = Boolean(process.env.NEO4J_URI);
  const config = testInstanceConfig();
  if (!external) await resetLocalNeo4j(config, log);
  const connection = await resolveConnection(process.env, log, testInstanceOverrides());
  project.provide('neo4j', connection.settings);
  return async () => {
    if (!external && process.env.PATNAV_KEEP_TEST_DB !== '1') await stopLocalNeo4j(config, log);
  };
}
