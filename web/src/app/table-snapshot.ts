/**
 * The table a pin carries: the first visible table of the view, as its header row and the body rows
 * on screen (capped by the contract). Reads the DOM: every view's tables are plain <table> elements.
 */
import { SNAPSHOT_LIMITS, type SnapshotCell, snapshotCell } from './table-cells';

export interface TableSnapshot {
  columns: string[];
  rows: SnapshotCell[][];
}

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

function cellTexts(row: Element): string[] {
  return [...row.children].map((cell) => cell.textContent ?? '');
}

export function visibleTable(root: Element): TableSnapshot | null {
  const table = [...root.querySelectorAll<HTMLTableElement>('table')].find(visible);
  if (table === undefined) return null;
  const headerRow = table.tHead?.rows[0] ?? table.rows[0];
  if (headerRow === undefined) return null;
  const columns = cellTexts(headerRow)
    .slice(0, SNAPSHOT_LIMITS.columns)
    .map((text, i) => text.trim().slice(0, SNAPSHOT_LIMITS.columnLabel) || `#${i + 1}`);
  const bodyRows = [...table.rows].filter(
    (row) => row !== headerRow && row.parentElement?.tagName !== 'THEAD',
  );
  const rows = bodyRows
    .filter(visible)
    .slice(0, SNAPSHOT_LIMITS.rows)
    .map((row) => cellTexts(row).slice(0, columns.length).map(snapshotCell));
  return columns.length === 0 ? null : { columns, rows };
}
