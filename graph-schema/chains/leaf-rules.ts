/**
 * One leaf's rules as a project rule version holds them (issue 13), applied to patents read back
 * from the graph: the rules compiled as a one-leaf chain that carries the chain's vocabularies, and
 * a stored patent's classifications and texts (title + abstract, both languages, as ingest's
 * default) as a taggable record. Shared by the server (preview, re-tag of the whole corpus) and
 * ingest (the families a run loads join each project's active version), so both tag alike.
 */
import { z } from 'zod';
import { compileChains } from './compile';
import { type ChainRule, type ValidationResult, validateChainDefinition } from './schema';
import { type TaggableRecord, tagRecord } from './tagger';

/** The rules as a one-leaf chain, validated like a definition file (errors name `rules…` paths). */
export function oneLeafChainDefinition(
  chainId: string,
  leafLocalId: string,
  rules: readonly ChainRule[],
  vocabularies: Record<string, string[]>,
): ValidationResult {
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
  return validateChainDefinition(draft, 'rules');
}

/** The RETURN items of a stored patent's taggable text over the alias `p` (family = its key). */
export const STORED_PATENT_TEXT = `p.id AS id, coalesce(p.familyId, p.id) AS family,
  coalesce(p.ipcCodes, []) AS ipc, coalesce(p.cpcCodes, []) AS cpc,
  p.titleZh AS titleZh, p.titleEn AS titleEn, p.abstractZh AS abstractZh, p.abstractEn AS abstractEn`;

export const StoredPatentText = z.object({
  id: z.string(),
  family: z.string(),
  ipc: z.array(z.string()),
  cpc: z.array(z.string()),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  abstractZh: z.string().nullable(),
  abstractEn: z.string().nullable(),
});
export type StoredPatentText = z.infer<typeof StoredPatentText>;

function taggableOf(row: StoredPatentText): TaggableRecord {
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

/** The leaf's rule that tags the patent, and its evidence (symbol + keyword); undefined if none. */
export type LeafTagger = (row: StoredPatentText) => { rule: string; evidence: string } | undefined;

export function leafTagger(chain: Parameters<typeof compileChains>[0][number]): LeafTagger {
  const compiled = compileChains([chain]);
  return (row) => {
    const [tag] = tagRecord(taggableOf(row), compiled);
    if (!tag) return undefined;
    const evidence = [tag.matchedBy.classification, tag.matchedBy.keyword].filter(Boolean).join(' + ');
    return { rule: tag.ruleId, evidence };
  };
}
