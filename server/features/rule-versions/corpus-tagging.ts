/**
 * Tags every family in the database with one leaf's rules, using the same engine ingest tags with
 * (graph-schema/chains): the rules are compiled as a one-leaf chain carrying the chain's
 * vocabularies, and each patent's stored classifications and texts (title + abstract, both
 * languages, as ingest's default) are read back from the graph in one streamed read. A family is
 * tagged when any of its patents matches (the first by patent id gives the evidence).
 */
import { type ChainDefinition, type ChainRule, validateChainDefinition } from '@graph-schema/chains/schema';
import { compileChains, type TaggableRecord, tagRecord } from '@graph-schema/chains/tagger';
import type { Database } from '@graph-schema/db/driver';
import { streamRows } from '@server/platform/db/read';
import { validationFailed } from '@server/platform/errors';
import { familyKeyOf } from '@server/platform/scope/branch-membership';
import { z } from 'zod';
import type { FamilyHit } from './rule-diff';

const PATENTS = `
MATCH (p:Patent) WHERE p.external = false
RETURN p.id AS id, ${familyKeyOf('p')} AS family, coalesce(p.ipcCodes, []) AS ipc, coalesce(p.cpcCodes, []) AS cpc,
       p.titleZh AS titleZh, p.titleEn AS titleEn, p.abstractZh AS abstractZh, p.abstractEn AS abstractEn
ORDER BY p.id`;

const PatentRow = z.object({
  id: z.string(),
  family: z.string(),
  ipc: z.array(z.string()),
  cpc: z.array(z.string()),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  abstractZh: z.string().nullable(),
  abstractEn: z.string().nullable(),
});
type PatentRow = z.infer<typeof PatentRow>;

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
  const draft = {
    id: chainId,
    name: { zh: chainId, en: chainId },
    version: 'edit',
    source: 'project rule version',
    ...(Object.keys(vocabularies).length > 0 ? { vocabularies } : {}),
    segments: [
      {
        id: 'edited-segment',
        kind: 'upstream',
        name: { zh: '编辑', en: 'edit' },
        branches: [{ id: leafLocalId, level: 1, name: { zh: leafLocalId, en: leafLocalId }, rules }],
      },
    ],
  };
  const result = validateChainDefinition(draft, 'rules');
  if (!result.ok) {
    const first = result.errors[0];
    const where = first?.path.replace(/^segments\[0\]\.branches\[0\]\./, '') ?? '';
    throw validationFailed(where || 'rules', first?.message ?? 'invalid rules');
  }
  return result.chain;
}

function toRecord(row: PatentRow): TaggableRecord {
  return {
    classifications: [
      ...row.ipc.map((symbol) => ({ symbol, scheme: 'IPC' as const })),
      ...row.cpc.map((symbol) => ({ symbol, scheme: 'CPC' as const })),
    ],
    title: { zh: row.titleZh ?? undefined, en: row.titleEn ?? undefined },
    abstract: { zh: row.abstractZh ?? undefined, en: row.abstractEn ?? undefined },
    claims: [],
  };
}

export async function tagCorpus(db: Database, chain: ChainDefinition): Promise<CorpusTagging> {
  const compiled = compileChains([chain]);
  return streamRows(db, PatentRow, PATENTS, {}, () => {
    const tagged = new Map<string, TaggedHit>();
    const families = new Map<string, FamilyHit>();
    return {
      onRow: (row) => {
        const hit = { family: row.family, patentId: row.id, title: { zh: row.titleZh, en: row.titleEn } };
        if (!families.has(row.family)) families.set(row.family, { ...hit, evidence: null });
        if (tagged.has(row.family)) return;
        const [tag] = tagRecord(toRecord(row), compiled);
        if (!tag) return;
        const evidence = [tag.matchedBy.classification, tag.matchedBy.keyword].filter(Boolean).join(' + ');
        tagged.set(row.family, { ...hit, rule: tag.ruleId, evidence });
      },
      finish: () => ({ tagged, families }),
    };
  });
}
