/**
 * Report blocks (graph-schema/dto/report.ts ReportBlock) as Word content: headings in Word's
 * heading styles, bullet lists, tables whose header row repeats on every page, figures as PNG with
 * the caption lines below, pins with the analyst's comment in its own style, empty parts as a note.
 */
import type { FigureCaption, ReportBlock } from '@graph-schema/dto/report';
import {
  AlignmentType,
  Bookmark,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { rasterise } from './raster';

export type DocxChild = Paragraph | Table;

/** Widest a figure may be on A4 with 2 cm margins, in CSS pixels (17 cm at 96 dpi). */
const MAX_FIGURE_WIDTH = 642;

type Cell = string | number | null;

/**
 * The Word bookmark of a table's stable id (ReportBlock table.id): Word accepts letters, digits and
 * underscores, starting with a letter, so `core-patents` becomes `table_core_patents`. Readers of the
 * DOCX (and cross-references an editor adds) find a table by it.
 */
export const tableBookmark = (id: string): string => `table_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);

function cellParagraph(value: Cell, numeric: boolean, header: boolean): Paragraph {
  return new Paragraph({
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: 0 },
    children: [new TextRun({ text: value === null ? '' : String(value), bold: header })],
  });
}

/** A table whose first row is the header (repeated at page breaks, never split). */
export function docxTable(
  columns: { label: string; numeric: boolean }[],
  rows: Cell[][],
  emphasisRows: readonly number[] = [],
): Table {
  const emphasis = new Set(emphasisRows);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column) =>
        new TableCell({
          shading: { type: 'clear', fill: 'DCE6F2', color: 'auto' },
          children: [cellParagraph(column.label, column.numeric, true)],
        }),
    ),
  });
  const body = rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (column, index) =>
            new TableCell({
              children: [cellParagraph(row[index] ?? null, column.numeric, emphasis.has(rowIndex))],
            }),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

function figureParagraph(svg: string): Paragraph {
  const raster = rasterise(svg);
  const scale = Math.min(1, MAX_FIGURE_WIDTH / raster.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: raster.png,
        transformation: {
          width: Math.round(raster.width * scale),
          height: Math.round(raster.height * scale),
        },
      }),
    ],
  });
}

export function captionLines(caption: FigureCaption): string[] {
  return [caption.title, caption.scope, caption.dateBasis, caption.source, caption.asOf, ...caption.legend];
}

const captionParagraph = (text: string, bold = false): Paragraph =>
  new Paragraph({ style: 'Caption', children: [new TextRun({ text, bold })] });

function pinContent(block: Extract<ReportBlock, { kind: 'pin' }>): DocxChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(block.title)] }),
    ...(block.svg ? [figureParagraph(block.svg)] : []),
    ...(block.table
      ? [
          docxTable(
            block.table.columns.map((label) => ({ label, numeric: false })),
            block.table.rows,
          ),
        ]
      : []),
    ...(block.comment.trim().length > 0 ? [new Paragraph({ style: 'PinComment', text: block.comment })] : []),
    captionParagraph(block.provenance),
  ];
}

export function blockContent(block: ReportBlock): DocxChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
      );
    case 'table':
      return [
        new Paragraph({
          style: 'Caption',
          keepNext: true,
          children: [
            new Bookmark({
              id: tableBookmark(block.id),
              children: [new TextRun({ text: block.caption, bold: true })],
            }),
          ],
        }),
        docxTable(block.columns, block.rows, block.emphasisRows),
        ...(block.note ? [captionParagraph(block.note)] : []),
      ];
    case 'figure':
      return [
        figureParagraph(block.svg),
        ...captionLines(block.caption).map((line, index) => captionParagraph(line, index === 0)),
      ];
    case 'pin':
      return pinContent(block);
    case 'empty':
      return [new Paragraph({ style: 'EmptyNote', children: [new TextRun(block.text)] })];
  }
}
