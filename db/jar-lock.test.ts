import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NEO4J_VERSION } from './config';
import { LauncherError } from './errors';
import { DEFAULT_MAVEN_REPOSITORY, downloadJar } from './install';
import { jarFileName, jarUrl, type LockedJar, parseDependencyLine, readJarLock } from './jar-lock';

const bytes = new TextEncoder().encode('not really a jar');
const jar: LockedJar = {
  groupId: 'io.netty',
  artifactId: 'netty-transport-native-epoll',
  version: '4.1.137.Final',
  classifier: 'linux-x86_64',
  size: bytes.byteLength,
  sha256: createHash('sha256').update(bytes).digest('hex'),
};

describe('the Neo4j jar lock', () => {
  it('reads Maven dependency:list lines with and without a classifier', () => {
    expect(
      parseDependencyLine(
        '   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.137.Final:compile:/m2/io/netty/x.jar',
      ),
    ).toEqual({
      jar: {
        groupId: 'io.netty',
        artifactId: 'netty-transport-native-epoll',
        version: '4.1.137.Final',
        classifier: 'linux-x86_64',
      },
      file: '/m2/io/netty/x.jar',
    });
    expect(parseDependencyLine('org.neo4j:neo4j-kernel:jar:5.26.30:compile:/m2/k.jar')).toEqual({
      jar: { groupId: 'org.neo4j', artifactId: 'neo4j-kernel', version: '5.26.30' },
      file: '/m2/k.jar',
    });
    expect(parseDependencyLine('The following files have been resolved:')).toBeNull();
    expect(parseDependencyLine('org.neo4j:neo4j:pom:5.26.30:compile:/m2/n.pom')).toBeNull();
  });

  it('addresses jars as Maven Central lays them out', () => {
    expect(jarFileName(jar)).toBe('netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar');
    expect(jarUrl(`${DEFAULT_MAVEN_REPOSITORY}/`, jar)).toBe(
      'https://repo.maven.apache.org/maven2/io/netty/netty-transport-native-epoll/4.1.137.Final/netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar',
    );
  });

  it('is the lock of the pinned Neo4j version and holds the server and kernel jars', async () => {
    const lock = await readJarLock();
    expect(lock.neo4jVersion).toBe(NEO4J_VERSION);
    const names = lock.jars.map(jarFileName);
    expect(names).toContain(`neo4j-server-${NEO4J_VERSION}.jar`);
    expect(names).toContain(`neo4j-kernel-${NEO4J_VERSION}.jar`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('accepts only the locked bytes and retries network errors', async () => {
    let calls = 0;
    const flaky = async (url: string) => {
      calls += 1;
      expect(url).toBe(jarUrl('https://mirror.example/m2', jar));
      if (calls < 3) throw new Error('ECONNRESET');
      return bytes;
    };
    await expect(downloadJar(jar, 'https://mirror.example/m2', flaky)).resolves.toEqual(bytes);
    expect(calls).toBe(3);
    const tampered = async () => new TextEncoder().encode('not really a jaR');
    const error = await downloadJar(jar, DEFAULT_MAVEN_REPOSITORY, tampered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LauncherError);
    expect((error as LauncherError).code).toBe('JAR_CHECKSUM');
    const offline = async (): Promise<Uint8Array> => {
      throw new Error('getaddrinfo ENOTFOUND');
    };
    const failed = await downloadJar(jar, DEFAULT_MAVEN_REPOSITORY, offline).catch((e: unknown) => e);
    expect((failed as LauncherError).code).toBe('DOWNLOAD_FAILED');
    expect((failed as LauncherError).message).toContain('ENOTFOUND');
  });
});
