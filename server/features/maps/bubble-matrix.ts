/**
 * The applicant × class/branch bubble matrix: the top applicants of a scope (rows), the columns
 * they file in most (CPC/IPC level or leaf branches), and per cell the families, their growth
 * (recent vs earlier window of the date basis) and the RTA against all applicants in scope.
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type {
  BubbleMatrixCell,
  BubbleMatrixQuery,
  BubbleMatrixResponse,
} from '@graph-schema/dto/bubble-matrix';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf, inEntities } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { columnExpression, evidencePath } from './bubble-columns';
import { cellStats, growthWindow, rankColumns } from './bubble-stats';

const RowsRow = z.object({
  totalApplicants: z.number(),
  rows: z.array(z.object({ key: z.string(), name: z.string(), families: z.number() })),
});
const ColumnRow = z.object({ column: z.string(), families: z.number() });
const ScopeRow = z.object({ families: z.number(), lastYear: z.number().nullable() });
const FamilyRow = z.object({
  applicant: z.string(),
  column: z.string(),
  family: z.string(),
  year: z.number().nullable(),
});
const BranchRow = z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() });

const ROWS = (where: string, cols: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where} AND size(${cols}) > 0
WITH ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, name, key
WITH collect({key: key, name: name, families: families}) AS ranked
RETURN size(ranked) AS totalApplicants, ranked[0..$top] AS rows`;

const COLUMNS = (where: string, cols: string) => `
MATCH (p:Patent) WHERE ${where}
UNWIND ${cols} AS column
RETURN column, count(DISTINCT p.familyId) AS families`;

const SCOPE = (where: string, cols: string, year: string) => `
MATCH (p:Patent) WHERE ${where} AND size(${cols}) > 0
RETURN count(DISTINCT p.familyId) AS families, max(p.${year}) AS lastYear`;

/** One row per (applicant, column, family) with the family's earliest year among those patents. */
export const CELL_FAMILIES = (where: string, cols: string, year: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where} AND ${inEntities('a', '$keys')}
UNWIND ${cols} AS column
WITH ${entityKeyOf('a')} AS applicant, column, p.familyId AS family, min(p.${year}) AS year
RETURN applicant, column, family, year`;

const BRANCHES = `MATCH (b:TechBranch) WHERE b.id IN $ids RETURN b.id AS id, b.nameEn AS nameEn, b.nameZh AS nameZh`;

async function columnLabels(db: Database, query: BubbleMatrixQuery, ids: string[]) {
  const labels = new Map(ids.map((id) => [id, { label: id, labelZh: id }]));
  if (query.axis !== 'branch') return labels;
  for (const b of await readRows(db, BranchRow, BRANCHES, { ids }))
    labels.set(b.id, { label: b.nameEn, labelZh: b.nameZh });
  return labels;
}

export async function bubbleMatrix(db: Database, query: BubbleMatrixQuery): Promise<BubbleMatrixResponse> {
  const scope = scopeClause(query);
  const cols = columnExpression(query.axis, query.level, query.project !== undefined);
  const params = { ...scope.params, chain: query.chain ?? null, top: int(query.topApplicants) };
  const [[ranked], allColumns, [inScope]] = await Promise.all([
    readRows(db, RowsRow, ROWS(scope.where, cols), params),
    readRows(db, ColumnRow, COLUMNS(scope.where, cols), params),
    readRows(db, ScopeRow, SCOPE(scope.where, cols, scope.yearProperty), params),
  ]);
  const rows = ranked?.rows ?? [];
  const cellParams = { ...params, keys: rows.map((row) => row.key) };
  const cypher = CELL_FAMILIES(scope.where, cols, scope.yearProperty);
  const familyRows = await readRows(db, FamilyRow, cypher, cellParams);
  const window = growthWindow(query.to ?? inScope?.lastYear ?? null, query.window);
  const stats = cellStats(familyRows, window);
  const columnFamilies = new Map(allColumns.map((c) => [c.column, c.families]));
  const kept = rankColumns(stats, query.topColumns);
  const labels = await columnLabels(db, query, kept);
  const scopeFamilies = inScope?.families ?? 0;
  const rowFamilies = new Map(rows.map((row) => [row.key, row.families]));
  const keptSet = new Set(kept);
  const cells: BubbleMatrixCell[] = [];
  for (const row of rows) {
    for (const column of kept) {
      const stat = stats.get(`${row.key}\u0000${column}`);
      if (!stat || !keptSet.has(column)) continue;
      const columnShare = (columnFamilies.get(column) ?? 0) / scopeFamilies;
      const rowShare = stat.families / rowFamilies.get(row.key)!;
      cells.push({
        applicant: row.key,
        column,
        ...stat,
        rta: columnShare > 0 ? rowShare / columnShare : null,
      });
    }
  }
  const totalColumns = allColumns.length;
  return {
    axis: query.axis,
    level: query.level,
    dateBasis: query.dateBasis,
    window,
    rows,
    columns: kept.map((id) => ({ id, ...labels.get(id)!, families: columnFamilies.get(id) ?? 0 })),
    cells,
    scopeFamilies,
    totalApplicants: ranked?.totalApplicants ?? 0,
    totalColumns,
    truncated: (ranked?.totalApplicants ?? 0) > rows.length || totalColumns > kept.length,
    evidence: { path: evidencePath('/api/maps/bubble-matrix', query), cypher, params: cellParams },
  };
}
