/**
 * The XLSX dataset appendix with exceljs's streaming writer: rows go to the zip as each page is
 * read (xlsx-rows.ts), so 100k families never build a workbook in memory. Sheets, in order: About
 * (xlsx-about.ts), Families, Members, Branch tags, Scores, Gaps.
 */
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ReportDocument } from '@graph-schema/dto/report';
import ExcelJS from 'exceljs';
import type { ReportContext } from '../report-context';
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

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

async function writeSheet<Row>(
  workbook: Writer,
  ctx: ReportContext,
  name: string,
  columns: Column<Row>[],
  pages: AsyncIterable<Row[]> | Iterable<Row[]>,
): Promise<void> {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: ctx.tr(column.label), width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const page of pages)
    for (const row of page) sheet.addRow(columns.map((c) => c.cell(row))).commit();
  sheet.commit();
}

async function writeAbout(workbook: Writer, ctx: ReportContext, title: string): Promise<void> {
  const columns: Column<[string, string]>[] = [
    { label: { zh: '项目', en: 'Item' }, width: 22, cell: (row) => row[0] },
    { label: { zh: '内容', en: 'Value' }, width: 100, cell: (row) => row[1] },
  ];
  await writeSheet(workbook, ctx, SHEETS.about, columns, [aboutRows(ctx, title)]);
}

/** The report's gaps table when the gaps chapter made one, else one row saying why there is none. */
async function writeGaps(workbook: Writer, ctx: ReportContext, document: ReportDocument): Promise<void> {
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

/** Writes the whole workbook; `rows` is the graph (graphDatasetRows) except in unit tests. */
export async function writeDatasetWorkbook(
  input: { document: ReportDocument; context: ReportContext },
  rows: DatasetRows,
  progress: (fraction: number) => void,
): Promise<Uint8Array> {
  const { context: ctx, document } = input;
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  // Workbook properties carry the report day, not the clock: same project and data, same content.
  workbook.creator = 'PatNav';
  workbook.created = new Date(`${ctx.today}T00:00:00Z`);
  workbook.modified = workbook.created;
  await writeAbout(workbook, ctx, document.cover.title);
  await writeSheet(workbook, ctx, SHEETS.families, FAMILY_COLUMNS, rows.families());
  progress(0.3);
  await writeSheet(workbook, ctx, SHEETS.members, MEMBER_COLUMNS, rows.members());
  progress(0.55);
  await writeSheet(workbook, ctx, SHEETS.branchTags, BRANCH_TAG_COLUMNS, rows.branchTags());
  progress(0.75);
  const scores = await rows.scores();
  await writeSheet(workbook, ctx, SHEETS.scores, scoreColumns(scores[0]?.result), [scores]);
  await writeGaps(workbook, ctx, document);
  await workbook.commit();
  // The writer ends the stream after the zip's last bytes; wait for them to be collected.
  await finished(stream);
  progress(1);
  return new Uint8Array(Buffer.concat(chunks));
}

export const renderXlsx: Renderer = (input, progress) =>
  writeDatasetWorkbook(
    input,
    graphDatasetRows(input.context.server, input.context.scope, input.context.language),
    progress,
  );
