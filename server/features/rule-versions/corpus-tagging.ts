/**
 * Tags every family in the database with one leaf's rules, using the same engine ingest tags with
 * (graph-schema/chains/leaf-rules.ts): each patent's stored classifications and texts are read
 * back from the graph in one streamed read. A family is tagged when any of its patents matches
 * (the first by patent id gives the evidence).
 */
import {
  leafTagger,
  oneLeafChainDefinition,
  STORED_PATENT_TEXT,
  StoredPatentText,
} from '@graph-schema/chains/leaf-rules';
import type { ChainDefinition, ChainRule } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import { streamRows } from '@server/platform/db/read';
import { validationFailed } from '@server/platform/errors';
import type { FamilyHit } from './rule-diff';

const PATENTS = `
MATCH (p:Patent) WHERE p.external = false
RETURN ${STORED_PATENT_TEXT}
ORDER BY p.id`;

/** A tagged family: `evidence` is what matched (symbol + keyword), `rule` the rule id. */
export type TaggedHit = FamilyHit & { rule: string; evidence: string };

export interface CorpusTagging {
  /** Families the rules tag, with the hit that shows why. */
  tagged: Map<string, TaggedHit>;
  /** Every scanned family's first patent and title (to describe families a change removes). */
  families: Map<string, FamilyHit>;
}

/** The rules as a one-leaf chain, validated like a definition file; a problem is a 400 on `rules`. */
export function oneLeafChain(
  chainId: string,
  leafLocalId: string,
  rules: readonly ChainRule[],
  vocabularies: Record<string, string[]>,
): ChainDefinition {
  const result = oneLeafChainDefinition(chainId, leafLocalId, rules, vocabularies);
  if (!result.ok) {
    const first = result.errors[0];
    const where = first?.path.replace(/^segments\[0\]\.branches\[0\]\./, '') ?? '';
    throw validationFailed(where || 'rules', first?.message ?? 'invalid rules');
  }
  return result.chain;
}

export async function tagCorpus(db: Database, chain: ChainDefinition): Promise<CorpusTagging> {
  const tag = leafTagger(chain);
  return streamRows(db, StoredPatentText, PATENTS, {}, () => {
    const tagged = new Map<string, TaggedHit>();
    const families = new Map<string, FamilyHit>();
    return {
      onRow: (row) => {
        const hit = { family: row.family, patentId: row.id, title: { zh: row.titleZh, en: row.titleEn } };
        if (!families.has(row.family)) families.set(row.family, { ...hit, evidence: null });
        if (tagged.has(row.family)) return;
        const found = tag(row);
        if (found) tagged.set(row.family, { ...hit, ...found });
      },
      finish: () => ({ tagged, families }),
    };
  });
}
