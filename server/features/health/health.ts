/** Node counts per domain label, built from the closed label list (never from input). */

import type { Database } from '@graph-schema/db/driver';
import { DOMAIN_LABELS } from '@graph-schema/model';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const CountsRow = z.record(z.string(), z.number());

const COUNTS = `RETURN ${DOMAIN_LABELS.map((label) => `COUNT { MATCH (:${label}) } AS ${label}`).join(', ')},
  COUNT { MATCH (p:Patent) WHERE p.external = true } AS externalPatents`;

export async function nodeCounts(
  db: Database,
): Promise<{ counts: Record<string, number>; externalPatents: number }> {
  const [row] = await readRows(db, CountsRow, COUNTS);
  const { externalPatents = 0, ...counts } = row ?? {};
  return { counts, externalPatents };
}
