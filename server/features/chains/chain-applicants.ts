/** Applicant look-ups shared by the chain and gap endpoints. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { entityNameOf } from '@server/platform/scope/applicant-entity';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

const NamesRow = z.object({ key: z.string(), name: z.string() });

// Only applicants of patents the request may see (platform/visibility).
const namesQuery = (filter: PatentFilter) => `
MATCH (a:Applicant) WHERE a.key IN $keys${filter.andApplicantSeen('a')}
RETURN a.key AS key, ${entityNameOf('a')} AS name`;

/** key → name for the keys that exist; a missing key is absent from the map. */
export async function applicantNames(db: Database, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const filter = patentFilter();
  const rows = await readRows(db, NamesRow, namesQuery(filter), { ...filter.params, keys: [...keys] });
  return new Map(rows.map((row) => [row.key, row.name]));
}
