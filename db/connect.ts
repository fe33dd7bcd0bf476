/**
 * Decides which Neo4j a process talks to: the server named by NEO4J_URI (Docker, Aura, a cluster
 * via neo4j://) — then nothing is started — or the managed local instance, started or reused.
 */
import { ConnectionSettings } from '@graph-schema/db/driver';
import { type LocalNeo4jConfig, localNeo4jConfigFromEnv } from './config';
import { startLocalNeo4j } from './launcher';

export interface ResolvedConnection {
  settings: ConnectionSettings;
  managed: boolean;
}

const SETTING_OF: Record<string, string> = {
  uri: 'NEO4J_URI',
  user: 'NEO4J_USER',
  password: 'NEO4J_PASSWORD',
  database: 'NEO4J_DATABASE',
};

/**
 * The settings of the server NEO4J_URI names: bolt:// or neo4j:// (routing: a cluster, Aura; reads
 * go to followers), each also with +s / +ssc (TLS). A bad value is refused naming the variable.
 */
export function externalSettings(env: NodeJS.ProcessEnv): ConnectionSettings {
  const parsed = ConnectionSettings.safeParse({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = SETTING_OF[String(issue.path[0])] ?? String(issue.path[0]);
    return name === 'NEO4J_PASSWORD' ? `${name}: must be set with NEO4J_URI` : `${name}: ${issue.message}`;
  });
  throw new Error(`NEO4J_URI is set, but: ${problems.join('; ')}`);
}

export async function resolveConnection(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  localOverrides: Partial<LocalNeo4jConfig> = {},
): Promise<ResolvedConnection> {
  if (env.NEO4J_URI) return { settings: externalSettings(env), managed: false };
  const local = await startLocalNeo4j(localNeo4jConfigFromEnv(env, localOverrides), log);
  return {
    settings: { uri: local.uri, user: local.user, password: local.password, database: local.database },
    managed: true,
  };
}
