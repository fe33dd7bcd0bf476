/** Technology composition: CPC/IPC at one level, chain → segment → branch, and WIPO fields. */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { CompositionQuery, CompositionResponse } from '@graph-schema/dto/landscape-trends';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { round } from '@server/platform/scope/growth-windows';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { chainStructure } from '../chains/chain-structure';
import { classTitleOf } from '../classes/resolve-titles';
import { compositionFactsFromTable } from './composition-memory';
import { fromTableOrCypher } from './landscape-memory';
import type { LandscapeTables } from './landscape-table';

const ClassRow = z.object({ code: z.string(), families: z.number() });
const ClassesRow = z.object({ scheme: z.enum(['CPC', 'IPC']), classes: z.array(ClassRow) });
type Scheme = CompositionQuery['scheme'];
const TotalRow = z.object({ families: z.number() });
const ChainNodesRow = z.object({ node: z.string(), families: z.number() });
const FieldsRow = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string().nullable(),
  families: z.number(),
});

/** Cypher fragments picked by validated enums, never from request text. */
const LEVEL_EXPRESSION: Record<CompositionQuery['level'], string> = {
  section: 'left(code, 1)',
  class: 'left(code, 3)',
  subclass: 'left(code, 4)',
  main_group: "split(code, '/')[0] + '/00'",
};

/**
 * The class ranking of each scheme in `$schemes` from one pass over the scope (the report shows CPC
 * and IPC; reading the scope once for both saves a whole scan at 100k families). Codes are unique
 * within a scheme, so the order (families, then code) is total.
 */
const CLASSES = (where: string, expression: string) => `
MATCH (p:Patent) WHERE ${where}
UNWIND $schemes AS scheme
UNWIND coalesce(CASE scheme WHEN 'CPC' THEN p.cpcCodes ELSE p.ipcCodes END, []) AS code
WITH DISTINCT scheme, p.familyId AS family, ${expression} AS group
WITH scheme, group AS code, count(family) AS families
ORDER BY families DESC, code
WITH scheme, collect({code: code, families: families})[0..$limit] AS classes
RETURN scheme, classes`;

const TOTAL = (where: string) =>
  `MATCH (p:Patent) WHERE ${where} RETURN count(DISTINCT p.familyId) AS families`;

/** Branch membership per the one helper: in a project, its hand includes and excludes count. */
const CHAIN_NODES = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project, { anyChain: true })}
UNWIND leaf.lineage + [leaf.segment, leaf.chain] AS node
RETURN node, count(DISTINCT p.familyId) AS families`;

const FIELDS = (where: string) => `
MATCH (p:Patent)-[:IN_FIELD]->(f:TechField) WHERE ${where}
RETURN f.id AS id, f.name AS name, f.sector AS sector, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, id`;

/** What the response is made of, from Cypher or from the in-memory table (composition-memory.ts). */
export interface CompositionFacts {
  /** The scope's distinct families. */
  families: number;
  /** Per scheme its first `top + 1` class groups, most families first, ties by code. */
  classes: Map<Scheme, z.infer<typeof ClassRow>[]>;
  /** Families per chain node (chain, segment or branch id), any order. */
  nodes: z.infer<typeof ChainNodesRow>[];
  /** Families per WIPO field, most first, ties by id. */
  fields: z.infer<typeof FieldsRow>[];
}

/** From the in-memory table when the scope allows (years, offices, classes, applicants), else Cypher. */
export async function composition(
  db: Database,
  query: CompositionQuery,
  tables?: LandscapeTables,
): Promise<CompositionResponse> {
  const [response] = await compositionInSchemes(db, query, [], tables);
  return response!;
}

/**
 * The composition in `query.scheme`, then the same composition in each of `otherSchemes`: only the
 * class ranking differs (the scope's total, chain nodes and WIPO fields do not depend on the
 * scheme), and all rankings come from one read of the scope (or one walk of the table). The report
 * shows CPC and IPC.
 */
export async function compositionInSchemes(
  db: Database,
  query: CompositionQuery,
  otherSchemes: readonly Scheme[],
  tables?: LandscapeTables,
): Promise<CompositionResponse[]> {
  const schemes = [query.scheme, ...otherSchemes.filter((s) => s !== query.scheme)];
  const facts = await fromTableOrCypher(
    tables,
    query,
    (table) => compositionFactsFromTable(table, query, schemes),
    () => compositionFactsFromCypher(db, query, schemes),
  );
  return compositionOf(db, query, otherSchemes, facts);
}

/** The composition by Cypher aggregation: what scopes the table cannot filter get, and the reference in tests. */
export async function compositionFromCypher(
  db: Database,
  query: CompositionQuery,
): Promise<CompositionResponse> {
  const [response] = await compositionInSchemes(db, query, []);
  return response!;
}

async function compositionFactsFromCypher(
  db: Database,
  query: CompositionQuery,
  schemes: readonly Scheme[],
): Promise<CompositionFacts> {
  const scope = scopeClause(query);
  const [classes, total, nodes, fields] = await Promise.all([
    readClasses(db, query, schemes),
    readRows(db, TotalRow, TOTAL(scope.where), scope.params),
    readRows(db, ChainNodesRow, CHAIN_NODES(scope.where, query.project !== undefined), scope.params),
    readRows(db, FieldsRow, FIELDS(scope.where), scope.params),
  ]);
  return { families: total[0]?.families ?? 0, classes, nodes, fields };
}

async function compositionOf(
  db: Database,
  query: CompositionQuery,
  otherSchemes: readonly Scheme[],
  { families, classes, nodes, fields }: CompositionFacts,
): Promise<CompositionResponse[]> {
  const share = (n: number) => (families === 0 ? 0 : round(n / families));
  const response: CompositionResponse = {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.composition', { dateBasis: query.dateBasis }),
    ...classRanking(query, classes.get(query.scheme) ?? [], families),
    families,
    chains: await chainComposition(db, new Map(nodes.map((n) => [n.node, n.families]))),
    wipoFields: fields.map((f) => ({ ...f, share: share(f.families) })),
    notes: [explainNote('note.compositionShares', {})],
  };
  return [query.scheme, ...otherSchemes].map((scheme) =>
    scheme === query.scheme
      ? response
      : { ...response, ...classRanking({ ...query, scheme }, classes.get(scheme) ?? [], families) },
  );
}

/** Each scheme's ranking, its first `query.top + 1` classes (one more tells that it was truncated). */
async function readClasses(db: Database, query: CompositionQuery, schemes: readonly Scheme[]) {
  const scope = scopeClause(query);
  const cypher = CLASSES(scope.where, LEVEL_EXPRESSION[query.level]);
  const rows = await readRows(db, ClassesRow, cypher, {
    ...scope.params,
    schemes,
    limit: int(query.top + 1),
  });
  return new Map(rows.map((row) => [row.scheme, row.classes]));
}

function classRanking(
  query: CompositionQuery,
  classes: readonly z.infer<typeof ClassRow>[],
  families: number,
): Pick<CompositionResponse, 'scheme' | 'level' | 'classes' | 'truncated'> {
  const share = (n: number) => (families === 0 ? 0 : round(n / families));
  return {
    scheme: query.scheme,
    level: query.level,
    classes: classes
      .slice(0, query.top)
      .map((c) => ({ ...c, share: share(c.families), title: classTitleOf(c.code).title })),
    truncated: { classes: classes.length > query.top },
  };
}

async function chainComposition(
  db: Database,
  counts: ReadonlyMap<string, number>,
): Promise<CompositionResponse['chains']> {
  const chainIds = [...counts.keys()].filter((id) => !id.includes(':')).sort();
  const structures = await Promise.all(chainIds.map((id) => chainStructure(db, id)));
  return structures
    .filter((s) => s !== undefined)
    .map((s) => ({
      id: s.id,
      name: s.name,
      families: counts.get(s.id) ?? 0,
      segments: s.segments
        .filter((seg) => counts.has(seg.id))
        .map((seg) => ({
          id: seg.id,
          name: seg.name,
          families: counts.get(seg.id)!,
          branches: s.branches
            .filter((b) => b.segment === seg.id && counts.has(b.id))
            .map((b) => ({ id: b.id, name: b.name, level: b.level, families: counts.get(b.id)! })),
        })),
    }));
}
