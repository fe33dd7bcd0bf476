/**
 * Applicant type-ahead over the whole graph: a case-insensitive substring match on the display name,
 * the key (graph-schema/vocabulary/parties.ts partyKey) and every alias spelling, so "宁德" finds
 * 宁德时代新能源科技股份有限公司 and an alias such as "CATL" finds it too. Ranked by match quality
 * (exact, then prefix, then substring), then by publications, then name and key for a fixed order.
 * Spellings merged into one curated entity (applicant-entity.ts) answer as that entity, once, so
 * any alias of any merged spelling finds it.
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import {
  ApplicantSuggestion,
  type ApplicantSuggestQuery,
  type ApplicantSuggestResponse,
} from '@graph-schema/dto/applicant-lookup';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf, inEntity } from '@server/platform/scope/applicant-entity';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

// One pass finds every match (for `total`); families are counted only for the page returned.
// Only applicants, counts and families of patents the request may see (platform/visibility).
const suggestQuery = ({ seen, andApplicantSeen }: PatentFilter) => `
MATCH (a:Applicant) WHERE true${andApplicantSeen('a')}
WITH a, toLower(a.name) AS name, [alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $text] AS aliases
WHERE name CONTAINS $text OR ($key <> '' AND a.key CONTAINS $key) OR size(aliases) > 0
WITH a, aliases,
  CASE WHEN name = $text OR a.key = $key THEN 0
       WHEN name STARTS WITH $text OR ($key <> '' AND a.key STARTS WITH $key) THEN 1
       WHEN name CONTAINS $text OR ($key <> '' AND a.key CONTAINS $key) THEN 2
       ELSE 3 END AS quality
WITH ${entityKeyOf('a')} AS entity, min(quality) AS quality,
  head(collect(CASE WHEN size(aliases) > 0 AND NOT toLower(${entityNameOf('a')}) CONTAINS $text THEN aliases[0] END)) AS matchedAlias
CALL (entity) {
  MATCH (m:Applicant) WHERE ${inEntity('m', 'entity')}
  RETURN COUNT { MATCH (m)<-[:FILED_BY]-(sp:Patent) WHERE ${seen('sp')} RETURN sp } AS patents, ${entityNameOf('m')} AS name
  ORDER BY m.entityKey IS NULL DESC
}
WITH entity, quality, matchedAlias, sum(patents) AS patents, head(collect(name)) AS name
WITH collect({key: entity, name: name, quality: quality, patents: patents, matchedAlias: matchedAlias}) AS matches
WITH size(matches) AS total, matches
UNWIND matches AS m
WITH total, m ORDER BY m.quality, m.patents DESC, m.name, m.key LIMIT $limit
WITH total, m.key AS key, m.name AS name, m.quality AS quality, m.patents AS patents, m.matchedAlias AS matchedAlias
CALL (key) {
  MATCH (e:Applicant) WHERE ${inEntity('e', 'key')}
  MATCH (e)<-[:FILED_BY]-(p:Patent) WHERE ${seen('p')} RETURN count(DISTINCT p.familyId) AS families
}
RETURN total, key, name, matchedAlias, patents, families
ORDER BY quality, patents DESC, name, key`;

const SuggestRow = ApplicantSuggestion.extend({ total: z.number().int() });

export async function suggestApplicants(
  db: Database,
  query: ApplicantSuggestQuery,
): Promise<ApplicantSuggestResponse> {
  const filter = patentFilter();
  const params = {
    ...filter.params,
    text: query.q.toLowerCase(),
    key: partyKey(query.q),
    limit: int(query.limit),
  };
  const rows = await readRows(db, SuggestRow, suggestQuery(filter), params);
  return {
    q: query.q,
    total: rows[0]?.total ?? 0,
    applicants: rows.map(({ total: _total, ...hit }) => hit),
  };
}
