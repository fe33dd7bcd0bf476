/** The largest year in a scope on its date basis: the anchor of "incomplete years" and growth windows. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import type { ScopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

const MaxYearRow = z.object({ maxYear: z.number().nullable() });

const MAX_YEAR = (where: string, year: string) =>
  `MATCH (p:Patent) WHERE ${where} RETURN max(p.${year}) AS maxYear`;

export async function scopeMaxYear(db: Database, scope: ScopeClause): Promise<number | null> {
  const [row] = await readRows(db, MaxYearRow, MAX_YEAR(scope.where, scope.yearProperty), scope.params);
  return row?.maxYear ?? null;
}
