/**
 * The XLSX writer on hand-made rows (the graph reads are covered by report-xlsx.int.test.ts): the
 * About sheet first with the data version, then the data sheets in order, read back with exceljs.
 */
import { ProjectDefinition, projectScope } from '@graph-schema/dto/project';
import { writeDatasetWorkbook } from '@server/features/reports/render/xlsx';
import { SHEETS } from '@server/features/reports/render/xlsx-about';
import type { DatasetRows, FamilyRow, FamilySheetRecord } from '@server/features/reports/render/xlsx-rows';
import type { ReportContext } from '@server/features/reports/report-context';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCUMENT } from './fixtures/report/report-document';

const definition = ProjectDefinition.parse({
  name: '锂电池产业专利导航',
  navigationType: 'industry',
  boundary: { chain: 'lithium-battery', segments: [], branches: [], cpc: [], ipc: [] },
  offices: ['CN'],
  years: { from: 2015, to: 2024 },
});

const context = {
  server: undefined as never,
  project: {
    id: 'fixture-project',
    definition,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    datasets: [],
  },
  scope: projectScope(definition),
  language: 'zh',
  pins: [],
  dataVersion: 'v-fixture-7',
  dataAsOf: '2026-11-30',
  today: '2026-12-04',
  tr: (text) => text.zh,
} satisfies ReportContext;

const family = (familyId: string, title: string): FamilySheetRecord => ({
  familyId,
  representativeId: `${familyId.slice(2)}A`,
  memberIds: [`${familyId.slice(2)}A`, `${familyId.slice(2)}B`],
  title,
  applicant: { key: 'catl', name: '宁德时代' },
  priorityDay: 18_000,
});

const families: FamilyRow[] = [
  { family: family('P:CN2019001', '一种正极材料'), kind: 'priority' },
  { family: family('P:CN2019002', '一种电解液'), kind: null },
];

const rows: DatasetRows = {
  async *families() {
    yield families;
  },
  async *members() {
    yield [];
  },
  async *branchTags() {
    yield [];
  },
  scores: async () => [],
};

const workbook = new ExcelJS.Workbook();
const fractions: number[] = [];

beforeAll(async () => {
  const bytes = await writeDatasetWorkbook({ document: FIXTURE_DOCUMENT, context }, rows, (f) =>
    fractions.push(f),
  );
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
});

const values = (sheet: string) =>
  workbook
    .getWorksheet(sheet)!
    .getSheetValues()
    .slice(1)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));

describe('XLSX dataset appendix writer', () => {
  it('writes the About sheet first, then the data sheets in order', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(SHEETS));
    const about = values(SHEETS.about);
    expect(about[0]).toEqual(['项目', '内容']);
    expect(about).toContainEqual(['数据版本', 'v-fixture-7']);
    expect(about).toContainEqual(['数据载入至', '2026-11-30']);
    expect(about).toContainEqual(['生成日期', '2026-12-04']);
    expect(about).toContainEqual(['范围', '产业链 lithium-battery；受理局 CN；2015–2024 年']);
    expect(about).toContainEqual(['日期口径', '最早优先权日']);
    expect(about).toContainEqual(['数据来源', '本项目未记录数据集（数据可能由命令行载入）。']);
    expect(fractions).toEqual([0.3, 0.55, 0.75, 1]);
  });

  it('writes one Families row per family with its columns', () => {
    expect(values(SHEETS.families)).toEqual([
      ['专利族 ID', '成族方式', '范围内成员数', '最早优先权日', '第一申请人', '标题', '代表公开号'],
      ['P:CN2019001', 'priority', 2, '2019-04-14', '宁德时代', '一种正极材料', 'CN2019001A'],
      ['P:CN2019002', undefined, 2, '2019-04-14', '宁德时代', '一种电解液', 'CN2019002A'],
    ]);
  });

  it('says why the Gaps sheet is empty when the project has no target', () => {
    expect(values(SHEETS.gaps)).toEqual([['说明'], ['项目未设定目标申请人，因此没有布局空白表。']]);
  });

  it('gives the same bytes for the same input (zip entries carry the report day, not the clock)', async () => {
    const again = () => writeDatasetWorkbook({ document: FIXTURE_DOCUMENT, context }, rows, () => {});
    const [first, second] = await Promise.all([again(), again()]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(workbook.creator).toBe('PatNav');
    expect(workbook.created.toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });

  it('makes the header row bold and frozen', () => {
    const sheet = workbook.getWorksheet(SHEETS.families)!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
