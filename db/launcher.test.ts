import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localNeo4jConfigFromEnv } from './config';
import { LauncherError } from './errors';
import { serverCommand, startLocalNeo4j } from './launcher';
import { renderNeo4jConf } from './neo4j-conf';
import { parseJavaMajor } from './prerequisites';

const config = localNeo4jConfigFromEnv(
  {},
  { homeDir: path.join(os.tmpdir(), 'patnav-launcher-test'), boltPort: 17600 },
);

describe('managed Neo4j launcher', () => {
  it('parses Java versions old and new', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });

  it('writes a neo4j.conf with Bolt on loopback, HTTP off, no usage reports and the 5.26 JVM flags', () => {
    const conf = renderNeo4jConf(config);
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17600');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(conf).toContain(`server.memory.heap.max_size=${config.heap}`);
  });

  it('runs the community entry point with heap and classpath from the configuration', () => {
    const command = serverCommand(config);
    expect(command).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(command).toContain(`-Xmx${config.heap}`);
    expect(command).toContain(`--home-dir=${config.homeDir}`);
  });

  it('refuses to start on a port another program holds, saying how to choose another', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(config.boltPort, '127.0.0.1', resolve));
    try {
      const failure = await startLocalNeo4j(config, () => {}).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(LauncherError);
      expect(failure).toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringContaining('PATNAV_NEO4J_BOLT_PORT'),
      });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
