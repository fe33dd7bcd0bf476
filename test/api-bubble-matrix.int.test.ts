/**
 * GET /api/maps/bubble-matrix and /cell on the shared demo corpus: every cell's families, its
 * growth-window counts and RTA are recounted here with independent Cypher (not the server's query),
 * and each cell's family list has exactly the cell's count.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import {
  BubbleMatrixCellResponse,
  type BubbleMatrixResponse,
  BubbleMatrixResponse as BubbleMatrixSchema,
} from '@graph-schema/dto/bubble-matrix';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

const CHAIN = 'lithium-battery';
const FamilyYearRow = z.object({
  applicant: z.string(),
  column: z.string(),
  family: z.string(),
  year: z.number().nullable(),
});
const CountRow = z.object({ n: z.number() });

/** Independent recount: per applicant and CPC subclass, each family with its earliest priority year. */
async function subclassFamilies(db: Database, keys: string[]) {
  return readRows(
    db,
    FamilyYearRow,
    `MATCH (a:Applicant)<-[:FILED_BY]-(p:Patent) WHERE a.key IN $keys AND p.external = false
     UNWIND p.cpcSubclasses AS code
     WITH a.key AS applicant, code AS column, p.familyId AS family, min(p.priorityYear) AS year
     RETURN applicant, column, family, year`,
    { keys },
  );
}

async function count(db: Database, cypher: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await readRows(db, CountRow, cypher, params);
  return row!.n;
}

describe('GET /api/maps/bubble-matrix', () => {
  let db: Database;
  let app: FastifyInstance;
  let matrix: BubbleMatrixResponse;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    app = await buildTestApp(db);
    const response = await app.inject('/api/maps/bubble-matrix?topApplicants=8&topColumns=10');
    expect(response.statusCode).toBe(200);
    matrix = BubbleMatrixSchema.parse(response.json());
  });
  afterAll(async () => {
    await app.close();
    await db.driver.close();
  });

  it('counts every cell, and its growth windows, as an independent query does', async () => {
    expect(matrix.rows).toHaveLength(8);
    expect(matrix.columns).toHaveLength(10);
    expect(matrix.cells.length).toBeGreaterThan(20);
    const window = matrix.window!;
    expect(window.recentTo - window.recentFrom).toBe(2);
    expect(window.earlierTo).toBe(window.recentFrom - 1);
    const truth = new Map<string, { families: number; recent: number; earlier: number }>();
    for (const row of await subclassFamilies(
      db,
      matrix.rows.map((r) => r.key),
    )) {
      const key = `${row.applicant}|${row.column}`;
      const cell = truth.get(key) ?? { families: 0, recent: 0, earlier: 0 };
      cell.families += 1;
      if (row.year !== null && row.year >= window.recentFrom && row.year <= window.recentTo) cell.recent += 1;
      if (row.year !== null && row.year >= window.earlierFrom && row.year <= window.earlierTo)
        cell.earlier += 1;
      truth.set(key, cell);
    }
    const shown = new Set(matrix.columns.map((c) => c.id));
    const expected = [...truth.entries()]
      .filter(([key]) => shown.has(key.split('|')[1]!))
      .map(([key, cell]) => ({ key, ...cell }))
      .sort((a, b) => a.key.localeCompare(b.key));
    const actual = matrix.cells
      .map((c) => ({
        key: `${c.applicant}|${c.column}`,
        families: c.families,
        recent: c.recent,
        earlier: c.earlier,
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(actual).toEqual(expected);
    for (const cell of matrix.cells)
      expect(cell.growth).toBe(cell.earlier > 0 ? (cell.recent - cell.earlier) / cell.earlier : null);
  });

  it('gives each cell the RTA of its row and column shares', async () => {
    const scopeFamilies = await count(
      db,
      'MATCH (p:Patent) WHERE p.external = false AND size(coalesce(p.cpcSubclasses, [])) > 0 RETURN count(DISTINCT p.familyId) AS n',
      {},
    );
    expect(matrix.scopeFamilies).toBe(scopeFamilies);
    const cell = matrix.cells[0]!;
    const column = await count(
      db,
      'MATCH (p:Patent) WHERE p.external = false AND $code IN p.cpcSubclasses RETURN count(DISTINCT p.familyId) AS n',
      { code: cell.column },
    );
    const row = await count(
      db,
      `MATCH (p:Patent)-[:FILED_BY]->(:Applicant {key: $key}) WHERE p.external = false
       AND size(coalesce(p.cpcSubclasses, [])) > 0 RETURN count(DISTINCT p.familyId) AS n`,
      { key: cell.applicant },
    );
    expect(matrix.columns.find((c) => c.id === cell.column)!.families).toBe(column);
    expect(matrix.rows.find((r) => r.key === cell.applicant)!.families).toBe(row);
    expect(cell.rta).toBeCloseTo(cell.families / row / (column / scopeFamilies), 12);
    expect(matrix.evidence.path).toBe(
      '/api/maps/bubble-matrix?axis=cpc&dateBasis=priority&level=subclass&topApplicants=8&topColumns=10&window=3',
    );
  });

  it('lists exactly the families of a cell, newest first', async () => {
    const cell = [...matrix.cells].sort((a, b) => b.families - a.families)[0]!;
    const url = `/api/maps/bubble-matrix/cell?applicant=${encodeURIComponent(cell.applicant)}&column=${cell.column}`;
    const list = BubbleMatrixCellResponse.parse((await app.inject(url)).json());
    expect(list.total).toBe(cell.families);
    expect(list.families).toHaveLength(Math.min(cell.families, 100));
    expect(new Set(list.families.map((f) => f.familyId)).size).toBe(list.families.length);
    const years = list.families.map((f) => f.year ?? -1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('counts chain branches per applicant, and asks for a chain first', async () => {
    const missing = await app.inject('/api/maps/bubble-matrix?axis=branch');
    expect(missing.statusCode).toBe(400);
    const branches = BubbleMatrixSchema.parse(
      (await app.inject(`/api/maps/bubble-matrix?axis=branch&chain=${CHAIN}&topApplicants=5`)).json(),
    );
    expect(branches.columns.length).toBeGreaterThan(3);
    for (const column of branches.columns) expect(column.labelZh).not.toBe(column.id);
    const cell = branches.cells[0]!;
    const recount = await count(
      db,
      `MATCH (p:Patent)-[:FILED_BY]->(:Applicant {key: $key}) WHERE p.external = false
       AND EXISTS { (p)-[:TAGGED {chain: $chain}]->(:TechBranch {id: $branch}) }
       AND EXISTS { (p)-[:TAGGED {chain: $chain}]->() } RETURN count(DISTINCT p.familyId) AS n`,
      { key: cell.applicant, chain: CHAIN, branch: cell.column },
    );
    expect(cell.families).toBe(recount);
  });

  it('groups codes by the chosen level', async () => {
    const classes = BubbleMatrixSchema.parse(
      (await app.inject('/api/maps/bubble-matrix?level=class&topApplicants=8&topColumns=60')).json(),
    );
    for (const column of classes.columns) expect(column.id).toMatch(/^[A-HY]\d\d$/);
    const sections = BubbleMatrixSchema.parse(
      (await app.inject('/api/maps/bubble-matrix?level=section&topApplicants=8')).json(),
    );
    for (const column of sections.columns) expect(column.id).toMatch(/^[A-HY]$/);
  });
});
