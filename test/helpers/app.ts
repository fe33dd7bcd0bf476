/** Builds the Fastify app on the test database for `app.inject` tests (no port is opened). */

import type { Database } from '@graph-schema/db/driver';
import { buildApp } from '@server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { connectTestDatabase } from './db';
import { ensureSharedDemo } from './demo';

/** Accounts off: these tests are about the data, not sign-in (test/api-accounts.int.test.ts turns them on). */
export function buildTestApp(db: Database): Promise<FastifyInstance> {
  return buildApp({ db, logLevel: 'silent', auth: { mode: 'off' } });
}

export interface DemoApp {
  db: Database;
  app: FastifyInstance;
}

/**
 * Registers the usual hooks of an API test file: before all tests, connect, make sure the shared
 * test demo corpus is loaded and build the app; after all, close both. `ready` receives them once
 * they exist.
 */
export function useDemoApp(ready: (demo: DemoApp) => void): void {
  let demo: DemoApp | undefined;
  beforeAll(async () => {
    const db = await connectTestDatabase();
    await ensureSharedDemo(db);
    demo = { db, app: await buildTestApp(db) };
    ready(demo);
  });
  afterAll(async () => {
    await demo?.app.close();
    await demo?.db.driver.close();
  });
}
