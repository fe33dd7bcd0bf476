/**
 * The search page (`GET /api/search/families`): parse the query (syntax.ts), look up its word and
 * applicant terms (resolve.ts), then one scan of the loaded patents with the compiled condition,
 * grouped by family. Families are ordered by their latest matching publication, newest first, then id.
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { FamilyHit, FamilySearchQuery, FamilySearchResponse } from '@graph-schema/dto/search-results';
import { readDataState } from '@server/platform/data-version/read-data-version';
import { readRows } from '@server/platform/db/read';
import { AppError } from '@server/platform/errors';
import { entityNameOf } from '@server/platform/scope/applicant-entity';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import { compileSearch } from './compile';
import { resolveLeaves, SEARCH_INDEX } from './resolve';
import { scopeSuggestion } from './scope-suggestion';
import { parseSearch, printSearch, type SearchNode } from './syntax';
import { SearchSyntaxError } from './syntax-tokens';

// Citation stubs and records without a family are not results; a family with no dated member sorts last.
// Only patents the request may see (platform/visibility), also among a family's members.
const familyPage = (where: string, { seen }: PatentFilter) => `
MATCH (p:Patent) WHERE p.external = false AND p.familyId IS NOT NULL AND ${seen('p')} AND ${where}
WITH p.familyId AS familyId, count(p) AS matched, coalesce(max(p.publicationDate), date('0001-01-01')) AS latest
ORDER BY latest DESC, familyId
WITH collect({familyId: familyId, matched: matched}) AS rows, sum(matched) AS publications
RETURN size(rows) AS families, publications, rows[$skip..$end] AS page`;

const PageRow = z.object({
  families: z.number(),
  publications: z.number(),
  page: z.array(z.object({ familyId: z.string(), matched: z.number() })),
});

const familyDetailsQuery = ({ seen }: PatentFilter) => `
UNWIND $rows AS row
CALL (row) {
  MATCH (m:Patent {familyId: row.familyId}) WHERE m.external = false AND ${seen('m')}
  WITH m ORDER BY coalesce(m.publicationDate, date('9999-12-31')), m.id
  RETURN collect(m) AS members
}
WITH row, members, members[0] AS rep
CALL (rep) {
  OPTIONAL MATCH (rep)-[r:FILED_BY]->(a:Applicant)
  WITH a, r ORDER BY r.order, a.name
  WITH collect(${entityNameOf('a')}) AS names
  RETURN reduce(seen = [], name IN names | CASE WHEN name IN seen THEN seen ELSE seen + name END) AS applicants
}
CALL (members) {
  UNWIND members AS m
  WITH DISTINCT m.jurisdiction AS office ORDER BY office
  RETURN collect(office) AS offices
}
RETURN row.index AS index, row.familyId AS familyId, row.matched AS matchedMembers,
       size(members) AS memberCount, offices, applicants,
       rep.id AS id, rep.titleZh AS titleZh, rep.titleEn AS titleEn,
       toString(rep.publicationDate) AS publicationDate, toString(rep.applicationDate) AS applicationDate,
       toString(rep.priorityDate) AS priorityDate`;

const DetailRow = z.object({
  index: z.number(),
  familyId: z.string(),
  matchedMembers: z.number(),
  memberCount: z.number(),
  offices: z.array(z.string()),
  applicants: z.array(z.string()),
  id: z.string(),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  publicationDate: z.string().nullable(),
  applicationDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
});
type DetailRow = z.infer<typeof DetailRow>;

const toHit = (row: DetailRow): FamilyHit => ({
  familyId: row.familyId,
  representative: {
    id: row.id,
    title: { zh: row.titleZh, en: row.titleEn },
    publicationDate: row.publicationDate,
    applicationDate: row.applicationDate,
    priorityDate: row.priorityDate,
    applicants: row.applicants,
  },
  memberCount: row.memberCount,
  matchedMembers: row.matchedMembers,
  offices: row.offices,
});

/** A query that cannot be read → 400 VALIDATION_FAILED naming the code, character and field. */
export function parseOrReject(q: string): SearchNode {
  try {
    return parseSearch(q);
  } catch (error) {
    if (!(error instanceof SearchSyntaxError)) throw error;
    const syntax = { code: error.code, position: error.position, field: error.field };
    throw new AppError('VALIDATION_FAILED', `q: ${error.message}`, {
      issues: [{ field: 'q', message: error.message }],
      syntax,
    });
  }
}

async function familyDetails(db: Database, page: { familyId: string; matched: number }[]) {
  const rows = page.map((row, index) => ({ ...row, index: int(index), matched: int(row.matched) }));
  const filter = patentFilter();
  const details = await readRows(db, DetailRow, familyDetailsQuery(filter), { ...filter.params, rows });
  return details.sort((a, b) => a.index - b.index).map(toHit);
}

export function searchApiPath(query: FamilySearchQuery): string {
  const params = new URLSearchParams({
    q: query.q,
    page: String(query.page),
    pageSize: String(query.pageSize),
  });
  return `/api/search/families?${params.toString()}`;
}

export async function searchFamilies(db: Database, query: FamilySearchQuery): Promise<FamilySearchResponse> {
  const root = parseOrReject(query.q);
  const resolved = await resolveLeaves(db, root);
  const { where, params } = compileSearch(root, resolved);
  const skip = (query.page - 1) * query.pageSize;
  const filter = patentFilter();
  const pageParams = { ...params, ...filter.params, skip: int(skip), end: int(skip + query.pageSize) };
  const [[counted], dataState] = await Promise.all([
    readRows(db, PageRow, familyPage(where, filter), pageParams),
    readDataState(db),
  ]);
  const dataVersion = dataState.version;
  const families = counted ? await familyDetails(db, counted.page) : [];
  return {
    q: query.q,
    interpreted: printSearch(root),
    totals: { families: counted?.families ?? 0, publications: counted?.publications ?? 0 },
    page: query.page,
    pageSize: query.pageSize,
    families,
    order: 'latestPublicationDesc',
    matchedApplicants: [...resolved.applicants.values()].flat(),
    capped: resolved.capped,
    scope: scopeSuggestion(root, resolved),
    dataVersion,
    evidence: { apiPath: searchApiPath(query), fullTextIndex: SEARCH_INDEX },
  };
}
