/**
 * Format detection by content: the first KBs of the file (BOM, XML root element, `search URL:`
 * line, header cells), not the extension — exporters name files `export.csv`, `下载.xls`, `data.txt`.
 */
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { chooseEncoding, type EncodingChoice } from './detect-encoding';
import { decodeHead, readHead, type TextEncoding } from './encoding';
import { describeFormats, type FormatId } from './formats';
import { CNIPR_LAYOUT, isCniprHeader } from './readers/cnipr';
import { headerKey, type TableLayout } from './readers/columns';
import { GOOGLE_LAYOUT, isGoogleHeader, isGoogleSearchLine } from './readers/google';
import { INCOPAT_LAYOUT, isIncopatHeader } from './readers/incopat';
import { isLensHeader, LENS_LAYOUT } from './readers/lens';
import { isPatentscopeHeader, PATENTSCOPE_LAYOUT } from './readers/patentscope';
import { isPatentsViewDirectory, isPatentsViewHeader } from './readers/patentsview';
import {
  isPatsnapFamilyHeader,
  isPatsnapHeader,
  PATSNAP_FAMILY_LAYOUT,
  PATSNAP_LAYOUT,
} from './readers/patsnap';
import type { TableRow } from './readers/table-source';
import type { TableContainer } from './readers/tabular';
import { isOle2, readXlsRows, XlsFileError } from './readers/xls-source';
import { readXlsxRows } from './readers/xlsx-source';
import { xmlRootElement } from './readers/xml-documents';

export type Container = TableContainer | { kind: 'xml'; encoding: TextEncoding } | { kind: 'directory' };

export interface Sniffed {
  container: Container;
  /** Undefined when the content matched no known layout. */
  format?: FormatId;
  /** What was seen, for the error message: header cells or root element. */
  seen: string;
  /** How a text file's encoding was chosen (absent for XLSX/XLS and directories). */
  encoding?: EncodingChoice;
}

/** Layouts in the order they are tried: the most specific header sets first. */
export const TABLE_LAYOUTS: readonly {
  format: FormatId;
  layout: TableLayout;
  matches: (keys: ReadonlySet<string>) => boolean;
}[] = [
  { format: 'patsnap-family', layout: PATSNAP_FAMILY_LAYOUT, matches: isPatsnapFamilyHeader },
  { format: 'patentscope', layout: PATENTSCOPE_LAYOUT, matches: isPatentscopeHeader },
  { format: 'google', layout: GOOGLE_LAYOUT, matches: isGoogleHeader },
  { format: 'lens', layout: LENS_LAYOUT, matches: isLensHeader },
  { format: 'cnipr', layout: CNIPR_LAYOUT, matches: isCniprHeader },
  { format: 'patsnap', layout: PATSNAP_LAYOUT, matches: isPatsnapHeader },
  { format: 'incopat', layout: INCOPAT_LAYOUT, matches: isIncopatHeader },
];

export class UnrecognisedFormatError extends Error {
  constructor(filePath: string, seen: string, hint = '') {
    super(
      `${filePath}: unrecognised patent export (${seen}).${hint}\nSupported formats (use --format to force one):\n${describeFormats()}`,
    );
    this.name = 'UnrecognisedFormatError';
  }
}

function formatOfHeader(cells: readonly string[]): FormatId | undefined {
  const keys = new Set(cells.map(headerKey));
  if (isPatentsViewHeader(keys)) return 'patentsview';
  return TABLE_LAYOUTS.find((candidate) => candidate.matches(keys))?.format;
}

function seenCells(cells: readonly string[]): string {
  const named = cells.filter((cell) => cell.trim() !== '').slice(0, 8);
  return `first header cells: ${named.map((cell) => JSON.stringify(cell.trim())).join(', ')}`;
}

async function sniffXlsx(filePath: string): Promise<Sniffed> {
  let header: TableRow | undefined;
  for await (const row of readXlsxRows(filePath)) {
    header = row;
    break;
  }
  const cells = header?.cells ?? [];
  const format = formatOfHeader(cells);
  return { container: { kind: 'xlsx' }, seen: `XLSX, ${seenCells(cells)}`, ...(format ? { format } : {}) };
}

async function sniffXls(filePath: string): Promise<Sniffed> {
  let cells: string[] = [];
  try {
    for await (const row of readXlsRows(filePath, 1)) cells = row.cells;
  } catch (error) {
    // A .doc, an encrypted or damaged file: named as what it is, with the supported formats listed.
    if (error instanceof XlsFileError && error.code === 'XLS_NOT_A_WORKBOOK')
      throw new UnrecognisedFormatError(filePath, error.message.slice(filePath.length + 2));
    throw error;
  }
  const format = formatOfHeader(cells);
  return { container: { kind: 'xls' }, seen: `XLS, ${seenCells(cells)}`, ...(format ? { format } : {}) };
}

function sniffDelimited(text: string, encoding: TextEncoding): Sniffed {
  const lines = text.split(/\r\n|\n|\r/);
  const googleLine = isGoogleSearchLine(lines[0] ?? '');
  const headerLine = googleLine ? 2 : 1;
  const line = lines[headerLine - 1] ?? '';
  const counts = { '\t': line.split('\t').length, ',': line.split(',').length, ';': line.split(';').length };
  const delimiter = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as '\t' | ',' | ';';
  const cells = (parse(line, { delimiter, relax_quotes: true, relax_column_count: true })[0] ??
    []) as string[];
  const format = formatOfHeader(cells);
  const container: TableContainer = { kind: 'delimited', encoding, delimiter, headerLine };
  return { container, seen: seenCells(cells), ...(format ? { format } : {}) };
}

const ROOT_FORMATS: Record<string, FormatId> = {
  'us-patent-grant': 'uspto-xml',
  'us-patent-application': 'uspto-xml',
  'ops:world-patent-data': 'epo-ops-xml',
  'world-patent-data': 'epo-ops-xml',
  'exchange-documents': 'epo-ops-xml',
  'exchange-document': 'epo-ops-xml',
};

export async function sniffFile(filePath: string, override?: TextEncoding): Promise<Sniffed> {
  if ((await stat(filePath)).isDirectory()) {
    const found = await isPatentsViewDirectory(filePath);
    return {
      container: { kind: 'directory' },
      seen: 'a directory',
      ...(found ? { format: 'patentsview' as const } : {}),
    };
  }
  const head = await readHead(filePath);
  if (isOle2(head)) return sniffXls(filePath);
  if (head.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) {
    if (head.includes('xl/')) return sniffXlsx(filePath);
    throw new UnrecognisedFormatError(filePath, 'a zip archive', ' Unzip it and read the file inside.');
  }
  const choice = chooseEncoding(head, override);
  const { encoding } = choice;
  const text = decodeHead(head, encoding).replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('<')) {
    const root = xmlRootElement(text);
    const format = root ? ROOT_FORMATS[root] : undefined;
    return {
      container: { kind: 'xml', encoding },
      seen: `XML root element <${root ?? '?'}>`,
      encoding: choice,
      ...(format ? { format } : {}),
    };
  }
  return { ...sniffDelimited(text, encoding), encoding: choice };
}

/** The detected format and container; throws UnrecognisedFormatError listing what is supported. */
export async function detectFormat(filePath: string): Promise<Sniffed & { format: FormatId }> {
  const sniffed = await sniffFile(filePath);
  if (!sniffed.format) throw unrecognised(filePath, sniffed.seen);
  return { ...sniffed, format: sniffed.format };
}

/** The error for content no reader matches, naming known-but-unsupported formats. */
export function unrecognised(filePath: string, seen: string): UnrecognisedFormatError {
  return new UnrecognisedFormatError(filePath, seen, unsupportedHint(seen));
}

/** Known formats we deliberately do not read, named so the user knows why. */
function unsupportedHint(seen: string): string {
  if (seen.includes('<PATDOC>') || seen.includes('<PATDOC'))
    return ' This is USPTO grant XML v2.5 (2001–2004); only v4.x (2005+) is read.';
  if (seen.includes('<patent-application-publication>'))
    return ' This is USPTO application XML v1.x (2001–2004); only v4.x (2005+) is read.';
  return '';
}
