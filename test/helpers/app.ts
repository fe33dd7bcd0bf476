/** Builds the Fastify app on the test database for `app.inject` tests (no port is opened). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../graph-schema/db/driver';
import { buildApp } from '../../server/app';

export function buildTestApp(db: Database): Promise<FastifyInstance> {
  return buildApp({ db, logLevel: 'silent' });
}
