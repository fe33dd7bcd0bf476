/**
 * The managed instance's own neo4j.conf and log configuration, rewritten at every start so the
 * file always matches the current settings (port, memory) and never drifts from what git holds.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { instancePaths, type LocalNeo4jConfig } from './config';

/** JVM flags of the Neo4j 5.26 distribution's neo4j.conf, every --add-opens included. */
export const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
];

export function renderNeo4jConf(config: LocalNeo4jConfig): string {
  const paths = instancePaths(config);
  const lines = [
    '# Written by PatNav (db/neo4j-conf.ts) at every start; edit the PATNAV_NEO4J_* settings instead.',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.directories.import=${paths.import}`,
    `server.directories.lib=${paths.lib}`,
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${config.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${config.boltPort}`,
    `server.http.enabled=${config.httpPort > 0}`,
    ...(config.httpPort > 0 ? [`server.http.listen_address=127.0.0.1:${config.httpPort}`] : []),
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${config.heap}`,
    `server.memory.heap.max_size=${config.heap}`,
    `server.memory.pagecache.size=${config.pageCache}`,
    // 0 = no pool of this database's own. What still bounds a load's large UNWIND batches is the
    // DBMS pool (dbms.memory.transaction.total.max, 70 % of the heap by default): at 1M families a
    // 5,000-record batch outgrew it, and the loader then loads the batch in halves (ingest/load/loader.ts).
    'db.memory.transaction.total.max=0',
    'db.tx_log.rotation.retention_policy=2 days 1G',
    `server.logs.config=${path.join(paths.conf, 'server-logs.xml')}`,
    `server.logs.user.config=${path.join(paths.conf, 'user-logs.xml')}`,
    ...NEO4J_JVM_FLAGS.map((flag) => `server.jvm.additional=${flag}`),
    ...Object.entries(config.settings ?? {}).map(([key, value]) => `${key}=${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** log4j2 configuration: user log (neo4j.log) and a size-rolled debug log, plain text. */
function renderLogConfig(fileName: string, level: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="ERROR" monitorInterval="30" packages="org.neo4j.logging.log4j">
  <Appenders>
    <RollingRandomAccessFile name="File" fileName="\${config:server.directories.logs}/${fileName}"
        filePattern="\${config:server.directories.logs}/${fileName}.%02i">
      <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>
      <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
      <DefaultRolloverStrategy fileIndex="min" max="3"/>
    </RollingRandomAccessFile>
  </Appenders>
  <Loggers>
    <Root level="${level}"><AppenderRef ref="File"/></Root>
  </Loggers>
</Configuration>
`;
}

export async function writeInstanceConfig(config: LocalNeo4jConfig): Promise<void> {
  const paths = instancePaths(config);
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.plugins, paths.import]) {
    await mkdir(dir, { recursive: true });
  }
  await writeFile(path.join(paths.conf, 'neo4j.conf'), renderNeo4jConf(config));
  await writeFile(path.join(paths.conf, 'server-logs.xml'), renderLogConfig('debug.log', 'INFO'));
  await writeFile(path.join(paths.conf, 'user-logs.xml'), renderLogConfig('neo4j.log', 'INFO'));
}
