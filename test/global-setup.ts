/**
 * Integration tests run against a real Neo4j: the managed test instance (own port and store
 * folder, wiped at the start of every run), or the server NEO4J_URI names. The tests wipe that
 * database, so before anything is written helpers/wipe-guard.ts decides whether it may be wiped
 * and claims it; a refusal stops the run before any test file starts.
 */
import { randomUUID } from 'node:crypto';
import { localNeo4jConfigFromEnv } from '@db/config';
import { resolveConnection } from '@db/connect';
import { resetLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { type ConnectionSettings, createDatabase } from '@graph-schema/db/driver';
import type { TestProject } from 'vitest/node';
import { DEFAULT_TEST_HOME, testInstanceConfig, testInstanceOverrides } from './helpers/test-instance';
import {
  ALLOW_WIPE_VAR,
  claimTestDatabase,
  decideTarget,
  inspectTarget,
  stampTestStore,
  WipeRefused,
} from './helpers/wipe-guard';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
    /** Identifies this run: the shared demo corpus is loaded once per run (helpers/demo.ts). */
    testRun: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[test-db] ${line}`);
  const config = testInstanceConfig();
  const appHome = localNeo4jConfigFromEnv().homeDir;
  const decision = decideTarget(await inspectTarget(process.env, config, DEFAULT_TEST_HOME, appHome));
  if (decision.use === 'none') refuse(decision.refusal);
  if (decision.use === 'managed') {
    await resetLocalNeo4j(config, log);
    await stampTestStore(config.homeDir);
  }
  const connection = await resolveConnection(process.env, log, testInstanceOverrides());
  await claim(connection.settings);
  if (decision.use === 'uri') {
    const why = decision.because === 'test-instance' ? 'the running test instance' : `${ALLOW_WIPE_VAR}=1`;
    log(`NEO4J_URI=${connection.settings.uri}: the tests wipe that database (${why}).`);
  }
  project.provide('neo4j', connection.settings);
  project.provide('testRun', randomUUID());
  return async () => {
    if (decision.use === 'managed' && process.env.PATNAV_KEEP_TEST_DB !== '1') {
      await stopLocalNeo4j(config, log);
    }
  };
}

async function claim(settings: ConnectionSettings): Promise<void> {
  const db = createDatabase(settings);
  try {
    await claimTestDatabase(db);
  } catch (error) {
    if (error instanceof WipeRefused) refuse(error.message);
    throw error;
  } finally {
    await db.driver.close();
  }
}

/** Nothing has been written and no test file has started: stop the run here, with the reason. */
function refuse(message: string): never {
  console.error(`\n[test-db] ${message}\n`);
  process.exit(1);
}
