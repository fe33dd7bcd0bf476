/** Checks that Java 17+ is usable before anything is downloaded or started. */
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
