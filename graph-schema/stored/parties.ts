/** Applicant and Inventor nodes, keyed by the party key (graph-schema/vocabulary/parties.ts). */
import { z } from 'zod';
import { PartyKind } from '../vocabulary/parties';

const PartyKey = z.string().min(1);

export const ApplicantNode = z.strictObject({
  key: PartyKey,
  /** The display name: the first spelling seen (or the alias table's canonical name). */
  name: z.string().min(1),
  kind: PartyKind,
  /**
   * Every spelling seen, as written in the sources, first seen first; a re-run adds none. Which file
   * spelled it how, and for how many patents, is on the FILED_BY / OWNED_BY links (model.ts).
   */
  aliases: z.array(z.string().min(1)).min(1),
  /**
   * Set only while an active ApplicantMerge (applicant-merges.ts) folds this key into another: the
   * curated entity's key and display name. Derived — rewritten from the merges by
   * APPLY_APPLICANT_MERGES after every merge, undo and ingest — and read through
   * server/platform/scope/applicant-entity.ts.
   */
  entityKey: PartyKey.optional(),
  entityName: z.string().min(1).optional(),
});
export type ApplicantNode = z.infer<typeof ApplicantNode>;

/** Inventors are always persons, so no kind is stored. */
export const InventorNode = ApplicantNode.omit({ kind: true, entityKey: true, entityName: true });
export type InventorNode = z.infer<typeof InventorNode>;
