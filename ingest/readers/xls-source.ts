/**
 * Rows of the first worksheet of an old binary Excel workbook (`.xls`, BIFF8 inside an OLE2
 * compound file), as WIPO PATENTSCOPE and older CNIPA/CNIPR tools export them. Read with
 * `@e965/xlsx` (the maintained SheetJS build). BIFF8 has no streaming reader: the workbook is
 * parsed from one buffer, so the file size is checked first (XLS_MAX_BYTES) and only the first
 * sheet is parsed. Row numbers are the sheet's 1-based row numbers, as Excel shows them.
 */
import { readFile, stat } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { IngestFileErrorCode } from '@graph-schema/dto/ingest-problems';
import type { TableRow } from './table-source';

/**
 * Largest .xls read. A BIFF8 sheet holds at most 65,536 rows (PATENTSCOPE downloads at most
 * 10,000 records), so real exports stay well below it; the parsed workbook takes several times the
 * file size in memory, which is why this is tighter than the upload limit (`PATNAV_UPLOAD_MAX_MB`, server/config.ts).
 */
export const XLS_MAX_BYTES = 100 * 1024 * 1024;

/** The first 8 bytes of every OLE2 compound file (.xls, but also .doc, .ppt, .msg). */
export const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export class XlsFileError extends Error {
  constructor(
    readonly code: IngestFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsFileError';
  }
}

export function isOle2(head: Buffer): boolean {
  return head.subarray(0, OLE2_SIGNATURE.length).equals(OLE2_SIGNATURE);
}

/**
 * Why an OLE2 file is not a readable workbook, or undefined when it is one: a Word or PowerPoint
 * file has no `Workbook` (BIFF8) or `Book` (BIFF5) stream, an encrypted one an `EncryptionInfo`.
 */
function notAWorkbook(buffer: Buffer): string | undefined {
  let container: unknown;
  try {
    container = XLSX.CFB.read(buffer, { type: 'buffer' });
  } catch (error) {
    return `a damaged OLE2 compound file (${error instanceof Error ? error.message : String(error)})`;
  }
  if (XLSX.CFB.find(container, 'EncryptionInfo')) return 'a password-protected Excel file';
  if (XLSX.CFB.find(container, 'Workbook') || XLSX.CFB.find(container, 'Book')) return undefined;
  return 'an OLE2 compound file with no Excel workbook in it (a Word .doc, PowerPoint .ppt or Outlook .msg?)';
}

async function readWorkbook(filePath: string, sheetRows?: number): Promise<XLSX.WorkSheet> {
  const { size } = await stat(filePath);
  if (size > XLS_MAX_BYTES) {
    throw new XlsFileError(
      'XLS_TOO_LARGE',
      `${filePath}: ${size} bytes is more than the ${XLS_MAX_BYTES} bytes read from an old binary .xls (it is parsed in memory); save it as .xlsx or .csv, or split it`,
    );
  }
  const buffer = await readFile(filePath);
  const problem = notAWorkbook(buffer);
  if (problem) throw new XlsFileError('XLS_NOT_A_WORKBOOK', `${filePath}: ${problem}`);
  // Values only: formulas, styles and HTML are not needed and cost memory.
  const workbook = XLSX.read(buffer, {
    type: 'buffer',
    sheets: 0,
    dense: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    ...(sheetRows ? { sheetRows } : {}),
  });
  const first = workbook.SheetNames[0];
  const sheet = first === undefined ? undefined : workbook.Sheets[first];
  if (!sheet) throw new XlsFileError('XLS_NOT_A_WORKBOOK', `${filePath}: the workbook has no worksheet`);
  return sheet;
}

/** Cell → text as the XLSX path gives it: numbers (and so date serials, which parseDate reads) as digits. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Rows of the first sheet; `sheetRows` stops after that many (sniffing reads the header only). */
export async function* readXlsRows(filePath: string, sheetRows?: number): AsyncGenerator<TableRow> {
  const sheet = await readWorkbook(filePath, sheetRows);
  const firstRow = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']).s.r : 0;
  // blankrows keeps positions aligned with sheet rows, so index + first row is the row number.
  const rows: unknown[][] = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true, blankrows: true });
  for (const [index, cells] of rows.entries()) {
    yield { line: firstRow + index + 1, cells: Array.from(cells, cellText) };
  }
}
