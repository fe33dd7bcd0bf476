/**
 * Resolves the pinned Neo4j Community jars from Maven Central into the cache folder. Idempotent:
 * a completed install leaves a marker, and a half-finished one (killed, offline) is redone.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { instancePaths, type LocalNeo4jConfig, REPO_ROOT } from './config';
import { LauncherError } from './errors';
import { checkJava, checkMaven } from './prerequisites';

const MARKER = 'installed.json';

export function isInstalled(config: LocalNeo4jConfig): boolean {
  return existsSync(path.join(config.runtimeDir, MARKER));
}

export async function installNeo4j(config: LocalNeo4jConfig, log: (line: string) => void): Promise<string> {
  const lib = instancePaths(config).lib;
  if (isInstalled(config)) return lib;
  checkJava();
  checkMaven();
  log(
    `Resolving Neo4j Community ${config.version} from Maven Central (once; cached in ${config.runtimeDir}) …`,
  );
  const staging = `${lib}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const output = await runMaven([
    '-B',
    '-q',
    '-f',
    path.join(REPO_ROOT, 'db', 'pom.xml'),
    `-Dneo4j.version=${config.version}`,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${staging}`,
    '-DincludeScope=runtime',
  ]);
  const jars = (await readdir(staging)).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith('neo4j-server-'))) {
    throw new LauncherError(
      'MAVEN_RESOLVE_FAILED',
      'Maven finished but the Neo4j server jar is missing.',
      output,
    );
  }
  await rm(lib, { recursive: true, force: true });
  await rename(staging, lib);
  await writeFile(
    path.join(config.runtimeDir, MARKER),
    JSON.stringify({ version: config.version, jars: jars.length, at: new Date().toISOString() }),
  );
  log(`Neo4j ${config.version}: ${jars.length} jars ready.`);
  return lib;
}

function runMaven(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new LauncherError('MAVEN_MISSING', `mvn could not be started: ${error.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve(output);
      const unreachable =
        /Could not transfer|UnknownHost|Connection refused|timed out|Network is unreachable/i.test(output);
      reject(
        new LauncherError(
          'MAVEN_RESOLVE_FAILED',
          unreachable
            ? 'Maven Central could not be reached to fetch the Neo4j jars. Check the network or proxy ' +
                '(~/.m2/settings.xml), or set NEO4J_URI to use an existing Neo4j server.'
            : `Maven failed (exit ${code}) while resolving the Neo4j jars.`,
          output.split('\n').slice(-30).join('\n'),
        ),
      );
    });
  });
}
