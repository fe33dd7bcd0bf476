/** Builds the Fastify app on the test database for `app.inject` tests (no port is opened). */

import type { Database } from '@graph-schema/db/driver';
import { buildApp } from '@server/app';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { connectTestDatabase } from './db';
import { ensureSharedDemo, releaseSharedDemo } from './demo';

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

export interface DemoRequests {
  /** GET that must answer 200 (the failure names the URL and the body); the parsed JSON. */
  json: (url: string) => Promise<unknown>;
  post: (url: string, payload: unknown) => Promise<LightMyRequestResponse>;
}

/**
 * `useDemoApp` for a file that writes to the shared demo graph (projects, overrides, a second
 * ingest run): after its tests the corpus is released, so the next reader reloads it. Returns the
 * request helpers such files share.
 */
export function useWritingDemoApp(ready: (demo: DemoApp) => void): DemoRequests {
  let current: DemoApp | undefined;
  useDemoApp((demo) => {
    current = demo;
    ready(demo);
  });
  afterAll(async () => {
    if (current) await releaseSharedDemo(current.db);
  });
  const app = () => {
    if (!current) throw new Error('the demo app is not built yet (call the helpers inside tests)');
    return current.app;
  };
  return {
    json: async (url) => {
      const response = await app().inject(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    },
    post: (url, payload) => app().inject({ method: 'POST', url, payload: payload as object }),
  };
}
