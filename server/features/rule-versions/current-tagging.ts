/**
 * The families a leaf holds in a project by its rules alone (the shipped rule's TAGGED links, or
 * the project's active-version tags; hand overrides left out, since the preview compares rules).
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { familyKeyOf, hasEffectiveLeaf } from '@server/platform/scope/branch-membership';
import { z } from 'zod';

const CURRENT = `
MATCH (p:Patent) WHERE p.external = false AND ${hasEffectiveLeaf('p', 'ml.id = $branch', true, false)}
RETURN DISTINCT ${familyKeyOf('p')} AS family`;

export async function currentFamilies(db: Database, project: string, branch: string): Promise<Set<string>> {
  const rows = await readRows(db, z.object({ family: z.string() }), CURRENT, {
    branch,
    scopeProject: project,
  });
  return new Set(rows.map((row) => row.family));
}
