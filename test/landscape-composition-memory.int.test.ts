/**
 * `/api/landscape/composition` from the in-memory landscape table (composition-memory.ts) gives
 * exactly the Cypher aggregation's answer (compositionFromCypher) on the demo corpus: every
 * table-filterable scope of test/helpers/landscape-table-scopes.ts at each classification level and
 * scheme, short and long rankings; the route answers from the table, chain scopes stay on Cypher.
 */
import type { Database } from '@graph-schema/db/driver';
import { CLASS_LEVELS, CompositionQuery, CompositionResponse } from '@graph-schema/dto/landscape-trends';
import {
  composition,
  compositionFromCypher,
  compositionInSchemes,
} from '@server/features/landscape/composition';
import { answersInMemory } from '@server/features/landscape/landscape-memory';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useDemoApp } from './helpers/app';
import { expectRouteAsCypher, tableScopes } from './helpers/landscape-table-scopes';

const queryOf = (scope: string) => CompositionQuery.parse(Object.fromEntries(new URLSearchParams(scope)));

describe('landscape composition from the in-memory table', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('answers every table-filterable scope exactly as the Cypher aggregation does', async () => {
    const tables = new LandscapeTables(db);
    const scopes = await tableScopes(db);
    // Each scope once at a level / scheme / ranking size taken in turn, so every one meets many scopes.
    const variants = [
      ...CLASS_LEVELS.flatMap((level) => ['CPC', 'IPC'].map((scheme) => `level=${level}&scheme=${scheme}`)),
      'top=1',
      'top=200&level=main_group',
      'top=3&scheme=IPC&level=class',
    ];
    let withChains = 0;
    let withFields = 0;
    for (const [k, scope] of scopes.entries()) {
      const query = queryOf(`${scope}&${variants[k % variants.length]}`);
      expect(answersInMemory(query), scope).toBe(true);
      const fromCypher = await compositionFromCypher(db, query);
      expect(await composition(db, query, tables), `${scope} ${variants[k % variants.length]}`).toEqual(
        fromCypher,
      );
      if (fromCypher.chains.some((chain) => chain.segments.some((segment) => segment.branches.length > 0)))
        withChains += 1;
      if (fromCypher.wipoFields.length > 1) withFields += 1;
    }
    // Real rankings, chain trees and WIPO fields, not only empty answers.
    expect(scopes.length).toBeGreaterThan(35);
    expect(withChains).toBeGreaterThan(scopes.length / 2);
    expect(withFields).toBeGreaterThan(scopes.length / 2);
  });

  it('answers every level and scheme of the whole corpus as Cypher does, twice in a row', async () => {
    const tables = new LandscapeTables(db);
    for (const level of CLASS_LEVELS)
      for (const scheme of ['CPC', 'IPC']) {
        const query = queryOf(`level=${level}&scheme=${scheme}&top=50`);
        const fromCypher = await compositionFromCypher(db, query);
        expect(fromCypher.classes.length).toBeGreaterThan(0);
        expect(await composition(db, query, tables), `${level} ${scheme}`).toEqual(fromCypher);
        expect(await composition(db, query, tables), `${level} ${scheme} again`).toEqual(fromCypher);
      }
  });

  it('answers both schemes at once (the report) as Cypher does', async () => {
    const tables = new LandscapeTables(db);
    for (const scope of [
      '',
      'from=2016&to=2019',
      'jurisdiction=CN&level=main_group',
      'cpc=H01M&scheme=IPC',
    ]) {
      const query = queryOf(`${scope}&top=15`);
      const other = query.scheme === 'CPC' ? 'IPC' : 'CPC';
      const fromCypher = await compositionInSchemes(db, query, [other]);
      expect(fromCypher[1]!.classes.length).toBeGreaterThan(0);
      expect(await compositionInSchemes(db, query, [other], tables), scope).toEqual(fromCypher);
    }
  });

  it('serves the route from the table and keeps chain scopes on Cypher', async () => {
    await expectRouteAsCypher(app, '/api/landscape/composition', 'from=2015&to=2020&level=class', {
      parse: (body) => CompositionResponse.parse(body),
      fromCypher: (scope) => compositionFromCypher(db, queryOf(scope)),
      inMemory: (scope) => answersInMemory(queryOf(scope)),
    });
  });
});
