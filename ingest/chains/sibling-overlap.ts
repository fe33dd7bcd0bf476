/**
 * Sibling-overlap warnings: a technology decomposition table wants branches under one parent to be
 * mutually exclusive, but rules cannot enforce it. A record tagged with two leaves of one segment
 * overlaps at the level where their lineages part: those two branches are siblings under the
 * last common ancestor (or under the segment when they part at level 1).
 */
import type { ChainIndex } from '@graph-schema/chains/chain-tree';
import type { TaggedRecord } from './sample';

export interface SiblingOverlap {
  chainId: string;
  /** The common parent: a branch id, or the segment id when the siblings are level-1 branches. */
  parentId: string;
  branchIds: [string, string];
  records: number;
  /** A few publication ids to open when reviewing the two rules. */
  examples: string[];
}

const EXAMPLES_PER_OVERLAP = 3;

export function findSiblingOverlaps(
  tagged: readonly TaggedRecord[],
  indexes: readonly ChainIndex[],
): SiblingOverlap[] {
  const overlaps = new Map<string, SiblingOverlap>();
  const indexById = new Map(indexes.map((index) => [index.chain.id, index]));
  for (const record of tagged) {
    const seen = new Set<string>();
    for (const [first, second] of pairs(record.tags)) {
      if (first.chainId !== second.chainId || first.segmentId !== second.segmentId) continue;
      const index = indexById.get(first.chainId);
      const overlap = index && divergence(index, first.branchId, second.branchId, first.segmentId);
      if (!overlap) continue;
      const key = [first.chainId, overlap.parentId, ...overlap.branchIds].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = overlaps.get(key) ?? { chainId: first.chainId, ...overlap, records: 0, examples: [] };
      entry.records++;
      if (entry.examples.length < EXAMPLES_PER_OVERLAP) entry.examples.push(record.publicationId);
      overlaps.set(key, entry);
    }
  }
  return [...overlaps.values()].sort((a, b) => b.records - a.records);
}

function divergence(
  index: ChainIndex,
  firstLeaf: string,
  secondLeaf: string,
  segmentId: string,
): Pick<SiblingOverlap, 'parentId' | 'branchIds'> | undefined {
  const first = index.branches.get(firstLeaf)?.lineage ?? [];
  const second = index.branches.get(secondLeaf)?.lineage ?? [];
  let depth = 0;
  while (depth < first.length && first[depth] === second[depth]) depth++;
  const a = first[depth];
  const b = second[depth];
  if (a === undefined || b === undefined) return undefined;
  const parentId = depth === 0 ? segmentId : (first[depth - 1] as string);
  return { parentId, branchIds: a < b ? [a, b] : [b, a] };
}

function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) yield [items[i] as T, items[j] as T];
  }
}
