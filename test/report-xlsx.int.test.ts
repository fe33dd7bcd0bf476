/**
 * The XLSX dataset appendix of a lithium-battery project on the shared demo corpus, against the
 * real Neo4j: the sheets in order, one Families row per family in scope as /api/core-patents counts
 * them, the Scores ranking as that API ranks it, and Members / Branch tags as the graph holds them.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { type Project, ProjectDefinition } from '@graph-schema/dto/project';
import { buildReport } from '@server/features/reports/build-report';
import { renderXlsx } from '@server/features/reports/render/xlsx';
import { SHEETS } from '@server/features/reports/render/xlsx-about';
import type { ServerContext } from '@server/platform/context';
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataVersion } from '@server/platform/data-version/read-data-version';
import { SnapshotService } from '@server/platform/snapshot/snapshot-service';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const CHAIN = 'lithium-battery';

const project: Project = {
  id: randomUUID(),
  definition: ProjectDefinition.parse({
    name: '锂电池产业专利导航（测试）',
    navigationType: 'industry',
    boundary: { chain: CHAIN, segments: [], branches: [], cpc: [], ipc: [] },
  }),
  createdAt: '2026-12-04T00:00:00Z',
  updatedAt: '2026-12-04T00:00:00Z',
  datasets: [],
};

let db: Database;
let app: FastifyInstance;
const workbook = new ExcelJS.Workbook();
let renderMs = 0;
let dataVersion = '';

useDemoApp((demo) => {
  ({ db, app } = demo);
});

beforeAll(async () => {
  const version = new DataVersion(() => readDataVersion(db));
  const server: ServerContext = { db, dataVersion: version, snapshots: new SnapshotService(db, version) };
  const { document, context } = await buildReport({
    server,
    project,
    pins: [],
    language: 'zh',
    today: '2026-12-04',
  });
  dataVersion = context.dataVersion;
  const started = performance.now();
  const bytes = await renderXlsx({ document, context, html: async () => '' }, () => undefined);
  renderMs = performance.now() - started;
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
}, 120_000);

/** Data rows (header row dropped) of a sheet, cells from column A. */
const dataRows = (sheet: string) =>
  workbook
    .getWorksheet(sheet)!
    .getSheetValues()
    .slice(2)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));

const Count = z.object({ n: z.number() });

describe('XLSX dataset appendix of a lithium-battery project', () => {
  it('has the About sheet first, then Families, Members, Branch tags, Scores, Gaps', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '说明 About',
      '专利族 Families',
      '成员 Members',
      '分支标引 Branch tags',
      '核心度 Scores',
      '布局空白 Gaps',
    ]);
    expect(dataRows(SHEETS.about)).toContainEqual(['数据版本', dataVersion]);
    expect(dataRows(SHEETS.about)).toContainEqual(['范围', '产业链 lithium-battery；全部受理局；全部年份']);
    expect(renderMs).toBeLessThan(60_000);
  });

  it('has one Families row per family in scope as /api/core-patents counts them, and its members', async () => {
    const api = CorePatentsResponse.parse(
      (await app.inject(`/api/core-patents?chain=${CHAIN}&limit=5`)).json(),
    );
    const families = dataRows(SHEETS.families);
    expect(api.totals.families).toBeGreaterThan(0);
    expect(families).toHaveLength(api.totals.families);
    expect(new Set(families.map((row) => row[0])).size).toBe(api.totals.families);
    const membersInScope = families.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(dataRows(SHEETS.members)).toHaveLength(api.totals.publications);
    expect(membersInScope).toBe(api.totals.publications);
  });

  it('ranks Scores as /api/core-patents does, every family in scope', async () => {
    const api = CorePatentsResponse.parse(
      (await app.inject(`/api/core-patents?chain=${CHAIN}&limit=5`)).json(),
    );
    const scores = dataRows(SHEETS.scores);
    expect(scores).toHaveLength(api.totals.families);
    const top = api.items.map((item) => [item.rank, item.familyId, item.patentId, item.score]);
    expect(scores.slice(0, 5).map((row) => row.slice(0, 3).concat(row[4] as number))).toEqual(top);
    // Three columns per component after the six fixed ones, in the API's component order; the weight in the header.
    const header = workbook.getWorksheet(SHEETS.scores)!.getRow(1).values as ExcelJS.CellValue[];
    expect(header.slice(7)).toEqual(
      api.items[0]!.components.flatMap((c) => [
        `${c.name} 原始值`,
        `${c.name} 归一值`,
        `${c.name} 贡献（权重 ${c.weight}）`,
      ]),
    );
  });

  it('lists every branch tag of the publications in scope with the rule that matched', async () => {
    const [tags] = await readRows(
      db,
      Count,
      `MATCH (p:Patent)-[t:TAGGED]->(:TechBranch)
       WHERE p.external = false AND EXISTS { (p)-[:TAGGED {chain: $chain}]->() }
       RETURN count(t) AS n`,
      { chain: CHAIN },
    );
    const rows = dataRows(SHEETS.branchTags);
    expect(rows).toHaveLength(tags!.n);
    expect(rows.every((row) => typeof row[5] === 'string' && (row[5] as string).length > 0)).toBe(true);
  });

  it('says the Gaps sheet is empty because the project sets no target', () => {
    expect(dataRows(SHEETS.gaps)).toEqual([['项目未设定目标申请人，因此没有布局空白表。']]);
  });
});
