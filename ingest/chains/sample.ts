/**
 * The pure part of the precision check: per-branch counts (records and families, rolled up the
 * chain → segment → branch tree), a seeded random sample per leaf branch for hand checking
 * (20–30 hits per branch, tighten the rule when precision < 80 %), and sibling-overlap warnings
 * (branches under one parent should be mutually exclusive; rules cannot enforce it).
 */

import type { ChainIndex } from '@graph-schema/chains/chain-tree';
import type { ChainTag } from '@graph-schema/chains/tagger';
import { sampleIndexes } from '@graph-schema/vocabulary/seeded-random';
import type { PatentRecord } from '../record';

/** What the precision check keeps of a record: enough to count, sample and show it. */
export interface TaggedRecord {
  publicationId: string;
  /** Family key: the family id, or the publication id when the source gives none. */
  familyKey: string;
  title: string;
  tags: ChainTag[];
}

export function toTaggedRecord(record: PatentRecord, tags: ChainTag[]): TaggedRecord {
  return {
    publicationId: record.publication.id,
    familyKey: record.familyId ?? record.publication.id,
    title: record.title.zh ?? record.title.en ?? '',
    tags,
  };
}

export interface NodeCount {
  records: number;
  families: number;
}

/** Counts per chain, keyed by `segment:<id>` / `branch:<id>`, plus the chain total. */
export interface ChainCounts {
  chainId: string;
  total: NodeCount;
  nodes: Map<string, NodeCount>;
}

export const segmentKey = (segmentId: string) => `segment:${segmentId}`;
export const branchKey = (branchId: string) => `branch:${branchId}`;

/** Records and families per chain, segment and branch (a record counts once per node). */
export function summariseTags(
  tagged: readonly TaggedRecord[],
  indexes: readonly ChainIndex[],
): ChainCounts[] {
  return indexes.map((index) => {
    const chainId = index.chain.id;
    const families = new Map<string, Set<string>>();
    const records = new Map<string, number>();
    for (const record of tagged) {
      const nodes = new Set<string>();
      for (const tag of record.tags) {
        if (tag.chainId !== chainId) continue;
        nodes.add('chain');
        nodes.add(segmentKey(tag.segmentId));
        for (const id of index.branches.get(tag.branchId)?.lineage ?? []) nodes.add(branchKey(id));
      }
      for (const node of nodes) {
        records.set(node, (records.get(node) ?? 0) + 1);
        const set = families.get(node) ?? new Set<string>();
        set.add(record.familyKey);
        families.set(node, set);
      }
    }
    const count = (node: string): NodeCount => ({
      records: records.get(node) ?? 0,
      families: families.get(node)?.size ?? 0,
    });
    const nodes = new Map<string, NodeCount>();
    for (const node of records.keys()) if (node !== 'chain') nodes.set(node, count(node));
    return { chainId, total: count('chain'), nodes };
  });
}

export interface SampledHit {
  publicationId: string;
  title: string;
  ruleId: string;
  matchedBy: ChainTag['matchedBy'];
}

export interface BranchSample {
  chainId: string;
  branchId: string;
  total: number;
  sample: SampledHit[];
}

export interface SampleOptions {
  perBranch: number;
  seed: number;
}

/**
 * Up to `perBranch` hits per leaf branch, drawn without replacement and shown in input order.
 * Each branch has its own generator (seed × branch id), so adding a chain or a file that does
 * not touch a branch leaves that branch's sample unchanged.
 */
export function sampleByBranch(tagged: readonly TaggedRecord[], options: SampleOptions): BranchSample[] {
  const hitsByBranch = new Map<string, { chainId: string; branchId: string; hits: SampledHit[] }>();
  for (const record of tagged) {
    for (const tag of record.tags) {
      const key = `${tag.chainId}\u0000${tag.branchId}`;
      let bucket = hitsByBranch.get(key);
      if (!bucket) {
        bucket = { chainId: tag.chainId, branchId: tag.branchId, hits: [] };
        hitsByBranch.set(key, bucket);
      }
      const { publicationId, title } = record;
      bucket.hits.push({ publicationId, title, ruleId: tag.ruleId, matchedBy: tag.matchedBy });
    }
  }
  return [...hitsByBranch.entries()].map(([key, { chainId, branchId, hits }]) => {
    const chosen = sampleIndexes(hits.length, options.perBranch, options.seed, key);
    return {
      chainId,
      branchId,
      total: hits.length,
      sample: chosen.map((index) => hits[index] as SampledHit),
    };
  });
}
