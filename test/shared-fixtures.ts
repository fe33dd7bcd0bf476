/**
 * The real fixtures live in ../shared/ beside the repository (never copied in). Tests that use
 * them run only when that folder exists and say that they skipped otherwise.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = process.env.PATNAV_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');
export const SHARED_FIXTURES = path.join(SHARED_DIR, 'fixtures');
export const SHARED_REFERENCE = path.join(SHARED_DIR, 'reference');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

/** `describe` that runs only when ../shared/fixtures exists, and prints why it skipped otherwise. */
export function describeWithSharedFixtures(name: string, body: () => void): void {
  if (!hasSharedFixtures) {
    console.warn(`[skipped] ${name}: ${SHARED_FIXTURES} not found (shared fixtures absent)`);
  }
  describe.skipIf(!hasSharedFixtures)(name, body);
}

export function sharedFixture(...parts: string[]): string {
  return path.join(SHARED_FIXTURES, ...parts);
}
