/**
 * Geography in one pass over the scope (server/features/landscape/geography.ts) gives exactly what
 * the two queries it replaced gave — the origin → office flows and the origin totals with their PCT
 * families — on the shared demo corpus, for the whole corpus and for scopes that change the origins
 * (an office filter, a year range). The replaced Cypher is kept here, verbatim, as the reference.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { GeographyQuery } from '@graph-schema/dto/landscape-trends';
import { geography } from '@server/features/landscape/geography';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const FAMILY_ORIGINS = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p ORDER BY p.priorityDate, p.applicationDate, p.id
WITH p.familyId AS family, collect(p) AS members
WITH family, members,
     [m IN members WHERE size(coalesce(m.priorityNumbers, [])) > 0 | left(m.priorityNumbers[0], 2)] AS origins
WITH family, coalesce(origins[0], members[0].jurisdiction, 'unknown') AS origin,
     [m IN members | coalesce(m.jurisdiction, 'unknown')] AS offices
UNWIND offices AS office
WITH DISTINCT family, origin, office
RETURN origin, office, count(family) AS families`;

const ORIGIN_TOTALS = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p ORDER BY p.priorityDate, p.applicationDate, p.id
WITH p.familyId AS family, collect(p) AS members
WITH family, members,
     [m IN members WHERE size(coalesce(m.priorityNumbers, [])) > 0 | left(m.priorityNumbers[0], 2)] AS origins
WITH coalesce(origins[0], members[0].jurisdiction, 'unknown') AS origin, family,
     any(m IN members WHERE m.jurisdiction = 'WO') AS pct
RETURN origin, count(family) AS families, count(CASE WHEN pct THEN 1 END) AS pctFamilies
ORDER BY families DESC, origin`;

const FlowRow = z.object({ origin: z.string(), office: z.string(), families: z.number() });
const OriginRow = z.object({ origin: z.string(), families: z.number(), pctFamilies: z.number() });
const byFlow = (a: z.infer<typeof FlowRow>, b: z.infer<typeof FlowRow>) =>
  `${a.origin}|${a.office}` < `${b.origin}|${b.office}` ? -1 : 1;

async function reference(db: Database, query: GeographyQuery) {
  const scope = scopeClause(query);
  const [flows, origins] = await Promise.all([
    readRows(db, FlowRow, FAMILY_ORIGINS(scope.where), scope.params),
    readRows(db, OriginRow, ORIGIN_TOTALS(scope.where), scope.params),
  ]);
  return { flows: flows.sort(byFlow), origins };
}

describe('geography in one pass', () => {
  let db: Database;
  useDemoApp((demo) => {
    db = demo.db;
  });

  it.each([
    ['the whole corpus', {}],
    ['one office', { jurisdiction: 'US' }],
    ['a year range', { from: 2016, to: 2020 }],
  ])('equals the two replaced queries: %s', async (_name, input) => {
    const query = GeographyQuery.parse(input);
    const [expected, body] = await Promise.all([reference(db, query), geography(db, query)]);
    expect(expected.origins.length).toBeGreaterThan(0);
    expect(
      body.pct.byOrigin.map(({ origin, families, pctFamilies }) => ({ origin, families, pctFamilies })),
    ).toEqual(expected.origins);
    expect(body.origins).toEqual(expected.origins.map(({ origin, families }) => ({ origin, families })));
    expect([...body.flows].sort(byFlow)).toEqual(expected.flows);
  });

  it('the demo corpus has more than one origin, PCT families and families filed at several offices', async () => {
    const body = await geography(db, GeographyQuery.parse({}));
    expect(body.origins.length).toBeGreaterThan(1);
    expect(body.pct.families).toBeGreaterThan(0);
    const flowsOf = body.flows.reduce((sum, f) => sum + f.families, 0);
    expect(flowsOf).toBeGreaterThan(body.origins.reduce((sum, o) => sum + o.families, 0));
  });
});
