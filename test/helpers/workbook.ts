/** Reading a downloaded XLSX back in tests (exceljs), as plain values. */
import ExcelJS from 'exceljs';

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every row of a sheet as plain values (row 1 = the header). */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** An About (说明) sheet's label → value pairs, in order. */
export function aboutLines(sheet: ExcelJS.Worksheet): [unknown, unknown][] {
  return sheetRows(sheet)
    .slice(1)
    .map((row) => [row[0], row[1]]);
}
