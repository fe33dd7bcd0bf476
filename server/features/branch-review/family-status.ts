/** Whether a family exists and whether the rules (shipped, or the project's version) tag it with a branch: what the writes check first. */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { familyKeyOf, hasEffectiveLeaf } from '@server/platform/scope/branch-membership';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

// Only patents the request may see (platform/visibility): another client's family does not exist here.
const statusQuery = ({ seen }: PatentFilter) => `
OPTIONAL MATCH (p:Patent) WHERE p.external = false AND ${familyKeyOf('p')} = $family AND ${seen('p')}
WITH collect(p) AS members
RETURN size(members) > 0 AS exists,
       any(p IN members WHERE ${hasEffectiveLeaf('p', '$branch IN ml.lineage', true, false)}) AS tagged`;

const StatusRow = z.object({ exists: z.boolean(), tagged: z.boolean() });

export async function familyStatus(db: Database, project: string, family: string, branch: string) {
  const filter = patentFilter();
  const [row] = await readRows(db, StatusRow, statusQuery(filter), {
    ...filter.params,
    family,
    branch,
    scopeProject: project,
  });
  return row ?? { exists: false, tagged: false };
}
