/**
 * The managed local Neo4j: start (or reuse), stop, status, reset. One instance per home folder;
 * the pid file and the generated password live in that folder, outside git.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { instancePaths, type LocalNeo4jConfig } from './config';
import { LauncherError } from './errors';
import { installNeo4j } from './install';
import { NEO4J_JVM_FLAGS, writeInstanceConfig } from './neo4j-conf';
import { javaBinary } from './prerequisites';
import { isPortInUse, isProcessAlive, readPid, sleep, tailOf, waitForExit } from './process';
import { acquireStartLock } from './start-lock';

export interface LocalConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  pid: number;
  /** False when an already running instance was reused. */
  startedNow: boolean;
}

type Log = (line: string) => void;
const USER = 'neo4j';
const DATABASE = 'neo4j';

/**
 * Starts the instance or reuses the running one. Two processes starting the same instance at
 * once (an `npm start` and a test run) would race on the password and the store, so the whole
 * start runs under a lock file in the instance folder.
 */
export async function startLocalNeo4j(config: LocalNeo4jConfig, log: Log): Promise<LocalConnection> {
  const release = await acquireStartLock(config);
  try {
    return await startUnlocked(config, log);
  } finally {
    await release();
  }
}

async function startUnlocked(config: LocalNeo4jConfig, log: Log): Promise<LocalConnection> {
  const paths = instancePaths(config);
  const uri = `bolt://127.0.0.1:${config.boltPort}`;
  const running = await readPid(paths.pidFile);
  if (running !== undefined && isProcessAlive(running)) {
    const password = await readPassword(config);
    await waitUntilReady(config, running, password);
    return { uri, user: USER, password, database: DATABASE, pid: running, startedNow: false };
  }
  if (await isPortInUse(config.boltPort)) {
    throw new LauncherError(
      'PORT_IN_USE',
      `Port ${config.boltPort} on 127.0.0.1 is already in use by another program. Stop it, or choose another ` +
        'port with PATNAV_NEO4J_BOLT_PORT (or point NEO4J_URI at the server that is running there).',
    );
  }
  await installNeo4j(config, log);
  await writeInstanceConfig(config);
  const password = await ensureInitialPassword(config);
  const pid = spawnServer(config);
  await writeFile(paths.pidFile, `${pid}\n`);
  log(`Neo4j ${config.version} starting (pid ${pid}, bolt ${uri}, logs ${paths.logs}) …`);
  await waitUntilReady(config, pid, password);
  return { uri, user: USER, password, database: DATABASE, pid, startedNow: true };
}

/** The command line `neo4j console --dry-run` prints for this configuration, run directly. */
export function serverCommand(config: LocalNeo4jConfig): string[] {
  const paths = instancePaths(config);
  return [
    '-cp',
    `${paths.plugins}/*:${paths.conf}/*:${paths.lib}/*`,
    ...NEO4J_JVM_FLAGS,
    '-Dfile.encoding=UTF-8',
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${config.homeDir}`,
    `--config-dir=${paths.conf}`,
    '--console-mode',
  ];
}

function spawnServer(config: LocalNeo4jConfig): number {
  const paths = instancePaths(config);
  const out = openSync(paths.consoleLog, 'a');
  const child = spawn(javaBinary(), serverCommand(config), {
    cwd: config.homeDir,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: config.homeDir, NEO4J_CONF: paths.conf },
  });
  child.unref();
  if (child.pid === undefined) throw new LauncherError('EXITED', 'Neo4j could not be started (no pid).');
  return child.pid;
}

async function readPassword(config: LocalNeo4jConfig): Promise<string> {
  const file = instancePaths(config).passwordFile;
  if (!existsSync(file)) {
    throw new LauncherError(
      'AUTH_STATE',
      `The Neo4j store in ${config.homeDir} has no password file (${file}); it was made elsewhere. ` +
        'Run `npm run db:reset` to start from an empty store.',
    );
  }
  return (await readFile(file, 'utf8')).trim();
}

/** Sets a generated password before the very first start; later starts read it back. */
export async function ensureInitialPassword(config: LocalNeo4jConfig): Promise<string> {
  const paths = instancePaths(config);
  if (existsSync(paths.passwordFile)) return readPassword(config);
  const databases = path.join(paths.data, 'databases');
  if (existsSync(databases) && readdirSync(databases).length > 0) return readPassword(config);
  // Hex, not base64url: a password starting with '-' is read by neo4j-admin as an option.
  const password = randomBytes(18).toString('hex');
  // The password goes in its 0600 file first and neo4j-admin reads it from there (picocli's
  // `@file` argument): on the command line it would be visible to every user in `ps`.
  await mkdir(path.dirname(paths.passwordFile), { recursive: true, mode: 0o700 });
  await writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  const result = spawnSync(
    javaBinary(),
    [
      '-cp',
      `${paths.lib}/*`,
      'org.neo4j.server.startup.Neo4jAdminCommand',
      'dbms',
      'set-initial-password',
      `@${paths.passwordFile}`,
    ],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: config.homeDir, NEO4J_CONF: paths.conf } },
  );
  if (result.status !== 0) {
    await rm(paths.passwordFile, { force: true });
    throw new LauncherError(
      'AUTH_STATE',
      'neo4j-admin set-initial-password failed.',
      `${result.stdout}${result.stderr}`,
    );
  }
  return password;
}

async function waitUntilReady(config: LocalNeo4jConfig, pid: number, password: string): Promise<void> {
  const paths = instancePaths(config);
  const deadline = Date.now() + config.startTimeoutMs;
  const driver = neo4j.driver(`bolt://127.0.0.1:${config.boltPort}`, neo4j.auth.basic(USER, password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    while (Date.now() < deadline) {
      if (!isProcessAlive(pid)) throw await exitedError(config);
      try {
        await driver.executeQuery('RETURN 1', {}, { database: DATABASE });
        return;
      } catch {
        await sleep(500);
      }
    }
  } finally {
    await driver.close();
  }
  throw new LauncherError(
    'NOT_READY',
    `Neo4j did not answer on bolt://127.0.0.1:${config.boltPort} within ${config.startTimeoutMs / 1000} s ` +
      '(raise PATNAV_NEO4J_START_TIMEOUT_S on slow machines). Last lines of its log:',
    `${await tailOf(path.join(paths.logs, 'neo4j.log'))}\n${await tailOf(paths.consoleLog, 20)}`,
  );
}

async function exitedError(config: LocalNeo4jConfig): Promise<LauncherError> {
  const paths = instancePaths(config);
  await rm(paths.pidFile, { force: true });
  const tail = `${await tailOf(paths.consoleLog)}\n${await tailOf(path.join(paths.logs, 'neo4j.log'), 20)}`;
  if (/lock(ed)? by another process|store_lock|FileLockException/i.test(tail)) {
    return new LauncherError(
      'STORE_LOCKED',
      `The store in ${paths.data} is locked by another Neo4j process. Stop that process ` +
        '(or use another PATNAV_NEO4J_HOME) and start again.',
      tail,
    );
  }
  return new LauncherError('EXITED', 'Neo4j exited during start-up. Last lines of its output:', tail);
}

export async function stopLocalNeo4j(config: LocalNeo4jConfig, log: Log): Promise<boolean> {
  const paths = instancePaths(config);
  const pid = await readPid(paths.pidFile);
  if (pid === undefined || !isProcessAlive(pid)) {
    await rm(paths.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 60_000))) {
    log(`Neo4j (pid ${pid}) did not stop within 60 s; killing it.`);
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
  }
  await rm(paths.pidFile, { force: true });
  log(`Neo4j stopped (pid ${pid}).`);
  return true;
}

export interface LocalStatus {
  state: 'running' | 'stopped';
  pid?: number;
  uri: string;
  homeDir: string;
}

export async function statusLocalNeo4j(config: LocalNeo4jConfig): Promise<LocalStatus> {
  const pid = await readPid(instancePaths(config).pidFile);
  const uri = `bolt://127.0.0.1:${config.boltPort}`;
  if (pid !== undefined && isProcessAlive(pid))
    return { state: 'running', pid, uri, homeDir: config.homeDir };
  return { state: 'stopped', uri, homeDir: config.homeDir };
}

/** Stops the instance and deletes its store, logs and password; the jars stay cached. */
export async function resetLocalNeo4j(config: LocalNeo4jConfig, log: Log): Promise<void> {
  await stopLocalNeo4j(config, log);
  await rm(config.homeDir, { recursive: true, force: true });
  log(`Neo4j store removed: ${config.homeDir}`);
}
