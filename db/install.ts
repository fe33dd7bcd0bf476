/**
 * Downloads the pinned Neo4j Community jars listed in db/neo4j-jars.lock.json from Maven Central
 * with Node, checking each jar's size and SHA-256, into the cache folder. Needs no Maven: the lock
 * file is made once per Neo4j version by `npm run db:lock` (db/lock-cli.ts). Idempotent: a completed
 * install leaves a marker, and a half-finished one (killed, offline, a bad checksum) is redone.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { instancePaths, type LocalNeo4jConfig } from './config';
import { LauncherError } from './errors';
import { type JarLock, jarFileName, jarUrl, type LockedJar, readJarLock } from './jar-lock';
import { checkJava } from './prerequisites';

const MARKER = 'installed.json';
/** Maven Central; `PATNAV_MAVEN_REPOSITORY` points at a mirror with the same layout (e.g. a company Nexus). */
export const DEFAULT_MAVEN_REPOSITORY = 'https://repo.maven.apache.org/maven2';
/** Parallel downloads: enough to hide latency, few enough not to be throttled. */
const DOWNLOADS_AT_ONCE = 8;
const ATTEMPTS = 3;

export function isInstalled(config: LocalNeo4jConfig): boolean {
  return existsSync(path.join(config.runtimeDir, MARKER));
}

export async function installNeo4j(config: LocalNeo4jConfig, log: (line: string) => void): Promise<string> {
  const lib = instancePaths(config).lib;
  if (isInstalled(config)) return lib;
  checkJava();
  const lock = await readJarLock();
  if (lock.neo4jVersion !== config.version) {
    throw new LauncherError(
      'JARS_LOCK_MISMATCH',
      `db/neo4j-jars.lock.json lists Neo4j ${lock.neo4jVersion}, but ${config.version} is pinned: run npm run db:lock (needs Maven once) and commit the file.`,
    );
  }
  const repository = process.env.PATNAV_MAVEN_REPOSITORY ?? DEFAULT_MAVEN_REPOSITORY;
  log(
    `Downloading Neo4j Community ${config.version} (${lock.jars.length} jars, ${megabytes(lock)} MB) from ${repository} (once; cached in ${config.runtimeDir}) …`,
  );
  const staging = `${lib}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await downloadAll(lock.jars, repository, staging);
  await rm(lib, { recursive: true, force: true });
  await rename(staging, lib);
  await writeFile(
    path.join(config.runtimeDir, MARKER),
    JSON.stringify({ version: config.version, jars: lock.jars.length, at: new Date().toISOString() }),
  );
  log(`Neo4j ${config.version}: ${lock.jars.length} jars ready (SHA-256 checked).`);
  return lib;
}

const megabytes = (lock: JarLock) =>
  Math.round(lock.jars.reduce((sum, jar) => sum + jar.size, 0) / 1_000_000);

async function downloadAll(jars: readonly LockedJar[], repository: string, folder: string): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jars.length) {
      const jar = jars[next++]!;
      await writeFile(path.join(folder, jarFileName(jar)), await downloadJar(jar, repository));
    }
  };
  await Promise.all(Array.from({ length: DOWNLOADS_AT_ONCE }, worker));
}

/** The jar's bytes, retried on network errors; a wrong size or checksum is never accepted. */
export async function downloadJar(
  jar: LockedJar,
  repository: string,
  fetchBytes: (url: string) => Promise<Uint8Array> = fetchOnce,
): Promise<Uint8Array> {
  const url = jarUrl(repository, jar);
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let bytes: Uint8Array;
    try {
      bytes = await fetchBytes(url);
    } catch (error) {
      lastError = error;
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.byteLength === jar.size && sha256 === jar.sha256) return bytes;
    throw new LauncherError(
      'JAR_CHECKSUM',
      `${url} does not match db/neo4j-jars.lock.json (got ${bytes.byteLength} bytes, SHA-256 ${sha256}; expected ${jar.size} bytes, ${jar.sha256}). Nothing was installed.`,
    );
  }
  throw new LauncherError(
    'DOWNLOAD_FAILED',
    `${url} could not be downloaded (${ATTEMPTS} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}). ` +
      'Check the network, set PATNAV_MAVEN_REPOSITORY to a Maven mirror, or set NEO4J_URI to use an existing Neo4j server.',
  );
}

async function fetchOnce(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
