/**
 * Whether `npm run ingest` takes the bulk path: always with `--bulk` (refused with a reason when it
 * cannot), and on its own for a large first load into the managed instance when this command
 * started it (so no server is using it) and its database is empty. Small loads stay incremental:
 * stopping and restarting Neo4j costs more than loading a few thousand records.
 */
import { stat } from 'node:fs/promises';
import { localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase } from '@graph-schema/db/driver';
import { isEmptyForBulk } from './run';

/** Input size from which an empty managed database is loaded in bulk without `--bulk`. */
export const AUTO_BULK_BYTES = 50 * 1024 * 1024;

async function inputBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += (await stat(file)).size;
  return total;
}

export interface BulkChoice {
  bulk: boolean;
  dryRun: boolean;
  projectId?: string | undefined;
  workspace?: string | undefined;
  files: string[];
}

export async function choosesBulk(args: BulkChoice, env: NodeJS.ProcessEnv, log: (line: string) => void) {
  // A dry run writes nothing, whichever way it would load.
  if (args.dryRun) return false;
  if (args.bulk) return true;
  if (env.NEO4J_URI || args.projectId || args.workspace) return false;
  if ((await inputBytes(args.files)) < AUTO_BULK_BYTES) return false;
  const config = localNeo4jConfigFromEnv(env);
  const local = await startLocalNeo4j(config, log);
  if (!local.startedNow) return false;
  const db = createDatabase(local);
  try {
    if (!(await isEmptyForBulk(db))) return false;
  } finally {
    await db.driver.close();
  }
  log('empty database and a large first load: loading in bulk with neo4j-admin (--bulk)');
  await stopLocalNeo4j(config, log);
  return true;
}
