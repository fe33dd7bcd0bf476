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

export async function resolveConnection(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  localOverrides: Partial<LocalNeo4jConfig> = {},
): Promise<ResolvedConnection> {
  if (env.NEO4J_URI) {
    const settings = ConnectionSettings.parse({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    });
    return { settings, managed: false };
  }
  const local = await startLocalNeo4j(localNeo4jConfigFromEnv(env, localOverrides), log);
  return {
    settings: { uri: local.uri, user: local.user, password: local.password, database: local.database },
    managed: true,
  };
}
