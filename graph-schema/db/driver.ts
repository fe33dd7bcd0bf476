/**
 * The one place that creates a Neo4j driver. Works unchanged for bolt:// (single server),
 * neo4j:// (routing: cluster or Aura) and +s/+ssc variants, because every query goes through
 * managed transactions with explicit READ/WRITE routing (see ./tx).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';

export const ConnectionSettings = z.object({
  uri: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'expected bolt://, neo4j://, bolt+s:// or neo4j+s://'),
  user: z.string().min(1),
  password: z.string().min(1),
  database: z.string().min(1).default('neo4j'),
});
export type ConnectionSettings = z.infer<typeof ConnectionSettings>;

export interface Database {
  driver: Driver;
  database: string;
  uri: string;
}

/** Driver settings a caller may tighten (the API server: see SERVER_DRIVER_TUNING). */
export interface DriverTuning {
  maxTransactionRetryTime?: number;
  connectionTimeout?: number;
}

/**
 * The API server's driver: no transaction retry loop and a short connection timeout, so a request
 * during an outage fails within about a second (the server answers 503 and the client retries);
 * the ingest and CLIs keep the defaults, where waiting out a brief outage is the better answer.
 */
export const SERVER_DRIVER_TUNING: DriverTuning = { maxTransactionRetryTime: 0, connectionTimeout: 500 };

export function createDatabase(settings: ConnectionSettings, tuning: DriverTuning = {}): Database {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Integers come back as JS numbers when safe; larger ones raise instead of losing precision.
    disableLosslessIntegers: false,
    useBigInt: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    connectionTimeout: 5_000,
    // Managed transactions retry transient failures (leader switch, brief outage) for this long;
    // the driver's 30 s default kept an API client waiting half a minute for its 503.
    maxTransactionRetryTime: 5_000,
    ...tuning,
    logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j] ${message}`) },
  });
  return { driver, database: settings.database, uri: settings.uri };
}
