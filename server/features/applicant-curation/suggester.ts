/**
 * Merge suggestions: name evidence (name-evidence.ts) and family evidence (family-evidence.ts)
 * gathered per pair of curated entities, the entity with more families proposed as the target.
 * Pure: the routes read the entities and filings (suggestion-reads.ts) and pass them in.
 */
import type { CurationEntity, MergeSuggestion, SuggestionReason } from '@graph-schema/dto/applicant-curation';
import { type FamilyFilings, familyReasons } from './family-evidence';
import { abbreviationReasons, acronymReasons, type PairReason, sameKeyReasons } from './name-evidence';

/** Weight of each kind of evidence; shared families add one point per family on top. */
const WEIGHT: Record<SuggestionReason['kind'], number> = {
  sameKey: 5,
  abbreviation: 3,
  acronym: 2,
  translated: 4,
  sharedFamilies: 2,
};

const byTarget = (x: CurationEntity, y: CurationEntity) =>
  y.families - x.families || x.name.localeCompare(y.name) || x.key.localeCompare(y.key);

export function suggestMerges(
  entities: readonly CurationEntity[],
  filings: readonly FamilyFilings[],
): MergeSuggestion[] {
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  const familiesOf = new Map(entities.map((entity) => [entity.key, entity.families]));
  const nameOf = new Map(entities.map((entity) => [entity.key, entity.name]));
  const found: PairReason[] = [
    ...sameKeyReasons(entities),
    ...abbreviationReasons(entities),
    ...acronymReasons(entities),
    ...familyReasons(filings, familiesOf, nameOf),
  ];
  const pairs = new Map<string, { a: string; b: string; reasons: SuggestionReason[] }>();
  for (const { a, b, reason } of found) {
    const id = `${a}\u0000${b}`;
    const pair = pairs.get(id) ?? { a, b, reasons: [] };
    pair.reasons.push(reason);
    pairs.set(id, pair);
  }
  const suggestions: MergeSuggestion[] = [];
  for (const { a, b, reasons } of pairs.values()) {
    const [x, y] = [byKey.get(a), byKey.get(b)];
    if (!x || !y) continue;
    const [into, member] = [x, y].sort(byTarget) as [CurationEntity, CurationEntity];
    const score = reasons.reduce((sum, r) => sum + WEIGHT[r.kind] + r.families, 0);
    suggestions.push({ into, member, reasons, score });
  }
  return suggestions.sort(
    (s, t) =>
      t.score - s.score ||
      t.into.families + t.member.families - (s.into.families + s.member.families) ||
      s.into.key.localeCompare(t.into.key) ||
      s.member.key.localeCompare(t.member.key),
  );
}
