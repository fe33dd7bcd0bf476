/** A hand tag names a family by its id or by a member's publication number; tags store the family id. */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { validationFailed } from '@server/platform/errors';
import { z } from 'zod';

const FAMILY_OF = `
OPTIONAL MATCH (f:Family {id: $given})
OPTIONAL MATCH (p:Patent {id: $given})
RETURN coalesce(f.id, p.familyId) AS family`;

export async function resolveFamily(db: Database, given: string): Promise<string> {
  const [row] = await readRows(db, z.object({ family: z.string().nullable() }), FAMILY_OF, { given });
  if (!row?.family) throw validationFailed('family', `no family or publication ${given} in the database`);
  return row.family;
}
