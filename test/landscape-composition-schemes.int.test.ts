/**
 * The CPC and IPC class rankings from one read of the scope (composition.ts `compositionInSchemes`,
 * the report's composition chapter) equal the one-scheme query each replaced, and the rest of the
 * answer equals GET /api/landscape/composition's, on the shared demo corpus. The replaced Cypher
 * is kept here as the reference.
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { CompositionQuery } from '@graph-schema/dto/landscape-trends';
import { composition, compositionInSchemes } from '@server/features/landscape/composition';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const PROPERTY = { CPC: 'cpcCodes', IPC: 'ipcCodes' } as const;
const LEVEL = { subclass: 'left(code, 4)', main_group: "split(code, '/')[0] + '/00'" } as const;

const CLASSES = (where: string, property: string, expression: string) => `
MATCH (p:Patent) WHERE ${where}
UNWIND coalesce(p.${property}, []) AS code
WITH DISTINCT p.familyId AS family, ${expression} AS group
RETURN group AS code, count(family) AS families ORDER BY families DESC, code LIMIT $limit`;

const ClassRow = z.object({ code: z.string(), families: z.number() });

async function reference(db: Database, query: CompositionQuery, scheme: 'CPC' | 'IPC') {
  const scope = scopeClause(query);
  const level = query.level as keyof typeof LEVEL;
  const cypher = CLASSES(scope.where, PROPERTY[scheme], LEVEL[level]);
  return readRows(db, ClassRow, cypher, { ...scope.params, limit: int(query.top + 1) });
}

describe('composition in two schemes from one read', () => {
  let db: Database;
  useDemoApp((demo) => {
    db = demo.db;
  });

  it.each([
    ['subclasses of the whole corpus', { level: 'subclass', top: 15 }],
    ['main groups of one office', { level: 'main_group', top: 10, jurisdiction: 'CN' }],
    ['subclasses in a year range, all shown', { level: 'subclass', top: 200, from: 2016, to: 2020 }],
  ])('equals the one-scheme queries: %s', async (_name, input) => {
    const query = CompositionQuery.parse({ ...input, scheme: 'CPC' });
    const [cpc, ipc] = await compositionInSchemes(db, query, ['IPC']);
    const [cpcRows, ipcRows, single] = await Promise.all([
      reference(db, query, 'CPC'),
      reference(db, query, 'IPC'),
      composition(db, query),
    ]);
    expect(cpcRows.length).toBeGreaterThan(0);
    expect(ipcRows.length).toBeGreaterThan(0);
    const shown = (rows: z.infer<typeof ClassRow>[]) => rows.slice(0, query.top);
    expect(cpc!.classes.map(({ code, families }) => ({ code, families }))).toEqual(shown(cpcRows));
    expect(ipc!.classes.map(({ code, families }) => ({ code, families }))).toEqual(shown(ipcRows));
    expect(cpc!.truncated.classes).toBe(cpcRows.length > query.top);
    expect(ipc!.truncated.classes).toBe(ipcRows.length > query.top);
    expect(ipc!.scheme).toBe('IPC');
    expect(single).toEqual(cpc);
    const { classes: _c, scheme: _s, truncated: _t, ...rest } = ipc!;
    const { classes: _c2, scheme: _s2, truncated: _t2, ...cpcRest } = cpc!;
    expect(rest).toEqual(cpcRest);
  });
});
