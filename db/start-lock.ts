/** An exclusive lock file per instance, held while one process starts Neo4j; stale locks are taken over. */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { instancePaths, type LocalNeo4jConfig } from './config';
import { isProcessAlive, sleep } from './process';

const WAIT_STEP_MS = 250;

export async function acquireStartLock(config: LocalNeo4jConfig): Promise<() => Promise<void>> {
  const lockFile = path.join(config.homeDir, 'starting.lock');
  await mkdir(instancePaths(config).run, { recursive: true });
  const deadline = Date.now() + config.startTimeoutMs + 60_000;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      // The owner writes its pid right after creating the file: an empty lock is young, not stale.
      // A lock whose owner died (killed mid-start) would block every later start: take it over.
      if (Number.isFinite(owner) && !isProcessAlive(owner)) await rm(lockFile, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`another process (pid ${owner}) is still starting Neo4j in ${config.homeDir}`);
      else await sleep(WAIT_STEP_MS);
    }
  }
}
