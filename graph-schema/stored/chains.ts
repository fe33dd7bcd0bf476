/**
 * Industry chains (ingest/load/chains.ts): (:IndustryChain) ← PART_OF − (:ChainSegment) ← PART_OF −
 * (:TechBranch L1) ← PART_OF − (:TechBranch L2) … Segment and branch ids are qualified by the
 * chain id (`ev:1.2`) because a definition's ids are unique only within their chain.
 */
import { z } from 'zod';
import { SegmentKind } from '../vocabulary/chain-segment-kind';

const ChainId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected a chain id such as ev');
const QualifiedId = z.string().regex(/^[a-z0-9][a-z0-9._-]*:[a-z0-9][a-z0-9._-]*$/, 'expected chain:id');

export const IndustryChainNode = z.strictObject({
  id: ChainId,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  /** The chain's named keyword lists (`@graphite` → words) as JSON, so a rule can be read, previewed and re-tagged from the graph. */
  vocabulariesJson: z.string().optional(),
});
export type IndustryChainNode = z.infer<typeof IndustryChainNode>;

export const ChainSegmentNode = z.strictObject({
  id: QualifiedId,
  kind: SegmentKind,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  chain: ChainId,
  /** Position in the definition: upstream segments first. */
  order: z.number().int().nonnegative(),
});
export type ChainSegmentNode = z.infer<typeof ChainSegmentNode>;

/**
 * One tagging rule in TechBranch.rulesJson as readers show it (the drawer's matched rule, the
 * report's decomposition appendix): the parts of ingest/chains/schema.ts ChainRule that say what
 * the rule matches. Other fields (source, note) are ignored, not rejected; ingest validates the whole rule.
 */
export const StoredBranchRule = z.object({
  id: z.string(),
  scheme: z.string().optional(),
  classifications: z
    .object({ include: z.array(z.string()), exclude: z.array(z.string()).optional() })
    .optional(),
  keywords: z
    .object({
      any: z.array(z.string()).optional(),
      all: z.array(z.string()).optional(),
      exclude: z.array(z.string()).optional(),
    })
    .optional(),
});
export type StoredBranchRule = z.infer<typeof StoredBranchRule>;

export const TechBranchNode = z.strictObject({
  id: QualifiedId,
  /** The id inside its chain definition (`1.2`). */
  localId: z.string().min(1),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** The branch number in the source document (CNIPA `1.2.1.1`), when it has one. */
  ref: z.string().min(1).optional(),
  chain: ChainId,
  segment: QualifiedId,
  isLeaf: z.boolean(),
  /** Depth-first position in the definition. */
  order: z.number().int().nonnegative(),
  /** The branch's tagging rules, JSON in the chain-definition format (ingest/chains/schema.ts; read with StoredBranchRule). */
  rulesJson: z.string(),
  /** Qualified ids from level 1 down to this branch, so a scope can filter on any ancestor. */
  lineage: z.array(QualifiedId).min(1),
});
export type TechBranchNode = z.infer<typeof TechBranchNode>;
