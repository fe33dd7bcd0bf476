/**
 * CSV for spreadsheet users. Pure. UTF-8 with a byte-order mark and CRLF line ends, which is what
 * Excel needs to open Chinese text correctly by double-click (RFC 4180 quoting).
 */

export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * A text cell starting with = + - @ (or tab/CR) would be run as a formula by spreadsheet programs
 * (CSV injection); a leading apostrophe keeps it text. Numbers are never touched.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}
