/**
 * Excel export of a table with exceljs. exceljs is large (~1 MB), so it is loaded with a dynamic
 * import on the first click only; `tableToXlsx` takes the loaded module so node tests can pass it in.
 */
import type { Workbook as ExcelWorkbook } from 'exceljs';
import type { CsvCell } from './csv';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetTable {
  /** Sheet tab name; cleaned with `sheetName`. */
  name: string;
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** The part of the exceljs module used here. */
export interface ExcelModule {
  Workbook: new () => ExcelWorkbook;
}

/** Excel's rules for tab names: at most 31 characters, none of : \ / ? * [ ], not blank. */
export function sheetName(title: string): string {
  const cleaned = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/**
 * One sheet: a bold, frozen header row, then the rows with numbers kept as numbers. Text is written
 * as text cells, never as formulas, so the CSV formula-injection guard is not needed here.
 */
export async function tableToXlsx(excel: ExcelModule, table: SheetTable): Promise<ArrayBuffer> {
  const workbook = new excel.Workbook();
  workbook.creator = 'PatNav';
  addTableSheet(workbook, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

/** Adds one table as a sheet (bold frozen header, widths from the longest cell) to a workbook. */
export function addTableSheet(workbook: ExcelWorkbook, table: SheetTable): void {
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
  table.columns.forEach((column, index) => {
    // A loop, not Math.max(...rows): a whole-list export has tens of thousands of rows.
    let longest = column.length;
    for (const row of table.rows) longest = Math.max(longest, String(row[index] ?? '').length);
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}

/** exceljs's browser build is CommonJS; depending on the bundler its API sits on the namespace or on `default`. */
export async function loadExcel(): Promise<ExcelModule> {
  const module: Partial<ExcelModule> & { default?: ExcelModule } = await import('exceljs');
  const excel = module.Workbook ? (module as ExcelModule) : module.default;
  if (!excel?.Workbook) throw new Error('the Excel exporter could not be loaded');
  return excel;
}

export async function xlsxBlob(table: SheetTable): Promise<Blob> {
  const bytes = await tableToXlsx(await loadExcel(), table);
  return new Blob([bytes], { type: XLSX_MIME });
}
