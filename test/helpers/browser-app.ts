/**
 * Registers the usual hooks of a browser test file: before all tests, connect to the test
 * database, make sure the shared test demo corpus is loaded, build the web app when missing, start the real server on
 * a free port and open headless Chromium; after all, close them in reverse order.
 */

import type { Database } from '@graph-schema/db/driver';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type BrowserSession, openBrowser, type SessionOptions } from '../browser/harness';
import { ensureWebBuild, startRealServer } from '../browser/real-server';
import { connectTestDatabase } from './db';
import { ensureSharedDemo } from './demo';

/** Generous: the first page of a run also loads Cytoscape and waits for Neo4j's first answers. */
export const UI_TIMEOUT = 30_000;

export interface BrowserApp {
  db: Database;
  app: FastifyInstance;
  origin: string;
  session: BrowserSession;
  page: Page;
  /** The app's answer to an API URL, parsed by the DTO schema (what the page should show). */
  api<T>(url: string, schema: { parse(value: unknown): T }): Promise<T>;
}

export interface BrowserAppOptions extends SessionOptions {
  /** Default timeout of page actions (UI_TIMEOUT unless given). */
  uiTimeoutMs?: number;
  /** Timeout of the set-up hook (Vitest's hook timeout unless given). */
  setupTimeoutMs?: number;
}

export function useBrowserApp(
  ready: (browserApp: BrowserApp) => void,
  options: BrowserAppOptions = {},
): void {
  const { uiTimeoutMs = UI_TIMEOUT, setupTimeoutMs, ...sessionOptions } = options;
  let running: BrowserApp | undefined;
  beforeAll(async () => {
    const db = await connectTestDatabase();
    await Promise.all([ensureSharedDemo(db), ensureWebBuild()]);
    const { app, origin } = await startRealServer(db);
    const session = await openBrowser({
      locale: 'en-US',
      viewport: { width: 1440, height: 1000 },
      ...sessionOptions,
    });
    session.page.setDefaultTimeout(uiTimeoutMs);
    running = {
      db,
      app,
      origin,
      session,
      page: session.page,
      api: async (url, schema) => schema.parse((await app.inject(url)).json()),
    };
    ready(running);
  }, setupTimeoutMs);
  afterAll(async () => {
    await running?.session.close();
    await running?.app.close();
    await running?.db.driver.close();
  });
}
