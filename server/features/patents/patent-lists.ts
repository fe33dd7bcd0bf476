/**
 * The drawer's lists of one patent, read in the same query as its details (patent-details.ts):
 * family members, citing and cited publications, each sorted by id and cut at PATENT_LIST_CAP
 * with the full count, and the matched branch rules resolved from TechBranch.rulesJson.
 */
import { type CitationLink, type FamilyMember, MatchedRule } from '@graph-schema/dto/patent';
import { StoredBranchRule } from '@graph-schema/stored/chains';
import type { Claim as StoredClaim } from '@graph-schema/vocabulary/claims';
import type { LegalEvent } from '@graph-schema/vocabulary/legal-events';
import { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import type { PatentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

/**
 * Cypher fragments (RETURN columns) for the lists; `$listCap` bounds each. Only patents the request
 * may see are listed (platform/visibility; a cited stub is part of the citing record). The family is matched in
 * two MATCH clauses: in one pattern the patent's own IN_FAMILY link could not be used twice, so the
 * patent itself would be missing from its family.
 */
export const patentListColumns = ({ seen, seenOrStub }: PatentFilter) => `
  COUNT { MATCH (p)-[:IN_FAMILY]->(f:Family) MATCH (f)<-[:IN_FAMILY]-(m:Patent) WHERE ${seen('m')} RETURN m } AS familyLoaded,
  COLLECT { MATCH (p)-[:IN_FAMILY]->(f:Family) MATCH (f)<-[:IN_FAMILY]-(m:Patent) WHERE ${seen('m')}
            RETURN {id: m.id, jurisdiction: m.jurisdiction, kind: m.kind, legalStatus: m.legalStatus,
                    publicationDate: m.publicationDate}
            ORDER BY m.id LIMIT $listCap } AS familyMembers,
  COLLECT { MATCH (p)-[:IN_FAMILY]->(f:Family) UNWIND coalesce(f.memberIds, []) AS named
            RETURN named ORDER BY named } AS familyNamed,
  COLLECT { MATCH (p)-[:CITES]->(c:Patent) WHERE ${seenOrStub('c')} RETURN {id: c.id, external: c.external, titleZh: c.titleZh,
            titleEn: c.titleEn, publicationDate: c.publicationDate} ORDER BY c.id LIMIT $listCap } AS cited,
  COLLECT { MATCH (p)<-[:CITES]-(c:Patent) WHERE ${seen('c')} RETURN {id: c.id, external: c.external, titleZh: c.titleZh,
            titleEn: c.titleEn, publicationDate: c.publicationDate} ORDER BY c.id LIMIT $listCap } AS citing`;

const nullable = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((value) => value ?? null);

export const MemberRow = z.object({
  id: z.string(),
  jurisdiction: nullable(z.string()),
  kind: nullable(z.string()),
  legalStatus: nullable(LegalStatus),
  publicationDate: nullable(z.string()),
});
export const LinkRow = z.object({
  id: z.string(),
  external: nullable(z.boolean()),
  titleZh: nullable(z.string()),
  titleEn: nullable(z.string()),
  publicationDate: nullable(z.string()),
});

/**
 * Loaded members first-class, then the members an export only named (office from the number's
 * first two letters, as ingest does for citation stubs), all sorted by id.
 */
export function familyMembers(
  loaded: z.infer<typeof MemberRow>[],
  loadedTotal: number,
  named: string[],
  cap: number,
): { total: number; items: FamilyMember[] } {
  const loadedIds = new Set(loaded.map((member) => member.id));
  const namedOnly = [...new Set(named)].filter((id) => !loadedIds.has(id));
  // Loaded members beyond the cap are not in `loaded`; a named id may be one of them, so the
  // named-only count is exact only when nothing was cut.
  const total = loadedTotal + (loadedTotal > loaded.length ? 0 : namedOnly.length);
  const items: FamilyMember[] = [
    ...loaded.map((member) => ({ ...member, loaded: true })),
    ...namedOnly.map((id) => ({
      id,
      jurisdiction: id.slice(0, 2),
      kind: null,
      legalStatus: null,
      publicationDate: null,
      loaded: false,
    })),
  ];
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { total, items: items.slice(0, cap) };
}

export function citationLinks(rows: z.infer<typeof LinkRow>[], total: number) {
  const items: CitationLink[] = rows.map((row) => ({
    id: row.id,
    external: row.external ?? false,
    title: { zh: row.titleZh, en: row.titleEn },
    publicationDate: row.publicationDate,
  }));
  return { total, items };
}

export function claimList(claims: StoredClaim[] | undefined) {
  return [...(claims ?? [])]
    .sort((a, b) => a.number - b.number)
    .map((claim) => ({
      number: claim.number,
      text: claim.text,
      independent: claim.dependsOn.length === 0,
      dependsOn: claim.dependsOn,
    }));
}

/** Dated events by date (stable: same-day events keep the source's order), undated ones after. */
export function legalTimeline(events: LegalEvent[] | undefined) {
  const indexed = (events ?? []).map((event, index) => ({ event, index }));
  indexed.sort((a, b) => {
    const left = a.event.date ?? '9999-99-99';
    const right = b.event.date ?? '9999-99-99';
    return left < right ? -1 : left > right ? 1 : a.index - b.index;
  });
  return indexed.map(({ event }) => ({
    date: event.date ?? null,
    code: event.code,
    description: event.description ?? null,
  }));
}

/**
 * The rule `ruleId` of a branch's rulesJson as the drawer shows it; null when the branch has no
 * rules (a non-leaf stores `null`) or the definition no longer has that rule, or the JSON is not
 * in the chain-definition format.
 */
export function matchedRule(rulesJson: string | null, ruleId: string | null): MatchedRule | null {
  if (rulesJson === null || ruleId === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(rulesJson);
  } catch {
    return null;
  }
  const rules = z.array(StoredBranchRule).safeParse(parsed);
  const rule = rules.success ? rules.data.find((candidate) => candidate.id === ruleId) : undefined;
  if (!rule) return null;
  return MatchedRule.parse({
    id: rule.id,
    scheme: rule.scheme ?? null,
    classificationsInclude: rule.classifications?.include ?? [],
    classificationsExclude: rule.classifications?.exclude ?? [],
    keywordsAny: rule.keywords?.any ?? [],
    keywordsAll: rule.keywords?.all ?? [],
    keywordsExclude: rule.keywords?.exclude ?? [],
  });
}
