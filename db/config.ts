/**
 * Where the managed Neo4j lives and how it is sized. Parsed once per process from the
 * environment; every field can be overridden for tests (own port, own store folder).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { machineMemoryBytes, neo4jMemoryFor } from './memory-defaults';

export const NEO4J_VERSION = '5.26.30';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LocalNeo4jEnv = z.object({
  PATNAV_CACHE_DIR: z.string().default(path.join(REPO_ROOT, '.cache')),
  PATNAV_NEO4J_HOME: z.string().default(path.join(REPO_ROOT, '.patnav', 'neo4j')),
  PATNAV_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** 0 = HTTP connector off (the API talks Bolt; Browser users can turn it on). */
  PATNAV_NEO4J_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  // Unset: sized from the machine's memory (memory-defaults.ts).
  PATNAV_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'e.g. 2g or 512m')
    .optional(),
  PATNAV_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'e.g. 2g or 512m')
    .optional(),
  PATNAV_NEO4J_START_TIMEOUT_S: z.coerce.number().int().positive().default(240),
});

export interface LocalNeo4jConfig {
  version: string;
  /** Folder holding the resolved jars (`lib/`), shared by every instance. */
  runtimeDir: string;
  /** Instance folder: conf/, data/, logs/, run/, auth/ — one per store. */
  homeDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** More neo4j.conf lines, after PatNav's own (a test's small transaction memory limit). */
  settings?: Readonly<Record<string, string>>;
}

export function localNeo4jConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<LocalNeo4jConfig> = {},
): LocalNeo4jConfig {
  const parsed = LocalNeo4jEnv.parse(env);
  const memory = neo4jMemoryFor(machineMemoryBytes());
  return {
    version: NEO4J_VERSION,
    runtimeDir: path.join(parsed.PATNAV_CACHE_DIR, `neo4j-${NEO4J_VERSION}`),
    homeDir: parsed.PATNAV_NEO4J_HOME,
    boltPort: parsed.PATNAV_NEO4J_BOLT_PORT,
    httpPort: parsed.PATNAV_NEO4J_HTTP_PORT,
    heap: parsed.PATNAV_NEO4J_HEAP ?? memory.heap,
    pageCache: parsed.PATNAV_NEO4J_PAGECACHE ?? memory.pageCache,
    startTimeoutMs: parsed.PATNAV_NEO4J_START_TIMEOUT_S * 1000,
    ...overrides,
  };
}

export const instancePaths = (config: LocalNeo4jConfig) => ({
  conf: path.join(config.homeDir, 'conf'),
  data: path.join(config.homeDir, 'data'),
  logs: path.join(config.homeDir, 'logs'),
  run: path.join(config.homeDir, 'run'),
  plugins: path.join(config.homeDir, 'plugins'),
  import: path.join(config.homeDir, 'import'),
  pidFile: path.join(config.homeDir, 'run', 'patnav-neo4j.pid'),
  passwordFile: path.join(config.homeDir, 'auth', 'password'),
  consoleLog: path.join(config.homeDir, 'logs', 'console.log'),
  lib: path.join(config.runtimeDir, 'lib'),
});
