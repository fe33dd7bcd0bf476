/** Small text helpers shared by the normalisers and readers. */
import type { IngestRejectionCode } from '@graph-schema/dto/ingest-problems';

// Width and Han detection are part of how graph keys are formed, so they live with the keys.
export { hasHan, toHalfWidth } from '@graph-schema/vocabulary/text-forms';

/** Placeholders exporters write into empty cells. */
const EMPTY_PLACEHOLDERS = new Set(['', '-', '--', 'n/a', 'na', 'null', 'none', '无', '暂无']);

/** A trimmed value longer than this is no placeholder (lower-casing never shortens a string). */
const LONGEST_PLACEHOLDER = Math.max(...[...EMPTY_PLACEHOLDERS].map((placeholder) => placeholder.length));

export function isBlank(value: string | undefined | null): value is undefined | null | '' {
  if (value === undefined || value === null) return true;
  const trimmed = value.trim();
  // Lower-casing a whole abstract or claim to compare it with `none` cost more than the rest.
  return trimmed.length <= LONGEST_PLACEHOLDER && EMPTY_PLACEHOLDERS.has(trimmed.toLowerCase());
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
