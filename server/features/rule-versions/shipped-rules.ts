/** The shipped rules of a leaf, as ingest stored them from the chain definition (version 0). */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const RULES = 'MATCH (b:TechBranch {id: $branch}) RETURN b.rulesJson AS rulesJson';

export async function readShippedRules(db: Database, branch: string): Promise<unknown> {
  const [row] = await readRows(db, z.object({ rulesJson: z.string().nullable() }), RULES, { branch });
  return JSON.parse(row?.rulesJson ?? '[]');
}
