/** Checks that Java 17+ and Maven are usable before anything is downloaded or started. */
import { spawnSync } from 'node:child_process';
import { LauncherError } from './errors';

const MIN_JAVA = 17;

export function javaBinary(): string {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392" → 8). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

export function checkJava(): number {
  const result = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LauncherError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA}+ is required to run Neo4j, but "${javaBinary()}" could not be run. ` +
        'Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new LauncherError(
      'JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java ${MIN_JAVA}+; found ${major ?? 'an unknown version'}. Install Java 17 or set JAVA_HOME.`,
    );
  }
  return major;
}

export function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LauncherError(
      'MAVEN_MISSING',
      'Maven is required once to fetch the Neo4j jars from Maven Central, but "mvn" could not be run. ' +
        'Install it (Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
}
