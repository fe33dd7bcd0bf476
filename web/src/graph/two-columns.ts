/**
 * The two-column layout of a bipartite map (applicants left → classes or branches right), pure.
 * Every row has the same pitch (the biggest node plus a gap), so no two nodes touch and, since the
 * map is fitted to its height, a label (drawn beside its node, sized for the screen by label-fit.ts)
 * is never taller than its row. Applicants stand by size; each right-hand node at the mean rank of
 * the applicants it links to (the barycentre heuristic), so links cross as little as a simple
 * ordering allows. The shorter column is spread over the height of the longer one.
 */

export interface ColumnNode {
  id: string;
  /** Left column (applicants); false = right column. */
  left: boolean;
  size: number;
  /** Ids of the linked nodes (in the other column). */
  neighbours: readonly string[];
}

export interface Position {
  x: number;
  y: number;
}

export const TWO_COLUMNS = {
  /** Empty space between two nodes of a column, model units. */
  rowGap: 10,
  /** The columns stand this share of the column height apart (at least minGap). */
  gapShare: 0.55,
  minGap: 320,
} as const;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Left column order: biggest first (ties by id, so the same data gives the same picture). */
function leftOrder(nodes: readonly ColumnNode[]): ColumnNode[] {
  return nodes.filter((node) => node.left).sort((a, b) => b.size - a.size || byId(a, b));
}

/** Right column order: by the mean row of the linked left nodes, unlinked ones last by size. */
function rightOrder(nodes: readonly ColumnNode[], leftRank: ReadonlyMap<string, number>): ColumnNode[] {
  const centre = (node: ColumnNode): number => {
    const ranks = node.neighbours.flatMap((id) => {
      const rank = leftRank.get(id);
      return rank === undefined ? [] : [rank];
    });
    return ranks.length > 0 ? ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length : Infinity;
  };
  const keyed = nodes.filter((node) => !node.left).map((node) => ({ node, centre: centre(node) }));
  keyed.sort((a, b) => a.centre - b.centre || b.node.size - a.node.size || byId(a.node, b.node));
  return keyed.map((entry) => entry.node);
}

/** Rows of one column spread evenly over `height`, centred on y = height / 2. */
function stack(column: readonly ColumnNode[], x: number, height: number, out: Map<string, Position>): void {
  if (column.length === 1) {
    out.set(column[0]!.id, { x, y: height / 2 });
    return;
  }
  const pitch = height / (column.length - 1);
  column.forEach((node, row) => {
    out.set(node.id, { x, y: row * pitch });
  });
}

export interface TwoColumnLayout {
  positions: Map<string, Position>;
  /** x of the left and right column (for their headers). */
  columns: { left: number; right: number };
}

export function twoColumnLayout(nodes: readonly ColumnNode[]): TwoColumnLayout {
  const left = leftOrder(nodes);
  const leftRank = new Map(left.map((node, rank) => [node.id, rank]));
  const right = rightOrder(nodes, leftRank);
  const pitch = Math.max(0, ...nodes.map((node) => node.size)) + TWO_COLUMNS.rowGap;
  const height = Math.max(0, Math.max(left.length, right.length) - 1) * pitch;
  const gap = Math.max(TWO_COLUMNS.minGap, Math.round(height * TWO_COLUMNS.gapShare));
  const positions = new Map<string, Position>();
  stack(left, 0, height, positions);
  stack(right, gap, height, positions);
  return { positions, columns: { left: 0, right: gap } };
}
