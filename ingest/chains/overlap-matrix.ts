/**
 * The sibling-overlap matrix of one parent branch: for every pair of its children, how many
 * families carry both. A technology decomposition wants the diagonal only; the share
 * `both / min(a, b)` says how much of the smaller branch is also in the other, which is what an
 * analyst reads as "these two branches are the same patents".
 */
import type { ChainIndex } from '@graph-schema/chains/chain-tree';
import type { TaggedRecord } from './sample';

export interface OverlapMatrix {
  parentId: string;
  branchIds: string[];
  /** Families per child branch (any leaf below it counts). */
  families: number[];
  /** families[i] on the diagonal, families in both i and j elsewhere. */
  both: number[][];
  /** The largest both / min(families i, families j) over pairs with families; 0 when none. */
  maxShare: number;
}

export function siblingOverlapMatrix(
  tagged: readonly TaggedRecord[],
  index: ChainIndex,
  parentId: string,
): OverlapMatrix {
  const branchIds = index.children.get(parentId) ?? [];
  const familiesOf = branchIds.map(() => new Set<string>());
  for (const record of tagged) {
    for (const tag of record.tags) {
      const lineage = index.branches.get(tag.branchId)?.lineage ?? [];
      branchIds.forEach((id, position) => {
        if (lineage.includes(id)) familiesOf[position]?.add(record.familyKey);
      });
    }
  }
  const both = familiesOf.map((a) => familiesOf.map((b) => [...a].filter((family) => b.has(family)).length));
  const families = familiesOf.map((set) => set.size);
  return { parentId, branchIds, families, both, maxShare: maxShare(families, both) };
}

function maxShare(families: number[], both: number[][]): number {
  let max = 0;
  for (let i = 0; i < families.length; i++) {
    for (let j = i + 1; j < families.length; j++) {
      const smaller = Math.min(families[i] ?? 0, families[j] ?? 0);
      if (smaller > 0) max = Math.max(max, (both[i]?.[j] ?? 0) / smaller);
    }
  }
  return max;
}

/** The matrix as a Markdown table (decision notes, CLI output). */
export function formatOverlapMatrix(matrix: OverlapMatrix): string {
  const header = `| | ${matrix.branchIds.join(' | ')} |`;
  const rule = `|---|${matrix.branchIds.map(() => '---').join('|')}|`;
  const rows = matrix.branchIds.map((id, i) => `| ${id} | ${(matrix.both[i] ?? []).join(' | ')} |`);
  return [
    header,
    rule,
    ...rows,
    '',
    `largest pair overlap: ${(matrix.maxShare * 100).toFixed(1)} % of the smaller branch`,
  ].join('\n');
}
