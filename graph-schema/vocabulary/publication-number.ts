/**
 * Publication numbers as the graph keys them: office + number + kind code, upper-case, no
 * separators (`CN112345678A`, `US20190123456A1`, `USD533981S1`, `WO2001012345A1`). Ingest reaches
 * this form from every exporter's spelling (ingest/normalise/numbers.ts, which also applies each
 * office's own canonical form); the API reaches it from what a user types with the compaction below.
 */
import { z } from 'zod';
import { toHalfWidth } from './text-forms';

/** A two-letter office (jurisdiction) code: CN, US, EP, WO … */
export const OFFICE_CODE = /^[A-Z]{2}$/;
/** Office, an optional series prefix (D, RE, PP, H …), a digit, then digits and letters (number + kind). */
export const PUBLICATION_ID = /^[A-Z]{2}[A-Z]{0,2}\d[0-9A-Z]*$/;

export const OfficeCode = z.string().regex(OFFICE_CODE, 'expected a two-letter office code such as CN');
export const PublicationId = z
  .string()
  .regex(PUBLICATION_ID, 'expected a publication number such as CN112345678A');

/** Width folded (ＣＮ１２ → CN12), upper-case, spaces and separators (- _ , . /) removed. */
export function compactPublicationNumber(text: string): string {
  return toHalfWidth(text)
    .toUpperCase()
    .replace(/[\s\-_,./]/g, '');
}

export const isPublicationId = (text: string): boolean => PUBLICATION_ID.test(text);
