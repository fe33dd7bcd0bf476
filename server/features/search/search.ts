/**
 * Header search: patents by full text (titles and abstracts in `patent_search_text`, CJK analyzer) or by publication
 * number, and applicants by name or key prefix. Every list is bounded by `limit`.
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import {
  ApplicantHit,
  type PatentHit,
  type SearchQuery,
  type SearchResponse,
} from '@graph-schema/dto/search';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { compactPublicationNumber, isPublicationId } from '@graph-schema/vocabulary/publication-number';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf, inEntity } from '@server/platform/scope/applicant-entity';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import { luceneInTitlesAndAbstracts, SEARCH_INDEX } from './resolve';

/** Characters with a meaning in Lucene's classic query syntax (`&&`/`||` are covered by & and |). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** Upper-case operator words; lower-cased they are plain terms (the analyzer lower-cases anyway). */
const LUCENE_OPERATORS = /\b(AND|OR|NOT|TO)\b/g;

/** User text → a Lucene query that matches the words and can never be a syntax error. */
export function escapeLucene(text: string): string {
  return text
    .replace(LUCENE_SPECIAL, (char) => `\\${char}`)
    .replace(LUCENE_OPERATORS, (word) => word.toLowerCase())
    .trim();
}

/** A number-like query in the graph's key form (graph-schema/vocabulary/publication-number.ts). */
export function publicationNumberPrefix(text: string): string | undefined {
  const compact = compactPublicationNumber(text);
  return isPublicationId(compact) ? compact : undefined;
}

/** The first applicant by filing order (OPTIONAL: a patent without applicants still yields its row). */
const FIRST_APPLICANT = `
CALL (p) {
  OPTIONAL MATCH (p)-[r:FILED_BY]->(a:Applicant)
  WITH a, r ORDER BY r.order LIMIT 1
  RETURN ${entityNameOf('a')} AS applicant
}`;

const PATENT_FIELDS = `
  p.id AS id, p.titleZh AS titleZh, p.titleEn AS titleEn,
  coalesce(p.priorityYear, p.applicationYear, p.publicationYear) AS year, applicant`;

// The id index (uniqueness constraint) serves STARTS WITH; the exact number sorts first.
// Only patents the request may see (platform/visibility), filtered before each LIMIT.
const byNumber = ({ seen }: PatentFilter) => `
MATCH (p:Patent) WHERE p.id STARTS WITH $prefix AND ${seen('p')}
WITH p ORDER BY size(p.id), p.id LIMIT $limit
${FIRST_APPLICANT}
RETURN ${PATENT_FIELDS} ORDER BY size(id), id`;

// queryNodes yields best score first; LIMIT right after keeps the rest of the work bounded.
const byText = ({ seen }: PatentFilter) => `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS p, score
WITH p, score WHERE ${seen('p')}
WITH p, score LIMIT $limit
${FIRST_APPLICANT}
RETURN ${PATENT_FIELDS}, score ORDER BY score DESC`;

// An applicant is named only when the request sees one of its patents.
const applicantsQuery = ({ seen, all }: PatentFilter) => `
MATCH (a:Applicant) WHERE (a.name STARTS WITH $name OR a.key STARTS WITH $key)${all ? '' : ` AND EXISTS { MATCH (a)<-[:FILED_BY]-(vp:Patent) WHERE ${seen('vp')} }`}
WITH a LIMIT $scan
WITH DISTINCT ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name
CALL (key) {
  MATCH (e:Applicant) WHERE ${inEntity('e', 'key')}
  MATCH (e)<-[:FILED_BY]-(p:Patent) WHERE ${seen('p')} RETURN count(DISTINCT p.familyId) AS families
}
RETURN key, name, families ORDER BY families DESC, name LIMIT $limit`;

const PatentRow = z.object({
  id: z.string(),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  year: z.number().nullable(),
  applicant: z.string().nullable(),
  score: z.number().optional(),
});
type PatentRow = z.infer<typeof PatentRow>;

const toHit = (row: PatentRow, matchedBy: PatentHit['matchedBy']): PatentHit => ({
  id: row.id,
  title: { zh: row.titleZh, en: row.titleEn },
  applicant: row.applicant,
  year: row.year,
  matchedBy,
  score: matchedBy === 'text' ? (row.score ?? null) : null,
});

async function searchPatents(db: Database, q: string, limit: number): Promise<PatentHit[]> {
  const prefix = publicationNumberPrefix(q);
  const lucene = escapeLucene(q);
  const filter = patentFilter();
  const [numberRows, textRows] = await Promise.all([
    prefix ? readRows(db, PatentRow, byNumber(filter), { ...filter.params, prefix, limit: int(limit) }) : [],
    lucene === ''
      ? []
      : readRows(db, PatentRow, byText(filter), {
          ...filter.params,
          lucene: luceneInTitlesAndAbstracts(lucene),
          limit: int(limit),
        }),
  ]);
  const seen = new Set(numberRows.map((row) => row.id));
  const hits = [
    ...numberRows.map((row) => toHit(row, 'id')),
    ...textRows.filter((row) => !seen.has(row.id)).map((row) => toHit(row, 'text')),
  ];
  return hits.slice(0, limit);
}

function searchApplicants(db: Database, q: string, limit: number): Promise<ApplicantHit[]> {
  const key = partyKey(q);
  // Rank the first few hundred prefix matches by size: enough for a suggestion list, bounded work.
  const filter = patentFilter();
  const params = {
    ...filter.params,
    name: q,
    key: key === '' ? q : key,
    scan: int(limit * 10),
    limit: int(limit),
  };
  return readRows(db, ApplicantHit, applicantsQuery(filter), params);
}

export async function search(db: Database, query: SearchQuery): Promise<SearchResponse> {
  const [patents, applicants] = await Promise.all([
    searchPatents(db, query.q, query.limit),
    searchApplicants(db, query.q, query.limit),
  ]);
  return { q: query.q, patents, applicants };
}
