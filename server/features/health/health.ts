/** Node counts per domain label, built from the closed label list (never from input). */

import type { Database } from '@graph-schema/db/driver';
import { DOMAIN_LABELS } from '@graph-schema/model';
import { readRows } from '@server/platform/db/read';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

const CountsRow = z.record(z.string(), z.number());

const COUNTS = `RETURN ${DOMAIN_LABELS.map((label) => `COUNT { MATCH (:${label}) } AS ${label}`).join(', ')},
  COUNT { MATCH (p:Patent) WHERE p.external = true } AS externalPatents`;

// A user who sees only some workspaces gets the counts of what they see: the totals would say how
// much the other clients hold.
const visibleCounts = ({ seen }: PatentFilter) => `
MATCH (p:Patent) WHERE p.external = false AND ${seen('p')}
RETURN count(p) AS Patent, count(DISTINCT p.familyId) AS Family`;

export async function nodeCounts(
  db: Database,
): Promise<{ counts: Record<string, number>; externalPatents?: number }> {
  const filter = patentFilter();
  if (!filter.all) {
    const [row] = await readRows(db, CountsRow, visibleCounts(filter), filter.params);
    return { counts: row ?? {} };
  }
  const [row] = await readRows(db, CountsRow, COUNTS);
  const { externalPatents = 0, ...counts } = row ?? {};
  return { counts, externalPatents };
}
