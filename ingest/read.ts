/**
 * Entry point of the readers: detect the format by content (or take `--format`), then stream
 * `ReadResult`s — good records and rejections, in input order.
 */

import { describeEncodingChoice, type EncodingChoice, isGuess } from './detect-encoding';
import type { BytesReadListener, TextEncoding } from './encoding';
import type { FormatId } from './formats';
import type { AliasTable } from './normalise/aliases';
import { applyFieldLimits } from './normalise/field-limits';
import { applyOfficeRules } from './normalise/office-rules';
import { mapOpsDocument } from './readers/epo-ops';
import { readPatentsView } from './readers/patentsview';
import { readTable } from './readers/tabular';
import type { FileWarningListener, ReaderContext } from './readers/types';
import { mapUsptoDocument } from './readers/uspto-xml';
import { readXmlDocuments } from './readers/xml-reader';
import type { ReadResult } from './record';
import { type Sniffed, sniffFile, TABLE_LAYOUTS, unrecognised } from './sniff';

export { describeFormats, FORMAT_IDS, FORMATS, type FormatId, isFormatId } from './formats';
export { ForcedFormatError } from './readers/forced-format';
export type { FileWarning } from './readers/types';
export { XLS_MAX_BYTES, XlsFileError } from './readers/xls-source';
export { detectFormat, type Sniffed, UnrecognisedFormatError } from './sniff';

export interface ReadOptions {
  /** Forces a format (the CLI's `--format`); the container (CSV/XLSX/XLS/XML) is still detected. */
  format?: FormatId;
  /** Forces the text encoding (the CLI's `--encoding`) instead of detecting it. */
  encoding?: TextEncoding;
  aliases?: AliasTable;
  /** Running total of bytes read (text and XML formats), for progress and ETA. */
  onBytes?: BytesReadListener;
  /** The encoding a text file is decoded with and how it was chosen, once, before any record. */
  onEncoding?: (choice: EncodingChoice) => void;
  /** Warnings about the file as a whole: encoding guessed, replacement characters, columns. */
  onFileWarning?: FileWarningListener;
}

function readersFor(format: FormatId, sniffed: Sniffed, context: ReaderContext): AsyncGenerator<ReadResult> {
  const { container } = sniffed;
  if (format === 'patentsview') return readPatentsView(context);
  if (format === 'uspto-xml' || format === 'epo-ops-xml') {
    if (container.kind !== 'xml')
      throw new Error(`${context.filePath}: ${format} needs an XML file, found ${sniffed.seen}`);
    return readXmlDocuments(
      context,
      container.encoding,
      format === 'uspto-xml' ? mapUsptoDocument : mapOpsDocument,
    );
  }
  const table = TABLE_LAYOUTS.find((candidate) => candidate.format === format);
  if (!table || (container.kind !== 'delimited' && container.kind !== 'xlsx' && container.kind !== 'xls')) {
    throw new Error(
      `${context.filePath}: ${format} needs a CSV/TSV, XLSX or XLS file, found ${sniffed.seen}`,
    );
  }
  return readTable(context, table.layout, container);
}

function reportEncoding(choice: EncodingChoice, format: FormatId, options: ReadOptions): void {
  options.onEncoding?.(choice);
  if (!isGuess(choice)) return;
  options.onFileWarning?.({
    code: 'ENCODING_GUESSED',
    message: `decoded as ${describeEncodingChoice(choice)}: check names and titles, or re-read with --encoding`,
    line: 1,
    format,
  });
}

export async function* readPatentFile(
  filePath: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const sniffed = await sniffFile(filePath, options.encoding);
  const format = options.format ?? sniffed.format;
  if (!format) throw unrecognised(filePath, sniffed.seen);
  if (sniffed.encoding) reportEncoding(sniffed.encoding, format, options);
  const context: ReaderContext = {
    filePath,
    format,
    ...(options.format ? { forced: sniffed.format ? { sniffed: sniffed.format } : {} } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
    ...(options.onFileWarning ? { onFileWarning: options.onFileWarning } : {}),
  };
  for await (const result of readersFor(format, sniffed, context)) yield withRecordRules(result);
}

/**
 * Every reader's records get the field length limits (normalise/field-limits.ts: an over-long id
 * quarantines the record) and the office rules (normalise/office-rules.ts), with their warnings.
 */
function withRecordRules(result: ReadResult): ReadResult {
  if (!result.ok) return result;
  const limited = applyFieldLimits(result.record);
  if (!limited.ok) return { ok: false, rejected: limited.rejected };
  const warnings = [...(result.warnings ?? []), ...limited.warnings, ...applyOfficeRules(result.record)];
  return warnings.length > 0 ? { ...result, warnings } : result;
}
