/** Whether a family exists and whether ingest tagged it with a branch: what the writes check first. */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { familyKeyOf, taggedByRule } from '@server/platform/scope/branch-membership';
import { z } from 'zod';

const STATUS = `
OPTIONAL MATCH (p:Patent) WHERE p.external = false AND ${familyKeyOf('p')} = $family
WITH collect(p) AS members
RETURN size(members) > 0 AS exists,
       any(p IN members WHERE EXISTS { ${taggedByRule('p')} }) AS tagged`;

const StatusRow = z.object({ exists: z.boolean(), tagged: z.boolean() });

export async function familyStatus(db: Database, family: string, branch: string) {
  const [row] = await readRows(db, StatusRow, STATUS, { family, branch });
  return row ?? { exists: false, tagged: false };
}
