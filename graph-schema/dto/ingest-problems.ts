/**
 * Why the ingest rejected a record or dropped a value: closed code lists, shared by the ingest (which
 * sets them), the quarantine file and the run summaries of the CLI and the upload API (which count
 * them by code). Every problem also carries the English `message` naming the value, and where it is.
 */
import { z } from 'zod';

/** A record rejected as a whole: counted, written to the quarantine file, never loaded. */
export const INGEST_REJECTION_CODES = [
  /** The row or document names no publication (the key of every record). */
  'MISSING_PUBLICATION_NUMBER',
  /** The publication number cannot be read as office + number + kind code. */
  'BAD_PUBLICATION_NUMBER',
  /** The publication appeared on an earlier line of the same file (the message names the line). */
  'DUPLICATE_PUBLICATION',
  /** The application number cannot be read. */
  'BAD_APPLICATION_NUMBER',
  'BAD_PUBLICATION_DATE',
  'BAD_APPLICATION_DATE',
  /** The earliest priority date or a listed priority date. */
  'BAD_PRIORITY_DATE',
  'BAD_GRANT_DATE',
  /** Any other date (an XML `<document-id>` or legal-event date); `field` names it. */
  'BAD_DATE',
  /** A count column (claims, citations, family size, transfers …) holds no whole number. */
  'BAD_COUNT',
  /** The CSV/TSV parser could not split the row into cells (unbalanced quotes …). */
  'UNREADABLE_ROW',
  /** Non-empty cells beyond the header's columns: the text of one field spilled into the next. */
  'ROW_SPILLED_COLUMNS',
  /** Fewer cells than the header has columns. */
  'ROW_TOO_SHORT',
  /** An XML document that does not parse. */
  'UNPARSEABLE_XML',
  /** An XML document longer than the size parsed (ingest/readers/xml-documents.ts, XML_DOCUMENT_MAX_CHARS). */
  'XML_DOCUMENT_TOO_LARGE',
  /** An XML document with no patent data the reader maps (no bibliographic data, no document in an OPS response). */
  'NO_PATENT_DATA',
  /** A record the reader built that fails the canonical record schema. */
  'INVALID_RECORD',
  /** An identifier (publication, application, family id) over its length limit (ingest/normalise/field-limits.ts). */
  'FIELD_TOO_LONG',
] as const;
export const IngestRejectionCode = z.enum(INGEST_REJECTION_CODES);
export type IngestRejectionCode = z.infer<typeof IngestRejectionCode>;

/** A value left out of a record that is loaded anyway (the record keeps everything else). */
export const INGEST_WARNING_CODES = [
  /** A priority number that cannot be read. */
  'BAD_PRIORITY_NUMBER',
  /** A cited or citing publication number that cannot be read. */
  'BAD_CITATION_NUMBER',
  /** A non-patent citation (`<nplcit>`) with no text: nothing to keep or count. */
  'BAD_NPL_CITATION',
  /** A non-patent citation text longer than the stored bound, kept shortened (the message gives both lengths). */
  'NPL_CITATION_SHORTENED',
  /** More non-patent citations than the stored bound: all counted, the texts beyond it not stored. */
  'NPL_CITATIONS_CUT',
  /** A family member's publication number that cannot be read. */
  'BAD_FAMILY_MEMBER_NUMBER',
  /** An IPC or CPC symbol that cannot be parsed. */
  'BAD_CLASSIFICATION_SYMBOL',
  /** An office code (publication, application or priority) that WIPO ST.3 does not list (graph-schema/vocabulary/office-codes.ts). */
  'UNKNOWN_OFFICE_CODE',
  /** The XML parser recovered from an error (an undefined entity …) and the document was still mapped. */
  'XML_RECOVERED',
  /**
   * File-level: decoding produced U+FFFD replacement characters (bytes invalid in the encoding used);
   * the message gives the count, the encoding and the first line. Names and titles are damaged.
   */
  'REPLACEMENT_CHARACTERS',
  /** File-level: the encoding came from a weak detector answer or the fallback; check the names. */
  'ENCODING_GUESSED',
  /** File-level, with `--format`: header columns the forced format does not read (listed). */
  'UNMAPPED_COLUMNS',
  /** File-level, with `--format`: the content looks like another format (named in the message). */
  'FORCED_FORMAT_DIFFERS',
  /**
   * File-level (PatentsView): a row of a side table (g_foreign_priority, g_us_rel_doc …) that cannot
   * be read; the message names the table and line. What it held is missing from its patent.
   */
  'SIDE_TABLE_ROW_UNREADABLE',
  /** A text over its length limit (ingest/normalise/field-limits.ts), kept shortened: the message gives both lengths. */
  'FIELD_TRUNCATED',
  /** A code over its length limit (a class symbol, an event code), left out: a cut code would be another code. */
  'FIELD_VALUE_DROPPED',
] as const;
export const IngestWarningCode = z.enum(INGEST_WARNING_CODES);
export type IngestWarningCode = z.infer<typeof IngestWarningCode>;

/** Why a whole file was refused before any of its records was read (the error's `code`). */
export const INGEST_FILE_ERROR_CODES = [
  /** `--format` names a table format whose core columns (applicants, priorities, classes …) the header lacks. */
  'FORCED_FORMAT_COLUMNS_MISSING',
  /** An old binary `.xls` over the size read in memory (ingest/readers/xls-source.ts, XLS_MAX_BYTES). */
  'XLS_TOO_LARGE',
  /** An OLE2 compound file (the `.xls` container) holding no readable workbook: a `.doc`, encrypted, damaged. */
  'XLS_NOT_A_WORKBOOK',
  /**
   * An `.xlsx` over a reading limit (ingest/readers/xlsx-source.ts, XLSX_LIMITS): inflated size or
   * ratio (a zip bomb), shared strings, rows, columns or cell length; the message names the limit.
   */
  'XLSX_LIMIT_EXCEEDED',
  /** An `.xlsx` whose ZIP or XML cannot be read (cut short, damaged, no worksheet). */
  'XLSX_DAMAGED',
] as const;
export const IngestFileErrorCode = z.enum(INGEST_FILE_ERROR_CODES);
export type IngestFileErrorCode = z.infer<typeof IngestFileErrorCode>;

/** A rejection or warning as the quarantine file holds it, one JSON line each. */
export const QuarantineLine = z.object({
  kind: z.enum(['rejected', 'warning']),
  code: z.union([IngestRejectionCode, IngestWarningCode]),
  message: z.string(),
  file: z.string(),
  /** 1-based line (text formats), row (spreadsheets) or document index (XML bulk files). */
  line: z.number().int().nonnegative(),
  format: z.string(),
  field: z.string().nullable(),
  /** A short excerpt of the raw input (rejections only). */
  excerpt: z.string().nullable(),
});
export type QuarantineLine = z.infer<typeof QuarantineLine>;

/** Counts per code; codes that did not occur are absent. */
export const RejectionCounts = z.partialRecord(IngestRejectionCode, z.number().int());
export type RejectionCounts = z.infer<typeof RejectionCounts>;
export const WarningCounts = z.partialRecord(IngestWarningCode, z.number().int());
export type WarningCounts = z.infer<typeof WarningCounts>;
