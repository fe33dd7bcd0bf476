/**
 * The URL → folder table of server/README.md is the layout's documentation; this test keeps it
 * true: each feature folder's routes.ts registers exactly the URLs its README row lists, and every
 * URL of the app is in the table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { buildApp } from '@server/app';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './shared-fixtures';

/** `/api/landscape/{a,b}` → `/api/landscape/a`, `/api/landscape/b`. */
function expand(url: string): string[] {
  const match = /\{([^}]+)\}/.exec(url);
  if (!match) return [url];
  return match[1]!.split(',').flatMap((part) => expand(url.replace(match[0], part)));
}

function readmeTable(): Map<string, string[]> {
  const readme = readFileSync(path.join(REPO_ROOT, 'server', 'README.md'), 'utf8');
  const table = new Map<string, string[]>();
  for (const line of readme.split('\n')) {
    const folder = /\|\s*`(features\/[a-z-]+)\/`\s*\|\s*$/.exec(line)?.[1];
    if (!folder) continue;
    const urls = [...line.matchAll(/`(?:(?:GET|POST) )?(\/api[^`]*)`/g)].flatMap((m) => expand(m[1]!));
    table.set(folder, urls.map((url) => url.replaceAll(/:(\w+)/g, '{$1}')).sort());
  }
  return table;
}

/** Which folder registered each URL: the route's handler source file is in the feature folder. */
async function registeredUrls(): Promise<Map<string, string[]>> {
  const db = { driver: {}, database: 'neo4j', uri: 'bolt://unused' } as unknown as Database;
  const app = await buildApp({
    db,
    logLevel: 'silent',
    ingestRunner: async () => ({}) as never,
    datasetRemover: async () => ({}) as never,
  });
  await app.ready();
  const paths = Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths);
  await app.close();
  const byFolder = new Map<string, string[]>();
  for (const url of paths) {
    const folder = folderOf(url);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), url].sort());
  }
  return byFolder;
}

/** The folder whose routes.ts contains the URL literal (with `:param`, as Fastify spells it). */
function folderOf(url: string): string {
  const literal = `'${url.replaceAll(/\{(\w+)\}/g, ':$1')}'`;
  const features = path.join(REPO_ROOT, 'server', 'features');
  const owners = readmeFolders().filter((folder) =>
    readFileSync(path.join(features, folder.slice('features/'.length), 'routes.ts'), 'utf8').includes(
      literal,
    ),
  );
  return owners.length === 1 ? owners[0]! : `(${owners.length} owners)`;
}

const readmeFolders = () => [...readmeTable().keys()];

describe('server layout', () => {
  it('each feature folder registers exactly the URLs of its server/README.md row', async () => {
    const registered = await registeredUrls();
    expect(Object.fromEntries(registered)).toEqual(Object.fromEntries(readmeTable()));
  });
});
