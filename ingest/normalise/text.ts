/** Small text helpers shared by the normalisers and readers. */
import type { IngestRejectionCode } from '@graph-schema/dto/ingest-problems';

// Width and Han detection are part of how graph keys are formed, so they live with the keys.
export { hasHan, toHalfWidth } from '@graph-schema/vocabulary/text-forms';

/** Placeholders exporters write into empty cells. */
const EMPTY_PLACEHOLDERS = new Set(['', '-', '--', 'n/a', 'na', 'null', 'none', '无', '暂无']);

export function isBlank(value: string | undefined | null): value is undefined | null | '' {
  return value === undefined || value === null || EMPTY_PLACEHOLDERS.has(value.trim().toLowerCase());
}

/** Splits a multi-value cell and drops empty parts and placeholders. */
export function splitMultiValue(value: string | undefined, separator: RegExp): string[] {
  if (isBlank(value)) return [];
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => !isBlank(part));
}

/** Collapses runs of whitespace (including line breaks inside cells) to one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A value that could not be normalised; readers turn it into a rejection with its code and field. */
export class InvalidFieldError extends Error {
  constructor(
    readonly code: IngestRejectionCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidFieldError';
  }
}
