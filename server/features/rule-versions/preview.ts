/** The live preview of an edited rule: what it would add to and remove from the leaf in the project. */
import type { ChainRule } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import type { PreviewFamily, RulePreviewResponse } from '@graph-schema/dto/rule-versions';
import { chainVocabularies } from '../branch-review/chain-vocabularies';
import { oneLeafChain, tagCorpus } from './corpus-tagging';
import { currentFamilies } from './current-tagging';
import { diffTagging, type FamilyHit } from './rule-diff';
import { activeVersionOf, type LeafPlace, listVersions } from './version-store';

export const PREVIEW_SAMPLE = 8;

/** A hit as shown: the rule id joins the evidence of an added family. */
const toPreview = (hit: FamilyHit & { rule?: string }): PreviewFamily => ({
  family: hit.family,
  patentId: hit.patentId,
  title: hit.title,
  evidence: hit.evidence && hit.rule ? `${hit.rule}: ${hit.evidence}` : hit.evidence,
});

export async function previewRules(
  db: Database,
  place: LeafPlace,
  leafLocalId: string,
  rules: readonly ChainRule[],
): Promise<RulePreviewResponse> {
  const chain = oneLeafChain(place.chain, leafLocalId, rules, await chainVocabularies(db, place.chain));
  const [current, corpus, versions] = await Promise.all([
    currentFamilies(db, place.project, place.branch),
    tagCorpus(db, chain),
    listVersions(db, place),
  ]);
  const unknown = (family: string): FamilyHit => ({
    family,
    patentId: family,
    title: { zh: null, en: null },
    evidence: null,
  });
  const diff = diffTagging(
    current,
    corpus.tagged,
    (f) => corpus.families.get(f) ?? unknown(f),
    PREVIEW_SAMPLE,
  );
  return {
    branch: place.branch,
    currentVersion: activeVersionOf(versions),
    current: diff.current,
    proposed: diff.proposed,
    added: { families: diff.added.families, sample: diff.added.sample.map(toPreview) },
    removed: { families: diff.removed.families, sample: diff.removed.sample.map(toPreview) },
    scanned: corpus.families.size,
  };
}
