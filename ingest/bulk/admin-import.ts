/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`) over the bulk CSV files, with
 * the jars `npm run db:install` resolved from db/neo4j-jars.lock.json (neo4j-import-tool and
 * neo4j-command-line are among them), through the same entry point the launcher uses for
 * `dbms set-initial-password`. The managed instance must be stopped: the importer writes its store.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { instancePaths, type LocalNeo4jConfig } from '@db/config';
import { javaBinary } from '@db/prerequisites';
import { tailOf } from '@db/process';
import type { ImportFiles } from './write-csv';

export class BulkImportError extends Error {}

/**
 * The importer's arguments; `database` is the managed instance's (neo4j). `offHeap` bounds the
 * importer's caches: by default it takes 90 % of the memory free when it starts, which on a machine
 * shared with other processes (or a server's Node) can starve them; the instance's page cache size
 * is what the stopped Neo4j would have used.
 */
export function importArguments(
  files: ImportFiles,
  reportFile: string,
  database = 'neo4j',
  offHeap?: string,
): string[] {
  return [
    'database',
    'import',
    'full',
    // The database first: the file lists of --nodes / --relationships take every argument after them.
    database,
    '--overwrite-destination=true',
    '--array-delimiter=U+001F',
    `--report-file=${reportFile}`,
    ...(offHeap ? [`--max-off-heap-memory=${offHeap.toUpperCase()}`] : []),
    ...files.nodes.map((spec) => `--nodes=${spec}`),
    ...files.relationships.map((spec) => `--relationships=${spec}`),
    ...(files.multiline.length > 0
      ? ['--multiline-fields-format=v2', `--multiline-fields=${files.multiline.join(',')}`]
      : []),
  ];
}

export async function runAdminImport(
  config: LocalNeo4jConfig,
  files: ImportFiles,
  workDir: string,
): Promise<void> {
  const paths = instancePaths(config);
  const reportFile = path.join(workDir, 'import.report');
  const logFile = path.join(workDir, 'import.log');
  // The options go in an @file (picocli): thousands of characters of paths stay off the command line.
  const argsFile = path.join(workDir, 'import.args');
  const [command, ...rest] = importArguments(files, reportFile, 'neo4j', config.pageCache);
  await writeFile(argsFile, rest.map((arg) => JSON.stringify(arg)).join('\n'));
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      javaBinary(),
      ['-cp', `${paths.lib}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', command!, `@${argsFile}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        // HEAP_SIZE sizes the importer's JVM; its off-heap caches take what the machine has left.
        env: { ...process.env, NEO4J_HOME: config.homeDir, NEO4J_CONF: paths.conf, HEAP_SIZE: config.heap },
      },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  await writeFile(logFile, output.join(''));
  if (code !== 0) {
    throw new BulkImportError(
      `neo4j-admin database import failed (exit ${code}); its output is in ${logFile}:\n${await tailOf(logFile, 30)}`,
    );
  }
}
