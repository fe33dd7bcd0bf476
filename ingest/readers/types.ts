/** What every reader receives and yields. */
import type { IngestRejectionCode } from '@graph-schema/dto/ingest-problems';
import type { BytesReadListener } from '../encoding';
import type { AliasTable } from '../normalise/aliases';
import type { ReadResult, SourceRef } from '../record';

export interface ReaderContext {
  filePath: string;
  /** The format id written into every SourceRef. */
  format: string;
  aliases?: AliasTable;
  onBytes?: BytesReadListener;
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
