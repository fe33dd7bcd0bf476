/**
 * Helpers for the real browser tests: the real Fastify app (with uploads) on a free loopback port
 * serving dist/web, downloads read back as bytes, and clicks on Cytoscape nodes by their position.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { runIngest } from '@ingest/pipeline/ingest';
import { removeDataset } from '@ingest/pipeline/remove-dataset';
import { buildApp } from '@server/app';
import type { AccountSettings } from '@server/features/accounts/auth-plugin';
import type { FastifyInstance } from 'fastify';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from './harness';

export const WEB_ROOT = path.join(REPO_ROOT, 'dist', 'web');

/** `npm test` builds before vitest; a direct run of this file may not have, so build when missing. */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(path.join(WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export interface RunningServer {
  app: FastifyInstance;
  origin: string;
}

/** Accounts are off unless `auth` says otherwise (test/web-accounts.int.test.ts turns them on). */
export async function startRealServer(
  db: Database,
  auth: AccountSettings = { mode: 'off' },
): Promise<RunningServer> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'patnav-web-test-'));
  const app = await buildApp({
    db,
    auth,
    webRoot: WEB_ROOT,
    logLevel: 'silent',
    uploadDir: path.join(scratch, 'uploads'),
    datasetRemover: (checksum) => removeDataset(db, checksum),
    ingestRunner: (files, onProgress, projectId, workspace) =>
      runIngest(db, files, {
        quarantineDir: path.join(scratch, 'quarantine'),
        onProgress,
        ...(projectId ? { projectId } : {}),
        ...(workspace ? { workspace } : {}),
      }),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, origin: `http://127.0.0.1:${port}` };
}

/** Clicks `trigger` and returns the bytes of the download it starts. */
export async function downloadBytes(page: Page, trigger: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger.click()]);
  const file = await download.path();
  return readFile(file);
}

interface NodeSpot {
  id: string;
  x: number;
  y: number;
}

/**
 * Where a node of `kind` is drawn, in page coordinates. Cytoscape keeps its instance on the
 * container (`_cyreg.cy`); reading it here keeps the app free of test globals.
 */
export async function nodeSpot(page: Page, kind: string): Promise<NodeSpot> {
  const spot = await page.evaluate((wanted) => {
    type Node = { id(): string; data(key: string): unknown; renderedPosition(): { x: number; y: number } };
    const container = document.querySelector<HTMLElement>('.graph');
    const registry = (container as (HTMLElement & { _cyreg?: { cy?: { nodes(): ArrayLike<Node> } } }) | null)
      ?._cyreg;
    const node = Array.from(registry?.cy?.nodes() ?? []).find(
      (candidate) => candidate.data('kind') === wanted,
    );
    if (!container || !node) return undefined;
    const box = container.getBoundingClientRect();
    const at = node.renderedPosition();
    return { id: node.id(), x: box.left + at.x, y: box.top + at.y };
  }, kind);
  if (!spot) throw new Error(`no ${kind} node on the map`);
  return spot;
}

/** Lets Cytoscape paint before a screenshot (layouts run synchronously, drawing on the next frame). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
}
