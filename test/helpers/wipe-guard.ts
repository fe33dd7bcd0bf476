/**
 * The integration tests delete every node of the database they run on, and global-setup deletes
 * the test store folder at every run. This guard decides, before anything is written, whether the
 * target may be wiped; every wipe of the suite goes through it (global-setup's store reset and
 * claim, `clearGraph`).
 *
 * 1. The target, before connecting: the project's own test instance — the store folder
 *    global-setup manages, or NEO4J_URI naming that running instance on the loopback — or any
 *    other server only with PATNAV_TEST_ALLOW_WIPE=1.
 * 2. The content, after connecting and before any write: a database the tests have not claimed
 *    must hold nothing but PatNav's migration records. The setup then claims it with one
 *    :PatnavTestMarker node, and `clearGraph` deletes only in a claimed database. So even with the
 *    opt-in, a database holding data the tests did not write is refused.
 */

import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocalNeo4jConfig } from '@db/config';
import { statusLocalNeo4j } from '@db/launcher';
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { z } from 'zod';

export const ALLOW_WIPE_VAR = 'PATNAV_TEST_ALLOW_WIPE';
/** File global-setup writes into a store folder it created: a later run may delete that folder. */
export const TEST_STORE_STAMP = 'patnav-test-store';

export class WipeRefused extends Error {
  override name = 'WipeRefused';
}

export interface TargetFacts {
  /** NEO4J_URI, when set. */
  uri: string | undefined;
  /** PATNAV_TEST_ALLOW_WIPE as set. */
  allowWipe: string | undefined;
  testStore: {
    homeDir: string;
    boltPort: number;
    folder: 'missing' | 'empty' | 'stamped' | 'unstamped';
    /** The default folder (.patnav/neo4j-test), which test runs made before stamps existed. */
    isDefaultFolder: boolean;
    running: boolean;
  };
  /** The store `npm start` uses (PATNAV_NEO4J_HOME). */
  appHomeDir: string;
}

export type TargetDecision =
  | { use: 'managed' }
  | { use: 'uri'; because: 'test-instance' | 'opted-in' }
  | { use: 'none'; refusal: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DEFAULT_BOLT_PORT = 7687;

export function decideTarget(facts: TargetFacts): TargetDecision {
  const optedIn = facts.allowWipe === '1';
  if (facts.uri === undefined) return decideStore(facts, optedIn);
  const atTestPort = atTestInstancePort(facts.uri, facts.testStore.boltPort);
  if (atTestPort && facts.testStore.running) return { use: 'uri', because: 'test-instance' };
  if (optedIn) return { use: 'uri', because: 'opted-in' };
  const { homeDir, boltPort } = facts.testStore;
  // At the test port while the test instance is stopped, whatever answers there is not it.
  const stopped = atTestPort ? ' (the test instance is not running)' : '';
  return refuse(
    `Refusing to run: NEO4J_URI=${facts.uri} is not this project's test instance${stopped}, and the ` +
      'integration tests delete every node of the database they run on.\n' +
      `Their own instance is the one test/global-setup.ts starts from ${homeDir} on ` +
      `bolt://127.0.0.1:${boltPort}: unset NEO4J_URI to use it.\n` +
      `If the database at ${facts.uri} may be wiped, run again with ${ALLOW_WIPE_VAR}=1 (the tests ` +
      'still refuse a database that holds data they did not write).',
  );
}

function decideStore(facts: TargetFacts, optedIn: boolean): TargetDecision {
  const home = path.resolve(facts.testStore.homeDir);
  if (home === path.resolve(facts.appHomeDir)) {
    return refuse(
      `Refusing to run: the test store folder ${home} (PATNAV_TEST_NEO4J_HOME) is the store \`npm start\` ` +
        'uses (PATNAV_NEO4J_HOME), and the test setup deletes its store at every run. Choose another folder.',
    );
  }
  const { folder, isDefaultFolder } = facts.testStore;
  if (folder !== 'unstamped' || isDefaultFolder || optedIn) return { use: 'managed' };
  return refuse(
    `Refusing to run: the test store folder ${home} (PATNAV_TEST_NEO4J_HOME) exists and was not made by ` +
      `the test setup (it has no ${TEST_STORE_STAMP} file), and the setup deletes that folder at every run.\n` +
      `Point PATNAV_TEST_NEO4J_HOME at a new folder, or run again with ${ALLOW_WIPE_VAR}=1 if it may go.`,
  );
}

/** The test instance listens on 127.0.0.1 at its Bolt port; no other address is it. */
function atTestInstancePort(uri: string, boltPort: number): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  const port = url.port === '' ? DEFAULT_BOLT_PORT : Number(url.port);
  return LOOPBACK.has(url.hostname) && port === boltPort;
}

const refuse = (refusal: string): TargetDecision => ({ use: 'none', refusal });

/** What global-setup knows before connecting: the environment and the test store folder. */
export async function inspectTarget(
  env: NodeJS.ProcessEnv,
  testStore: LocalNeo4jConfig,
  defaultTestHome: string,
  appHomeDir: string,
): Promise<TargetFacts> {
  return {
    uri: env.NEO4J_URI || undefined,
    allowWipe: env[ALLOW_WIPE_VAR],
    testStore: {
      homeDir: testStore.homeDir,
      boltPort: testStore.boltPort,
      folder: await folderState(testStore.homeDir),
      isDefaultFolder: path.resolve(testStore.homeDir) === path.resolve(defaultTestHome),
      running: (await statusLocalNeo4j(testStore)).state === 'running',
    },
    appHomeDir,
  };
}

async function folderState(dir: string): Promise<TargetFacts['testStore']['folder']> {
  if (!existsSync(dir)) return 'missing';
  const entries = await readdir(dir);
  if (entries.length === 0) return 'empty';
  return entries.includes(TEST_STORE_STAMP) ? 'stamped' : 'unstamped';
}

/** Marks a store folder the setup has just emptied as one a later run may delete again. */
export async function stampTestStore(homeDir: string): Promise<void> {
  await mkdir(homeDir, { recursive: true });
  await writeFile(
    path.join(homeDir, TEST_STORE_STAMP),
    'Made by test/global-setup.ts: this Neo4j store is deleted and made again at every integration run.\n',
  );
}

export const DatabaseFacts = z.object({
  /** It holds the :PatnavTestMarker node of an earlier claim. */
  claimed: z.boolean(),
  /** It holds nodes other than PatNav's :Migration records and the marker. */
  otherNodes: z.boolean(),
});
export type DatabaseFacts = z.infer<typeof DatabaseFacts>;

export function decideClaim(uri: string, facts: DatabaseFacts): { claim: boolean; refusal?: string } {
  if (facts.claimed) return { claim: false };
  if (!facts.otherNodes) return { claim: true };
  return {
    claim: false,
    refusal:
      `Refusing to run: the database at ${uri} holds data the tests did not write (nodes, but no ` +
      ':PatnavTestMarker node, which the test setup writes into a database it finds empty). ' +
      `Nothing was written or deleted. Point NEO4J_URI at an empty database.`,
  };
}

const READ_DATABASE_FACTS = `
RETURN EXISTS { MATCH (:PatnavTestMarker) } AS claimed,
       EXISTS { MATCH (n) WHERE NOT n:Migration AND NOT n:PatnavTestMarker } AS otherNodes`;
const CLAIM = 'MERGE (m:PatnavTestMarker) ON CREATE SET m.claimedAt = datetime()';

/** Second check, before the first write: claims an empty database, refuses one with foreign data. */
export async function claimTestDatabase(db: Database): Promise<void> {
  const [facts] = await readRows(db, DatabaseFacts, READ_DATABASE_FACTS);
  const decision = decideClaim(db.uri, facts!);
  if (decision.refusal) throw new WipeRefused(decision.refusal);
  if (decision.claim) await writeRows(db, CLAIM);
}

/** Throws unless the database was claimed by the test setup (the precondition of every wipe). */
export async function assertClaimed(db: Database): Promise<void> {
  const [facts] = await readRows(db, DatabaseFacts, READ_DATABASE_FACTS);
  if (!facts!.claimed) {
    throw new WipeRefused(
      `Refusing to delete: the database at ${db.uri} has no :PatnavTestMarker node, so the test ` +
        'setup (test/global-setup.ts) did not claim it.',
    );
  }
}
