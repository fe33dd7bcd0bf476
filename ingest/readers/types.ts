/** What every reader receives and yields. */
import type { IngestRejectionCode } from '@graph-schema/dto/ingest-problems';
import type { BytesReadListener, DecodeStats, TextEncoding } from '../encoding';
import type { FormatId } from '../formats';
import type { AliasTable } from '../normalise/aliases';
import type { ReadResult, RecordWarning, SourceRef } from '../record';

/** A warning about the file as a whole (its encoding, its columns), located at a line. */
export interface FileWarning extends RecordWarning {
  line: number;
  /** The format the file is read as. */
  format: string;
}
export type FileWarningListener = (warning: FileWarning) => void;

export interface ReaderContext {
  filePath: string;
  /** The format id written into every SourceRef. */
  format: string;
  aliases?: AliasTable;
  onBytes?: BytesReadListener;
  onFileWarning?: FileWarningListener;
  /** Set when the user forced the format: the reader then checks the header fits it. */
  forced?: { sniffed?: FormatId };
}

/** Reports the replacement characters decoding produced, once per file. */
export function reportReplacements(context: ReaderContext, stats: DecodeStats, encoding: TextEncoding): void {
  if (stats.replacements === 0) return;
  context.onFileWarning?.({
    code: 'REPLACEMENT_CHARACTERS',
    message: `${stats.replacements} replacement character${stats.replacements === 1 ? '' : 's'} (U+FFFD) decoding as ${encoding}, first on line ${stats.firstReplacementLine}: bytes not valid in this encoding, names and titles are damaged; re-read with --encoding`,
    line: stats.firstReplacementLine ?? 1,
    format: context.format,
  });
}

export type Reader = (context: ReaderContext) => AsyncGenerator<ReadResult>;

/** At most this many characters of raw input go into a rejection excerpt. */
const EXCERPT_LENGTH = 200;

export function excerptOf(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

export function rejection(
  source: SourceRef,
  code: IngestRejectionCode,
  message: string,
  field?: string,
  raw?: string,
): ReadResult {
  const rejected: ReadResult & { ok: false } = { ok: false, rejected: { source, code, message } };
  if (field) rejected.rejected.field = field;
  if (raw !== undefined) rejected.rejected.excerpt = excerptOf(raw);
  return rejected;
}
