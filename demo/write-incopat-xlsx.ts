/**
 * The CN members as an incoPat-style XLSX (Chinese headers, one row per CN application), written
 * with exceljs's streaming WorkbookWriter: rows are committed as they come and never kept.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { INCOPAT_COLUMNS } from './incopat-columns';
import type { DemoPatent } from './types';
import { fixZipTimestamps } from './zip-timestamps';

/** Rows between pauses that let the zip stream drain to disk (bounded memory). */
const ROWS_PER_PAUSE = 500;

export class IncopatXlsxWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private rows = 0;

  /** `exportedAt` stands in for the clock in the document properties and zip entries. */
  constructor(
    readonly path: string,
    private readonly exportedAt: Date,
  ) {
    // Shared strings would hold every distinct text in memory until the end: off.
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: false,
    });
    this.workbook.creator = 'PatNav demo generator (SYNTHETIC DEMO DATA)';
    this.workbook.lastModifiedBy = this.workbook.creator;
    this.workbook.created = exportedAt;
    this.workbook.modified = exportedAt;
    this.sheet = this.workbook.addWorksheet('Sheet1');
    this.sheet.columns = INCOPAT_COLUMNS.map((column) => ({
      header: column.header,
      key: column.header,
      width: column.width ?? 14,
      ...(column.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
  }

  async add(patent: DemoPatent): Promise<void> {
    this.rows += 1;
    this.sheet.addRow(INCOPAT_COLUMNS.map((column) => column.value(patent, this.rows))).commit();
    if (this.rows % ROWS_PER_PAUSE === 0) await nextTurn();
  }

  async close(): Promise<number> {
    this.sheet.commit();
    await this.workbook.commit();
    await fixZipTimestamps(this.path, this.exportedAt);
    return this.rows;
  }
}
