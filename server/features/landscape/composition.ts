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

const ClassesRow = z.object({ code: z.string(), families: z.number() });
const TotalRow = z.object({ families: z.number() });
const ChainNodesRow = z.object({ node: z.string(), families: z.number() });
const FieldsRow = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string().nullable(),
  families: z.number(),
});

/** Cypher fragments picked by validated enums, never from request text. */
const SCHEME_PROPERTY: Record<CompositionQuery['scheme'], string> = { CPC: 'cpcCodes', IPC: 'ipcCodes' };
const LEVEL_EXPRESSION: Record<CompositionQuery['level'], string> = {
  section: 'left(code, 1)',
  class: 'left(code, 3)',
  subclass: 'left(code, 4)',
  main_group: "split(code, '/')[0] + '/00'",
};

const CLASSES = (where: string, property: string, expression: string) => `
MATCH (p:Patent) WHERE ${where}
UNWIND coalesce(p.${property}, []) AS code
WITH DISTINCT p.familyId AS family, ${expression} AS group
RETURN group AS code, count(family) AS families ORDER BY families DESC, code LIMIT $limit`;

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

export async function composition(db: Database, query: CompositionQuery): Promise<CompositionResponse> {
  const scope = scopeClause(query);
  const [classes, total, nodes, fields] = await Promise.all([
    readClasses(db, query),
    readRows(db, TotalRow, TOTAL(scope.where), scope.params),
    readRows(db, ChainNodesRow, CHAIN_NODES(scope.where, query.project !== undefined), scope.params),
    readRows(db, FieldsRow, FIELDS(scope.where), scope.params),
  ]);
  const families = total[0]?.families ?? 0;
  const share = (n: number) => (families === 0 ? 0 : round(n / families));
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.composition', { dateBasis: query.dateBasis }),
    ...classRanking(query, classes, families),
    families,
    chains: await chainComposition(db, new Map(nodes.map((n) => [n.node, n.families]))),
    wipoFields: fields.map((f) => ({ ...f, share: share(f.families) })),
    notes: [explainNote('note.compositionShares', {})],
  };
}

/**
 * The same composition in another scheme or level: only the class ranking is read again, the
 * scope's total, chain nodes and WIPO fields are the given response's (they do not depend on the
 * scheme). The report shows CPC and IPC of one scope; at 100k families each full composition reads
 * the scope four times.
 */
export async function recomposeClasses(
  db: Database,
  response: CompositionResponse,
  query: CompositionQuery,
): Promise<CompositionResponse> {
  const classes = await readClasses(db, query);
  return { ...response, ...classRanking(query, classes, response.families) };
}

function readClasses(db: Database, query: CompositionQuery) {
  const scope = scopeClause(query);
  const cypher = CLASSES(scope.where, SCHEME_PROPERTY[query.scheme], LEVEL_EXPRESSION[query.level]);
  return readRows(db, ClassesRow, cypher, { ...scope.params, limit: int(query.top + 1) });
}

function classRanking(
  query: CompositionQuery,
  classes: readonly z.infer<typeof ClassesRow>[],
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
