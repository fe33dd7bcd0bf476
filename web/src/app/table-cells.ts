/**
 * A table cell as a pin stores it (PinSnapshot in graph-schema/dto/report.ts): a number where the
 * text is a plain number as the page formats it (thousands separators, a leading minus), otherwise
 * the text itself; empty cells are null. Pure, so the report gets numbers it can right-align and sum.
 */
export type SnapshotCell = string | number | null;

const PLAIN_NUMBER = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

export function snapshotCell(text: string): SnapshotCell {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return null;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed.replaceAll(',', ''));
  return trimmed;
}

/** The contract's limits: at most 50 columns of 200 characters and 1000 rows. */
export const SNAPSHOT_LIMITS = { columns: 50, columnLabel: 200, rows: 1000 } as const;
