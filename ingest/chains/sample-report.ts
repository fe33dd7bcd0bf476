/**
 * Assembles the precision-check report (pure): the chain → segment → branch tree with counts,
 * the sample of each leaf branch and the sibling-overlap warnings, ready for JSON or text output.
 */

import type { BranchInfo, ChainIndex } from '@graph-schema/chains/chain-tree';
import type { SegmentKind } from '@graph-schema/vocabulary/chain-segment-kind';
import {
  type BranchSample,
  branchKey,
  type ChainCounts,
  type NodeCount,
  type SampleOptions,
  sampleByBranch,
  segmentKey,
  summariseTags,
  type TaggedRecord,
} from './sample';
import { findSiblingOverlaps, type SiblingOverlap } from './sibling-overlap';

export interface BranchReport {
  id: string;
  ref?: string | undefined;
  level: 1 | 2 | 3;
  name: { zh: string; en: string };
  counts: NodeCount;
  children: BranchReport[];
  /** Leaf branches with hits only. */
  sample?: BranchSample['sample'];
}

export interface SegmentReport {
  id: string;
  kind: SegmentKind;
  name: { zh: string; en: string };
  counts: NodeCount;
  branches: BranchReport[];
}

export interface ChainReport {
  id: string;
  name: { zh: string; en: string };
  version: string;
  source: string;
  counts: NodeCount;
  segments: SegmentReport[];
  overlaps: SiblingOverlap[];
}

export interface InputSummary {
  files: string[];
  read: number;
  rejected: number;
}

export interface SampleReport {
  options: SampleOptions;
  input: InputSummary;
  chains: ChainReport[];
}

export function buildSampleReport(
  tagged: readonly TaggedRecord[],
  indexes: readonly ChainIndex[],
  options: SampleOptions,
  input: InputSummary,
): SampleReport {
  const counts = summariseTags(tagged, indexes);
  const samples = new Map(sampleByBranch(tagged, options).map((s) => [`${s.chainId}\u0000${s.branchId}`, s]));
  const overlaps = findSiblingOverlaps(tagged, indexes);
  const chains = indexes.map((index, position) => {
    const chainCounts = counts[position] as ChainCounts;
    const branchReport = (branch: BranchInfo): BranchReport => ({
      id: branch.id,
      ref: branch.ref,
      level: branch.level,
      name: branch.name,
      counts: countOf(chainCounts, branchKey(branch.id)),
      children: (index.children.get(branch.id) ?? []).map((id) =>
        branchReport(index.branches.get(id) as BranchInfo),
      ),
      ...(branch.isLeaf ? { sample: samples.get(`${index.chain.id}\u0000${branch.id}`)?.sample ?? [] } : {}),
    });
    return {
      id: index.chain.id,
      name: index.chain.name,
      version: index.chain.version,
      source: index.chain.source,
      counts: chainCounts.total,
      segments: index.segments.map((segment) => ({
        id: segment.id,
        kind: segment.kind,
        name: segment.name,
        counts: countOf(chainCounts, segmentKey(segment.id)),
        branches: segment.branchIds.map((id) => branchReport(index.branches.get(id) as BranchInfo)),
      })),
      overlaps: overlaps.filter((overlap) => overlap.chainId === index.chain.id),
    };
  });
  return { options, input, chains };
}

function countOf(counts: ChainCounts, key: string): NodeCount {
  return counts.nodes.get(key) ?? { records: 0, families: 0 };
}
