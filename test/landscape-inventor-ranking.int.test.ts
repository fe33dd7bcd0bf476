/**
 * The inventor ranking and the scope's inventor count from one pass (inventor-cypher.ts
 * `readInventorRanking`, used by GET /api/landscape/inventors, the co-inventor network and the
 * report's talent chapter) equal the two queries it replaced, on the shared demo corpus: the
 * replaced Cypher is kept here as the reference (with the key as the last tie-break, which the
 * ranking now states).
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { InventorsQuery } from '@graph-schema/dto/landscape-actors';
import { readInventorRanking } from '@server/features/landscape/inventor-cypher';
import { inventorLandscape } from '@server/features/landscape/inventors';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const RANKING = (where: string, year: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where}
WITH i, count(DISTINCT p.familyId) AS families, min(p.${year}) AS firstYear, max(p.${year}) AS lastYear
RETURN i.key AS key, i.name AS name, families, firstYear, lastYear
ORDER BY families DESC, name, key LIMIT $limit`;

const COUNT = (where: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where} RETURN count(DISTINCT i) AS inventors`;

const Ranked = z.object({
  key: z.string(),
  name: z.string(),
  families: z.number(),
  firstYear: z.number().nullable(),
  lastYear: z.number().nullable(),
});
const Count = z.object({ inventors: z.number() });

describe('inventor ranking in one pass', () => {
  let db: Database;
  useDemoApp((demo) => {
    db = demo.db;
  });

  it.each([
    ['the whole corpus', {}, 50],
    ['one office, application years', { jurisdiction: 'CN', dateBasis: 'application' }, 20],
    ['a year range', { from: 2016, to: 2020 }, 200],
    ['an empty scope', { from: 1900, to: 1901 }, 20],
  ])('equals the two replaced queries: %s', async (_name, input, limit) => {
    const scope = scopeClause(InventorsQuery.parse(input));
    const [ranked, counted, merged] = await Promise.all([
      readRows(db, Ranked, RANKING(scope.where, scope.yearProperty), { ...scope.params, limit: int(limit) }),
      readRows(db, Count, COUNT(scope.where), scope.params),
      readInventorRanking(db, scope, limit),
    ]);
    expect(merged).toEqual({ ranked, inventors: counted[0]!.inventors });
  });

  it('the demo corpus ranks more inventors than it shows, and the response counts them all', async () => {
    const scope = scopeClause(InventorsQuery.parse({}));
    const [counted] = await readRows(db, Count, COUNT(scope.where), scope.params);
    const body = await inventorLandscape(db, InventorsQuery.parse({ top: 10 }));
    expect(counted!.inventors).toBeGreaterThan(10);
    expect(body.inventors).toBe(counted!.inventors);
    expect(body.ranking).toHaveLength(10);
    expect(body.truncated.ranking).toBe(true);
  });
});
