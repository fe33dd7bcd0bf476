/**
 * Preset positions of the chain panorama. Pure. Segments stand left to right in chain order
 * (上游 → 中游 → 下游); each segment's branch tree is stacked below it depth-first, indented by
 * level. A long segment wraps into several sub-columns, breaking only between level-1 subtrees, at
 * the column height whose overall shape is closest to the map's (a single tall column would be
 * fitted so small that no label can be read). The chain node sits centred above. A fixed grid, not
 * a force layout: the reading order of the chain is the information and must not change between loads.
 */

export interface PanoramaShape {
  chain: { id: string };
  segments: readonly {
    id: string;
    order: number;
    branches: readonly { id: string; level: number }[];
  }[];
}

export interface Point {
  x: number;
  y: number;
}

/** Column width leaves room for a label right of each node (panorama-styles: text-max-width). */
export const PANORAMA_GRID = {
  columnWidth: 280,
  segmentGap: 60,
  rowHeight: 46,
  indent: 24,
  chainAbove: 110,
  /** Width / height the layout aims for: about that of the map area beside the legend and details. */
  aspect: 1.3,
} as const;

/** Node ids shared by elements.ts and the tests (same scheme as the server's panorama map). */
export const chainNodeId = (id: string) => `chain:${id}`;
export const segmentNodeId = (id: string) => `segment:${id}`;
export const branchNodeId = (id: string) => `branch:${id}`;

type Branch = PanoramaShape['segments'][number]['branches'][number];

/** Consecutive runs that start at each level-1 branch: a subtree is never split across columns. */
export function levelOneBlocks(branches: readonly Branch[]): Branch[][] {
  const blocks: Branch[][] = [];
  for (const branch of branches) {
    const last = blocks[blocks.length - 1];
    if (branch.level <= 1 || !last) blocks.push([branch]);
    else last.push(branch);
  }
  return blocks;
}

/** Greedy packing of blocks into columns of at most `rows` rows (a bigger block gets its own column). */
export function packColumns(blocks: readonly Branch[][], rows: number): Branch[][] {
  const columns: Branch[][] = [[]];
  for (const block of blocks) {
    const current = columns[columns.length - 1]!;
    if (current.length > 0 && current.length + block.length > rows) columns.push([...block]);
    else current.push(...block);
  }
  return columns;
}

/** The column height (in rows) whose whole layout is closest in shape to PANORAMA_GRID.aspect. */
export function chooseRowsPerColumn(segments: readonly (readonly Branch[][])[]): number {
  const { columnWidth, segmentGap, rowHeight, chainAbove, aspect } = PANORAMA_GRID;
  const tallest = Math.max(1, ...segments.map((blocks) => blocks.reduce((n, b) => n + b.length, 0)));
  // Below the largest subtree a column would overflow anyway: start there.
  const largestBlock = Math.max(1, ...segments.flatMap((blocks) => blocks.map((block) => block.length)));
  let best = { rows: tallest, distance: Number.POSITIVE_INFINITY };
  for (let rows = largestBlock; rows <= tallest; rows++) {
    const packed = segments.map((blocks) => packColumns(blocks, rows));
    const columns = packed.reduce((n, c) => n + c.length, 0);
    const height = Math.max(...packed.flatMap((c) => c.map((col) => col.length))) * rowHeight + chainAbove;
    const width = columns * columnWidth + (segments.length - 1) * segmentGap;
    const distance = Math.abs(Math.log(width / Math.max(rowHeight, height) / aspect));
    if (distance < best.distance) best = { rows, distance };
  }
  return best.rows;
}

export function panoramaPositions(panorama: PanoramaShape): Map<string, Point> {
  const { columnWidth, segmentGap, rowHeight, indent, chainAbove } = PANORAMA_GRID;
  const positions = new Map<string, Point>();
  const segments = [...panorama.segments].sort((a, b) => a.order - b.order);
  const blocks = segments.map((segment) => levelOneBlocks(segment.branches));
  const rows = chooseRowsPerColumn(blocks);
  let x = 0;
  let lastColumnX = 0;
  segments.forEach((segment, i) => {
    positions.set(segmentNodeId(segment.id), { x, y: 0 });
    for (const column of packColumns(blocks[i]!, rows)) {
      column.forEach((branch, row) => {
        const depth = Math.max(1, branch.level) - 1;
        positions.set(branchNodeId(branch.id), { x: x + depth * indent + indent, y: (row + 1) * rowHeight });
      });
      lastColumnX = x;
      x += columnWidth;
    }
    x += segmentGap;
  });
  positions.set(chainNodeId(panorama.chain.id), { x: lastColumnX / 2, y: -chainAbove });
  return positions;
}
