/**
 * The rows of the XLSX dataset appendix, read for the report's scope. Families and scores come from
 * the analysis snapshot /api/core-patents ranks (server/features/core-patents/core-patents.ts
 * rankFamilies, with that route's default preset and core share), so the sheet and the API agree;
 * members and branch tags are read in bounded pages keyed on the publication id (no SKIP), so a
 * scope of 100k families never sits in one result.
 */
import { int } from '@graph-schema/db/convert';
import { CorePatentsQuery } from '@graph-schema/dto/core-patents';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import type { CoreScoreResult } from '@server/analytics/core-score';
import { rankFamilies } from '@server/features/core-patents/core-patents';
import type { ServerContext } from '@server/platform/context';
import { readRows } from '@server/platform/db/read';
import { scopeClause } from '@server/platform/scope/scope-clause';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { z } from 'zod';

export const PAGE_SIZE = 5000;

/** What the sheets show of a snapshot family record. */
export type FamilySheetRecord = Pick<
  FamilyRecord,
  'familyId' | 'representativeId' | 'memberIds' | 'title' | 'applicant' | 'priorityDay'
>;

export interface FamilyRow {
  family: FamilySheetRecord;
  /** How the family was formed (graph-schema/vocabulary/family.ts); null for a publication without family. */
  kind: string | null;
}

export interface MemberRow {
  id: string;
  familyId: string | null;
  office: string | null;
  kind: string | null;
  applicationDate: string | null;
  priorityDate: string | null;
  publicationDate: string | null;
  grantDate: string | null;
  applicants: string[];
}

export interface BranchTagRow {
  patentId: string;
  familyId: string | null;
  chain: string | null;
  branchId: string;
  branchName: string;
  rule: string | null;
  matchedBy: string | null;
}

export interface ScoredFamily {
  result: CoreScoreResult;
  family: FamilySheetRecord;
}

/** Everything the appendix reads from the graph; the unit test hands in rows of its own. */
export interface DatasetRows {
  families(): AsyncIterable<FamilyRow[]>;
  members(): AsyncIterable<MemberRow[]>;
  branchTags(): AsyncIterable<BranchTagRow[]>;
  scores(): Promise<ScoredFamily[]>;
}

const FAMILY_KINDS = `UNWIND $ids AS id OPTIONAL MATCH (f:Family {id: id}) RETURN id, f.kind AS kind`;

const nullable = z.string().nullable();

function membersPage(scope: ScopeQuery) {
  const { where, params } = scopeClause(scope, 'p');
  const cypher = `
MATCH (p:Patent) WHERE ${where} AND p.id > $after
WITH p ORDER BY p.id LIMIT $pageSize
RETURN p.id AS id, p.familyId AS familyId, p.jurisdiction AS office, p.kind AS kind,
  toString(p.applicationDate) AS applicationDate, toString(p.priorityDate) AS priorityDate,
  toString(p.publicationDate) AS publicationDate, toString(p.grantDate) AS grantDate,
  [(p)-[r:FILED_BY]->(a:Applicant) | {name: a.name, order: coalesce(r.order, 0)}] AS applicants
ORDER BY id`;
  const row = z.object({
    id: z.string(),
    familyId: nullable,
    office: nullable,
    kind: nullable,
    applicationDate: nullable,
    priorityDate: nullable,
    publicationDate: nullable,
    grantDate: nullable,
    applicants: z.array(z.object({ name: z.string(), order: z.number() })),
  });
  return { cypher, params, row };
}

function tagsPage(scope: ScopeQuery, language: 'zh' | 'en') {
  const { where, params } = scopeClause(scope, 'p');
  const name = language === 'zh' ? 'b.nameZh' : 'b.nameEn';
  const cypher = `
MATCH (p:Patent) WHERE ${where} AND p.id > $after
WITH p ORDER BY p.id LIMIT $pageSize
RETURN p.id AS id, p.familyId AS familyId,
  [(p)-[t:TAGGED]->(b:TechBranch) | {chain: t.chain, branchId: b.id, branchName: ${name}, rule: t.rule,
    matchedBy: t.matchedBy}] AS tags
ORDER BY id`;
  const tag = z.object({
    chain: nullable,
    branchId: z.string(),
    branchName: z.string(),
    rule: nullable,
    matchedBy: nullable,
  });
  return { cypher, params, row: z.object({ id: z.string(), familyId: nullable, tags: z.array(tag) }) };
}

/** Pages of a query keyed on `id`, each at most PAGE_SIZE rows, until a short page. */
async function* keyedPages<Row extends z.ZodType<{ id: string }>>(
  server: ServerContext,
  query: { cypher: string; params: Record<string, unknown>; row: Row },
): AsyncGenerator<z.output<Row>[]> {
  let after = '';
  for (;;) {
    const rows = await readRows(server.db, query.row, query.cypher, {
      ...query.params,
      after,
      // A JS number goes to Neo4j as a float; LIMIT needs an integer.
      pageSize: int(PAGE_SIZE),
    });
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE_SIZE) return;
    after = rows.at(-1)!.id;
  }
}

/** The defaults /api/core-patents ranks with when the request names no preset or share. */
const CORE_DEFAULTS = CorePatentsQuery.parse({});

export function graphDatasetRows(
  server: ServerContext,
  scope: ScopeQuery,
  language: 'zh' | 'en',
): DatasetRows {
  const snapshot = () => server.snapshots.snapshot(scope);
  return {
    async *families() {
      const { families } = await snapshot();
      for (let start = 0; start < families.length; start += PAGE_SIZE) {
        const page = families.slice(start, start + PAGE_SIZE);
        const kinds = await readRows(server.db, z.object({ id: z.string(), kind: nullable }), FAMILY_KINDS, {
          ids: page.map((family) => family.familyId),
        });
        const kindOf = new Map(kinds.map((row) => [row.id, row.kind]));
        yield page.map((family) => ({ family, kind: kindOf.get(family.familyId) ?? null }));
      }
    },
    async *members() {
      for await (const page of keyedPages(server, membersPage(scope)))
        yield page.map(({ applicants, ...member }) => ({
          ...member,
          applicants: [...applicants]
            .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
            .map((a) => a.name),
        }));
    },
    async *branchTags() {
      for await (const page of keyedPages(server, tagsPage(scope, language)))
        yield page.flatMap((patent) =>
          [...patent.tags]
            .sort(
              (a, b) => a.branchId.localeCompare(b.branchId) || (a.rule ?? '').localeCompare(b.rule ?? ''),
            )
            .map((tag) => ({ patentId: patent.id, familyId: patent.familyId, ...tag })),
        );
    },
    async scores() {
      const current = await snapshot();
      const ranking = rankFamilies(current, CORE_DEFAULTS);
      return ranking.map((result) => ({
        result,
        family: current.families[current.graph.indexOf.get(result.id)!]!,
      }));
    },
  };
}
