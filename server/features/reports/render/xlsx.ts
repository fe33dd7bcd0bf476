/**
 * The XLSX dataset appendix, written as SpreadsheetML text (xlsx-xml.ts) into a deflated zip
 * (zip-store.ts): each sheet's rows become XML as each page is read (xlsx-rows.ts), and the zip
 * entries carry the report day, so the same project and data give the same bytes. Sheets, in
 * order: About (xlsx-about.ts), Families, Members, Branch tags, Scores, Gaps.
 */
import type { ReportDocument } from '@graph-schema/dto/report';
import type { Bilingual, ReportContext } from '../report-context';
import type { Renderer } from './renderer';
import { aboutRows, SHEETS } from './xlsx-about';
import {
  BRANCH_TAG_COLUMNS,
  type Column,
  FAMILY_COLUMNS,
  MEMBER_COLUMNS,
  scoreColumns,
  type XlsxCell,
} from './xlsx-columns';
import { type DatasetRows, graphDatasetRows } from './xlsx-rows';
import { packageParts, rowXml, SHEET_END, sheetStart } from './xlsx-xml';
import { type CompressedEntry, compressEntry, ZipWriter } from './zip-store';

/** The sheets in workbook order (SHEETS' order); each is xl/worksheets/sheet<n>.xml. */
const SHEET_ORDER: readonly string[] = Object.values(SHEETS);

interface Workbook {
  zip: ZipWriter;
}

type Translate = (text: Bilingual) => string;

/** One sheet's XML, deflated: the rows become XML page by page as they are read. */
async function sheetEntry<Row>(
  tr: Translate,
  name: string,
  columns: Column<Row>[],
  pages: AsyncIterable<Row[]> | Iterable<Row[]>,
): Promise<CompressedEntry> {
  const parts = [
    Buffer.from(
      sheetStart(
        columns,
        columns.map((c) => tr(c.label)),
      ),
    ),
  ];
  let rowNumber = 1;
  for await (const page of pages) {
    let xml = '';
    for (const row of page) {
      rowNumber += 1;
      xml += rowXml(
        rowNumber,
        columns.map((c) => c.cell(row)),
      );
    }
    parts.push(Buffer.from(xml));
  }
  parts.push(Buffer.from(SHEET_END));
  return compressEntry(`xl/worksheets/sheet${SHEET_ORDER.indexOf(name) + 1}.xml`, parts);
}

async function writeSheet<Row>(
  workbook: Workbook,
  ctx: ReportContext,
  name: string,
  columns: Column<Row>[],
  pages: AsyncIterable<Row[]> | Iterable<Row[]>,
): Promise<void> {
  workbook.zip.addCompressed(await sheetEntry(ctx.tr, name, columns, pages));
}

async function writeAbout(workbook: Workbook, ctx: ReportContext, title: string): Promise<void> {
  const columns: Column<[string, string]>[] = [
    { label: { zh: '项目', en: 'Item' }, width: 22, cell: (row) => row[0] },
    { label: { zh: '内容', en: 'Value' }, width: 100, cell: (row) => row[1] },
  ];
  await writeSheet(workbook, ctx, SHEETS.about, columns, [aboutRows(ctx, title)]);
}

/** The report's gaps table when the gaps chapter made one, else one row saying why there is none. */
async function writeGaps(workbook: Workbook, ctx: ReportContext, document: ReportDocument): Promise<void> {
  const table = document.chapters
    .flatMap((chapter) => chapter.blocks)
    .find((block) => block.kind === 'table' && block.id === 'gaps');
  if (table?.kind === 'table') {
    const columns = table.columns.map(
      (column, index): Column<XlsxCell[]> => ({
        label: { zh: column.label, en: column.label },
        width: 16,
        cell: (row) => row[index] ?? null,
      }),
    );
    await writeSheet(workbook, ctx, SHEETS.gaps, columns, [table.rows]);
    return;
  }
  const reason = ctx.project.definition.target
    ? ctx.tr({
        zh: '布局空白章节没有生成空白表（见报告“布局空白与建议”一章的说明）。',
        en: 'The layout-gaps chapter produced no gaps table (see the note in the “Layout gaps” chapter).',
      })
    : ctx.tr({
        zh: '项目未设定目标申请人，因此没有布局空白表。',
        en: 'The project sets no target applicant, so there is no gaps table.',
      });
  const columns: Column<string>[] = [{ label: { zh: '说明', en: 'Note' }, width: 80, cell: (row) => row }];
  await writeSheet(workbook, ctx, SHEETS.gaps, columns, [[reason]]);
}

/**
 * The sheets that do not depend on the report document — Families, Members, Branch tags, Scores —
 * in workbook order, XML written and deflated. generate-report.ts starts this when the build starts:
 * at 100k families reading and writing them took ~25 s after a ~30 s build, with Node mostly idle
 * during the build (Neo4j does that work); now they are made while the chapters are built.
 */
export async function prepareDataSheets(
  rows: DatasetRows,
  tr: Translate,
  progress: (fraction: number) => void = () => {},
): Promise<CompressedEntry[]> {
  const families = await sheetEntry(tr, SHEETS.families, FAMILY_COLUMNS, rows.families());
  progress(0.3);
  const members = await sheetEntry(tr, SHEETS.members, MEMBER_COLUMNS, rows.members());
  progress(0.55);
  const branchTags = await sheetEntry(tr, SHEETS.branchTags, BRANCH_TAG_COLUMNS, rows.branchTags());
  progress(0.75);
  const ranked = await rows.scores();
  const scores = await sheetEntry(tr, SHEETS.scores, scoreColumns(ranked[0]?.result), [ranked]);
  return [families, members, branchTags, scores];
}

/** The workbook around data sheets already made: About first, the data sheets, then Gaps. */
export async function assembleWorkbook(
  input: { document: ReportDocument; context: ReportContext },
  dataSheets: readonly CompressedEntry[],
): Promise<Uint8Array> {
  const { context: ctx, document } = input;
  const zip = new ZipWriter(ctx.today);
  const workbook: Workbook = { zip };
  // Workbook properties carry the report day, not the clock: same project and data, same bytes.
  for (const [name, xml] of Object.entries(packageParts(SHEET_ORDER, 'PatNav', ctx.today)))
    zip.add(name, Buffer.from(xml));
  await writeAbout(workbook, ctx, document.cover.title);
  for (const sheet of dataSheets) zip.addCompressed(sheet);
  await writeGaps(workbook, ctx, document);
  return zip.finish();
}

/** Writes the whole workbook; `rows` is the graph (graphDatasetRows) except in unit tests. */
export async function writeDatasetWorkbook(
  input: { document: ReportDocument; context: ReportContext },
  rows: DatasetRows,
  progress: (fraction: number) => void,
): Promise<Uint8Array> {
  const bytes = await assembleWorkbook(input, await prepareDataSheets(rows, input.context.tr, progress));
  progress(1);
  return bytes;
}

export const renderXlsx: Renderer = async (input, progress) => {
  if (!input.datasetSheets) {
    const { server, scope, language } = input.context;
    return writeDatasetWorkbook(input, graphDatasetRows(server, scope, language), progress);
  }
  const bytes = await assembleWorkbook(input, await input.datasetSheets);
  progress(1);
  return bytes;
};
