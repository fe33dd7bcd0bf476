/**
 * `npm run db:lock`: writes db/neo4j-jars.lock.json for the pinned Neo4j version. The one place that
 * runs Maven (db/pom.xml lists Neo4j Community; Maven resolves its runtime dependencies); run it
 * only when NEO4J_VERSION changes, and commit the lock file. Everyone else downloads the locked jars
 * with Node (db/install.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEO4J_VERSION, REPO_ROOT } from './config';
import { JAR_LOCK_FILE, type JarLock, jarFileName, type LockedJar, parseDependencyLine } from './jar-lock';

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'patnav-lock-'));
  try {
    const listFile = path.join(work, 'dependencies.txt');
    const maven = spawnSync(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        path.join(REPO_ROOT, 'db', 'pom.xml'),
        `-Dneo4j.version=${NEO4J_VERSION}`,
        'dependency:list',
        '-DincludeScope=runtime',
        '-DoutputAbsoluteArtifactFilename=true',
        `-DoutputFile=${listFile}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (maven.status !== 0)
      throw new Error(`mvn dependency:list failed (exit ${maven.status ?? maven.error})`);
    const jars: LockedJar[] = [];
    for (const line of (await readFile(listFile, 'utf8')).split('\n')) {
      const parsed = parseDependencyLine(line);
      if (!parsed) continue;
      const bytes = await readFile(parsed.file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      jars.push({ ...parsed.jar, size: bytes.byteLength, sha256 });
    }
    jars.sort((a, b) => (jarFileName(a) < jarFileName(b) ? -1 : jarFileName(a) > jarFileName(b) ? 1 : 0));
    const lock: JarLock = {
      neo4jVersion: NEO4J_VERSION,
      madeBy:
        'npm run db:lock (mvn dependency:list of db/pom.xml, runtime scope; SHA-256 of each resolved jar)',
      jars,
    };
    await writeFile(JAR_LOCK_FILE, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`${JAR_LOCK_FILE}: ${jars.length} jars for Neo4j ${NEO4J_VERSION}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
