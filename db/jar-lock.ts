/**
 * The lock file of the Neo4j jars (db/neo4j-jars.lock.json): every jar's Maven coordinates, size and
 * SHA-256, so the launcher downloads exactly these bytes from Maven Central with Node and needs no
 * Maven (db/install.ts). Written once per Neo4j version by `npm run db:lock`, the only step that runs
 * Maven (db/lock-cli.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './config';

export const JAR_LOCK_FILE = path.join(REPO_ROOT, 'db', 'neo4j-jars.lock.json');

export const LockedJar = z.object({
  groupId: z.string().regex(/^[\w.-]+$/),
  artifactId: z.string().regex(/^[\w.-]+$/),
  version: z.string().regex(/^[\w.+-]+$/),
  classifier: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional(),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type LockedJar = z.infer<typeof LockedJar>;

export const JarLock = z.object({
  neo4jVersion: z.string(),
  /** How the list was made, for the reader of the file. */
  madeBy: z.string(),
  jars: z.array(LockedJar).min(1),
});
export type JarLock = z.infer<typeof JarLock>;

/** The file name Maven gives the jar (and the launcher's lib/ folder keeps). */
export const jarFileName = (jar: LockedJar): string =>
  `${jar.artifactId}-${jar.version}${jar.classifier ? `-${jar.classifier}` : ''}.jar`;

/** The jar's address in a Maven repository laid out as Maven Central is. */
export const jarUrl = (repository: string, jar: LockedJar): string =>
  `${repository.replace(/\/+$/, '')}/${jar.groupId.replaceAll('.', '/')}/${jar.artifactId}/${jar.version}/${jarFileName(jar)}`;

/**
 * One line of `mvn dependency:list -DoutputAbsoluteArtifactFilename=true`:
 * `group:artifact:jar[:classifier]:version:scope:/absolute/path.jar`.
 */
export function parseDependencyLine(
  line: string,
): { jar: Omit<LockedJar, 'size' | 'sha256'>; file: string } | null {
  const trimmed = line.trim();
  const at = trimmed.indexOf(':/');
  if (at < 0) return null;
  const parts = trimmed.slice(0, at).split(':');
  if (parts[2] !== 'jar' || (parts.length !== 5 && parts.length !== 6)) return null;
  const [groupId, artifactId, , ...rest] = parts as [string, string, string, ...string[]];
  const [classifier, version] = rest.length === 3 ? [rest[0], rest[1]] : [undefined, rest[0]];
  return {
    jar: { groupId, artifactId, version: version!, ...(classifier && { classifier }) },
    file: trimmed.slice(at + 1),
  };
}

export async function readJarLock(file: string = JAR_LOCK_FILE): Promise<JarLock> {
  return JarLock.parse(JSON.parse(await readFile(file, 'utf8')));
}
